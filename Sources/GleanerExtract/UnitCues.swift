/// Which reading a unit word takes where the words around it decide (units.tsv): a reading
/// with a cue — libras a weight, grados an angle — is taken only where a word of that cue
/// stands near the amount in its sentence ("el bebé pesa 8 libras", "un giro de 180 grados");
/// elsewhere libras are money and grados a temperature.
struct UnitCues {
    let t: ScanText
    /// The language's cue words (units.tsv kind `cue`, the cue's name in `name`).
    let words: Trie<MeasureReader.Unit>?
    /// How many words either side of the amount a cue may stand.
    static let reach = 5

    /// Does a word of `cue` stand within reach of the amount [a, b), in its sentence? A
    /// capital inside a sentence names something (el Giro de Italia con 35 grados): no cue.
    func near(_ cue: String, _ a: Int, _ b: Int) -> Bool {
        guard let words, !cue.isEmpty else { return false }
        return (wordStarts(before: a) + wordStarts(after: b)).contains { s in
            guard !isUpper(t[s]) || startsSentence(s) else { return false }
            return words.matches(t, at: s).contains { m in
                !isLatinLetter(t[m.end]) && m.values.contains { $0.kind == "cue" && $0.name == cue }
            }
        }
    }

    /// A money amount [a, b) whose currency word is also a unit read by a cue near it (25
    /// libras after bajar): a measure. An amount with a scale word (25 millones de libras) stays money.
    func isMeasure(money a: Int, _ b: Int, units: Trie<MeasureReader.Unit>, numberWords: [String: LatinNumberReader.Word]) -> Bool {
        var s = a
        while s < b {
            guard isLatinLetter(t[s]), !isLatinLetter(t[s - 1]) else { s += 1; continue }
            var e = s
            while isLatinLetter(t[e]) { e += 1 }
            if numberWords[LatinNumberReader.fold(t.norm(s, e))]?.kind == "scale" { return false }
            if let m = units.matches(t, at: s).first(where: { $0.end == b }),
               m.values.contains(where: { near($0.cue, a, b) }) { return true }
            s = e
        }
        return false
    }

    /// Where the `reach` words before a start, nearest first, back to the sentence's start or
    /// another number (pesa 3 libras y cuesta 20 libras: the 20 are money).
    func wordStarts(before a: Int) -> [Int] {
        var out: [Int] = []
        var i = a - 1
        while i >= 0, out.count < Self.reach, !endsSentence(i), !isDigit(t[i]) {
            if isLatinLetter(t[i]), !isLatinLetter(t[i - 1]) { out.append(i) }
            i -= 1
        }
        return out
    }

    /// Where the `reach` words after b start, up to the sentence's end or another number.
    func wordStarts(after b: Int) -> [Int] {
        var out: [Int] = []
        var i = b
        while i < t.count, out.count < Self.reach, !endsSentence(i), !isDigit(t[i]) {
            if isLatinLetter(t[i]), !isLatinLetter(t[i - 1]) { out.append(i) }
            i += 1
        }
        return out
    }

    /// Is s the first word of its sentence (nothing but spaces and quotes back to its end)?
    func startsSentence(_ s: Int) -> Bool {
        var i = s - 1
        while i >= 0, [0x20, 0x22, 0x27, 0xAB, 0xBF, 0xA1, 0x201C, 0x2018].contains(t[i]) { i -= 1 }
        return i < 0 || endsSentence(i)
    }

    /// A full stop, question or exclamation mark or semicolon before a space, or a line break
    /// (not the point of t.métrica or 2.5).
    func endsSentence(_ i: Int) -> Bool {
        let v = t[i]
        if v == 0x0A || v == 0x0D || v == 0x3B { return true }
        return [0x2E, 0x21, 0x3F].contains(v) && (t[i + 1] == 0x20 || t[i + 1] == 0 || t[i + 1] == 0x0A)
    }
}
