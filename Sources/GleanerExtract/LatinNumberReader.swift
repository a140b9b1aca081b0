import Foundation

/// English and Spanish numbers as written: digits with the language's separators (1,234.5 /
/// 1.234,5, 1 234 567), suffixes and powers (10k, 1.2b, 1e10, 1.1^23), words (one hundred and
/// six, cuatrocientos cincuenta y dos mil), decimals in words (two hundred point zero three,
/// siete con cincuenta), dozens, fractions (five eighths, one over three, tres cuartos, un
/// veinticincoavo, 2 1/4) and mixed numbers (one and a half, veinte con tres quintos). The words
/// and their values are lexicon data (`number-words.tsv`); this is the grammar.
struct LatinNumberReader {
    struct Reading { let end: Int; let value: Double; let subtype: String }
    struct Word: Sendable { let kind: String; let value: Double }

    let t: ScanText
    let spanish: Bool
    let words: [String: Word]

    /// A token: a word (lower-cased, accents removed) or a run of digits, or one symbol.
    struct Token { let start: Int; let end: Int; let key: String; let word: Bool; let digits: Bool }
    let tokens: [Token]

    /// Digits with letters glued on (10km) are read as a number before its unit, not rejected.
    let gluedUnits: Bool

    init(_ t: ScanText, spanish: Bool, words: [String: Word], gluedUnits: Bool = false) {
        self.t = t
        self.spanish = spanish
        self.words = words
        self.gluedUnits = gluedUnits
        var out: [Token] = []
        var i = 0
        while i < t.count {
            let v = t.u[i]
            if isLatinLetter(v) {
                var j = i
                while isLatinLetter(t[j]) { j += 1 }
                out.append(Token(start: i, end: j, key: Self.fold(t.norm(i, j)), word: true, digits: false))
                i = j
            } else if isDigit(v) {
                var j = i
                while isDigit(t[j]) { j += 1 }
                out.append(Token(start: i, end: j, key: t.norm(i, j), word: false, digits: true))
                i = j
            } else if v == 0x20 || v == 0xA0 || v == 0x202F || v == 0x09 {
                i += 1
            } else {
                out.append(Token(start: i, end: i + 1, key: t.norm(i, i + 1), word: false, digits: false))
                i += 1
            }
        }
        tokens = out
    }

    /// Lower case without accents (millón → millon); ASCII words, most of them, skip Foundation's folding.
    static func fold(_ s: String) -> String {
        let lower = s.lowercased()
        return lower.utf8.allSatisfy({ $0 < 0x80 }) ? lower : lower.folding(options: .diacriticInsensitive, locale: nil)
    }

    func word(_ k: Int) -> Word? {
        guard k < tokens.count, tokens[k].word else { return nil }
        return words[tokens[k].key]
    }
    func kind(_ k: Int) -> String? { word(k)?.kind }
    func isSymbol(_ k: Int, _ c: Character) -> Bool { k < tokens.count && !tokens[k].word && !tokens[k].digits && tokens[k].key == String(c) }

    /// Every number in the text: (start, end, value, subtype) in scan offsets.
    func readAll() -> [(Int, Int, Double, String)] {
        var out: [(Int, Int, Double, String)] = []
        var k = 0
        while k < tokens.count {
            // Not inside a word or a number already passed (SCP-173 is 173, not -173).
            if let (end, value, subtype) = read(at: k), end > k {
                // 15 significant digits: 16.4 × 10^6 is 16400000, not 16399999.999999998.
                let rounded = Double(String(format: "%.15g", value)) ?? value
                out.append((tokens[k].start, tokens[end - 1].end, rounded, subtype))
                k = end
            } else {
                k += 1
            }
        }
        return out
    }

    /// A number starting at token k: (token end, value, subtype).
    func read(at k: Int) -> (Int, Double, String)? {
        var k0 = k
        var sign = 1.0
        if kind(k) == "sign", k + 1 < tokens.count, tokens[k + 1].digits || isNumberWord(k + 1) {
            sign = -1; k0 = k + 1
        } else if isSymbol(k, "-"), k + 1 < tokens.count,
                  tokens[k + 1].digits || isSymbol(k + 1, ".") || isSymbol(k + 1, ","),
                  tokens[k].start == 0 || !(isLatinLetter(t[tokens[k].start - 1]) || isDigit(t[tokens[k].start - 1])),
                  // 75 - 300 mm, 40 - 50 años: a dash between two numbers joins a range
                  k == 0 || !tokens[k - 1].digits {
            sign = -1; k0 = k + 1
        }
        guard let r = unsigned(at: k0) else { return nil }
        return (r.0, sign * r.1, r.2)
    }

    func isNumberWord(_ k: Int) -> Bool {
        guard let w = word(k) else { return false }
        return ["cardinal", "hundred", "scale", "article", "half"].contains(w.kind)
    }

    func unsigned(at k: Int) -> (Int, Double, String)? {
        guard k < tokens.count else { return nil }
        if tokens[k].digits || ((isSymbol(k, ".") || isSymbol(k, ",")) && k + 1 < tokens.count && tokens[k + 1].digits
                                 && tokens[k + 1].start == tokens[k].end && !isDigit(t[tokens[k].start - 1])) {
            return arabic(at: k)
        }
        return words(at: k)
    }

    // MARK: digits

    /// Digits at token k with the language's separators, then a suffix, power, scale word,
    /// dozen or fraction.
    func arabic(at k: Int) -> (Int, Double, String)? {
        let thousands: UInt32 = spanish ? 0x2E : 0x2C
        var i = tokens[k].start
        var s = ""
        while isDigit(t[i]) { s.unicodeScalars.append(Unicode.Scalar(t[i])!); i += 1 }
        // Groups of three after the thousands mark, or after a space (1 234 567, 40 000).
        func group(at j: Int) -> Bool { isDigit(t[j]) && isDigit(t[j + 1]) && isDigit(t[j + 2]) && !isDigit(t[j + 3]) }
        let start = tokens[k].start
        // 5.00, 0.8, 1111.13 in Spanish: a point that cannot mark thousands (one to three digits,
        // not a lone 0, then groups of three) is a decimal point, as Mexico and the US write it.
        let decimalPoint = spanish && !s.isEmpty && t[i] == 0x2E && isDigit(t[i + 1]) && (s.count > 3 || s == "0" || !group(at: i + 1))
            && !(start >= 2 && t[start - 1] == 0x2E && isDigit(t[start - 2]))
        let decimalMark: UInt32 = decimalPoint || !spanish ? 0x2E : 0x2C
        if !s.isEmpty, !decimalPoint {
            if t[i] == thousands, group(at: i + 1), !(t[i + 4] == thousands && !group(at: i + 5)) || spanish {
                while t[i] == thousands, group(at: i + 1) { for q in 1...3 { s.unicodeScalars.append(Unicode.Scalar(t[i + q])!) }; i += 4 }
            } else if s.count <= 3 {
                while t[i] == 0x20 || t[i] == 0xA0 || t[i] == 0x202F, group(at: i + 1) {
                    for q in 1...3 { s.unicodeScalars.append(Unicode.Scalar(t[i + q])!) }
                    i += 4
                }
            }
        }
        var subtype = "integer"
        // (After "192.168." a number is one of a dotted series, not a decimal.)
        let dotted = start >= 2 && t[start - 1] == decimalMark && isDigit(t[start - 2])
        if t[i] == decimalMark, isDigit(t[i + 1]), !dotted {
            var j = i + 1
            var f = ""
            while isDigit(t[j]) { f.unicodeScalars.append(Unicode.Scalar(t[j])!); j += 1 }
            // 192.168.1.2: dotted numbers are several numbers.
            if !(t[j] == decimalMark && isDigit(t[j + 1])) {
                s += "." + f
                i = j
                subtype = "decimal"
            }
        }
        guard i > tokens[k].start, var value = Double(s.hasPrefix(".") ? "0" + s : s) else { return nil }
        var end = i
        // Power: 1e10, 1.1^23, -12e-1, 1.1^--23
        if let p = Numbers.power(t, at: end, base: value) { return (tokenIndex(startingAt: p.end), p.value, "power") }
        // Letters glued on: a unit (180ml, 29km) or an ordinal (4th), unless a known suffix.
        if isLatinLetter(t[end]) {
            var j = end
            while isLatinLetter(t[j]) { j += 1 }
            let glued = t.norm(end, j)
            guard let m = Self.suffix(glued, spanish: spanish) else {
                return gluedUnits ? (tokenIndex(startingAt: end), value, subtype) : nil
            }
            value *= m; end = j; subtype = "integer"
            return (tokenIndex(startingAt: end), value, subtype)
        }
        var next = tokenIndex(startingAt: end)
        // 2 1/4, - 1 4/5
        if next + 2 < tokens.count, tokens[next].digits, isSymbol(next + 1, "/"), tokens[next + 2].digits,
           tokens[next + 1].start == tokens[next].end, tokens[next + 2].start == tokens[next + 1].end,
           let n = Double(tokens[next].key), let d = Double(tokens[next + 2].key), d != 0, subtype == "integer" {
            return (next + 3, value + n / d, "fraction")
        }
        if next + 1 < tokens.count, isSymbol(next, "/"), tokens[next].start == end, tokens[next + 1].digits,
           let d = Double(tokens[next + 1].key), d != 0 {
            return (next + 2, value / d, "fraction")
        }
        // A suffix after a space: 2.33 k, - 10  k, 1,674.5 G, 10 bln
        if next < tokens.count, tokens[next].word, let m = Self.suffix(t.norm(tokens[next].start, tokens[next].end), spanish: spanish),
           !isLatinLetter(t[tokens[next].end]) {
            return (next + 1, value * m, "integer")
        }
        // Scale words and dozens: 2 million, 322 hundred, 13 lakh crore, 3 dozens, 2 mil millones
        var scaled = false
        while let w = word(next), w.kind == "scale" || w.kind == "hundred" || w.kind == "dozen" {
            value *= w.value; next += 1; scaled = true
        }
        if scaled { return (next, value, "integer") }
        // 1 over 3, 2000 over 3, 1 sobre tres
        if let o = afterOver(next), let d = denominatorAfterOver(o) {
            return (d.0, value / d.1, "fraction")
        }
        return (next, value, subtype)
    }

    static func suffix(_ s: String, spanish: Bool) -> Double? {
        switch s {
        case "mil" where spanish: return nil   // a scale word in Spanish (2 mil millones)
        case "k", "K": return 1e3
        case "M", "MM": return 1e6    // (mm is millimetres)
        case "G", "g", "b", "B", "bln": return 1e9
        case "T", "tln": return 1e12
        case "mil": return 1e6
        default: return nil
        }
    }

    /// The first token starting at or after scan offset i (binary search: a long text has many).
    func tokenIndex(startingAt i: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The token after "over", "out of", "sobre" at k, or nil.
    func afterOver(_ k: Int) -> Int? {
        guard k < tokens.count, tokens[k].word else { return nil }
        if tokens[k].key == "out" { return k + 1 < tokens.count && tokens[k + 1].key == "of" ? k + 2 : nil }
        return kind(k) == "over" ? k + 1 : nil
    }

    /// The denominator after "over": not when a noun follows it ($2000 over 3 years is a span of time).
    func denominatorAfterOver(_ k: Int) -> (Int, Double)? {
        var found: (Int, Double)?
        if k < tokens.count, tokens[k].digits, let d = Double(tokens[k].key), d != 0 { found = (k + 1, d) }
        else if let c = compound(at: k), c.value != 0 { found = (c.end, c.value) }
        if let f = found, f.0 < tokens.count, tokens[f.0].word, word(f.0) == nil { return nil }
        return found
    }

    // MARK: words

    struct Compound {
        var end: Int
        var value: Double
        /// Token index of the compound's last number word and whether a connector
        /// (and, y, con, -) came right before it.
        var last: Int
        var lastAfterConnector: Bool
        var lastPart: Double
        var dozen = false
    }

    /// Number words from k: cardinals, hundreds, scales, connectors between them.
    func compound(at k: Int) -> Compound? {
        var current = 0.0
        // Groups closed by a scale word: (amount, scale). A larger scale takes in the smaller
        // ones before it: dos mil millones, cuatrocientos cincuenta y cinco mil doscientos
        // veintiocho millones, three lakh crore.
        var sections: [(amount: Double, scale: Double)] = []
        var place = Double.infinity   // the largest value a next cardinal may have, exclusive
        var j = k
        var any = false
        var last = k, lastAfterConnector = false, lastPart = 0.0
        var connector = false
        while j < tokens.count {
            let w = word(j)
            if let w, w.kind == "cardinal" || (w.kind == "article" && !any) {
                let v = w.value
                // An article counts only before hundred, a scale, dozen or an ordinal (a hundred, a dozen, a fifth).
                if w.kind == "article" {
                    guard let n = word(j + 1), ["hundred", "scale", "dozen", "ordinal", "half"].contains(n.kind) else { break }
                }
                guard v < place || (place == 10 && v < 10) else { break }
                current += v
                place = v >= 100 ? 100 : (v >= 20 && v.truncatingRemainder(dividingBy: 10) == 0) ? 10 : (v >= 10 ? 1 : (v == 0 ? 0 : 1))
                if v == 0 { place = 0 }
                last = j; lastAfterConnector = connector; lastPart = v
                any = true; connector = false; j += 1
            } else if let w, w.kind == "hundred", any, current > 0, current < 100 {
                current *= 100; place = 100; last = j; lastAfterConnector = false; lastPart = 100
                connector = false; j += 1
            } else if let w, w.kind == "scale", any || spanish {
                let s = w.value
                var amount = current
                while let top = sections.last, top.scale < s { amount += top.amount; sections.removeLast() }
                if amount == 0 {
                    // mil, millón alone are one; millones alone (millones de dólares) are some
                    guard sections.isEmpty, !pluralScale(j) else { break }
                    amount = 1
                }
                sections.append((amount * s, s))
                current = 0; place = s
                last = j; lastAfterConnector = false; lastPart = s
                any = true; connector = false; j += 1
            } else if any, !connector, let w, w.kind == "and",
                      let n = word(j + 1), n.kind == "cardinal" || n.kind == "article", n.value < place || place == 10 && n.value < 10 {
                connector = true; j += 1
            } else if any, !connector, isSymbol(j, "-"), place == 10, let n = word(j + 1), n.kind == "cardinal", n.value < 10 {
                connector = true; j += 1
            } else {
                break
            }
        }
        guard any, !connector else { return nil }
        return Compound(end: last + 1, value: sections.reduce(0) { $0 + $1.amount } + current, last: last, lastAfterConnector: lastAfterConnector, lastPart: lastPart)
    }

    /// A Spanish scale word in the plural (millones, billones): with no number before it, an
    /// unspecified count of millions, no number.
    func pluralScale(_ k: Int) -> Bool { spanish && kind(k) == "scale" && tokens[k].key.hasSuffix("es") }

    /// The value of an ordinal word used as a denominator (fifths, veinticincoavos, dosmilésimos).
    func ordinal(_ k: Int) -> (value: Double, plural: Bool)? {
        guard k < tokens.count, tokens[k].word else { return nil }
        let key = tokens[k].key
        let plural = key.hasSuffix("s")
        if let w = words[key], w.kind == "ordinal" { return (w.value, plural) }
        if key == "half" || key == "halves" { return (2, plural) }   // also a word of its own (half)
        guard spanish else { return nil }
        // Feminine forms: quintas, millonesimas
        var stem = plural ? String(key.dropLast()) : key
        if stem.hasSuffix("a"), let w = words[String(stem.dropLast()) + "o"], w.kind == "ordinal" { return (w.value, plural) }
        // -avo: veinticincoavo, treintavos, doscientosavos, cientocincoavos
        for suffix in ["avo", "ava"] where stem.hasSuffix(suffix) {
            stem = String(stem.dropLast(3))
            if let v = gluedSpanish(stem) ?? gluedSpanish(stem + "a") ?? gluedSpanish(stem + "e") { return (v, plural) }
        }
        // -milesimo / -millonesimo / -billonesimo: dosmilesimos, veintemilesimos
        for (suffix, scale) in [("milesimo", 1e3), ("millonesimo", 1e6), ("billonesimo", 1e12)] {
            let s = stem.hasSuffix("a") ? String(stem.dropLast()) + "o" : stem
            if s.hasSuffix(suffix) {
                let head = String(s.dropLast(suffix.count))
                if head.isEmpty { return (scale, plural) }
                if let v = gluedSpanish(head) { return (v * scale, plural) }
            }
        }
        return nil
    }

    /// A Spanish number written as one word: treintaicinco, cientocinco, milcinco, doscientos.
    func gluedSpanish(_ s: String) -> Double? {
        if s.isEmpty { return nil }
        var best: Double?
        func go(_ rest: Substring, _ total: Double, _ current: Double) {
            if rest.isEmpty { best = best ?? (total + current); return }
            for n in stride(from: min(rest.count, 13), through: 1, by: -1) {
                let head = String(rest.prefix(n))
                if head == "i" || head == "y" { go(rest.dropFirst(n), total, current); continue }
                guard let w = words[head] else { continue }
                if w.kind == "cardinal" { go(rest.dropFirst(n), total, current + w.value) }
                else if w.kind == "scale" { go(rest.dropFirst(n), total + (current == 0 ? 1 : current) * w.value, 0) }
                if best != nil { return }
            }
        }
        go(Substring(s), 0, 0)
        return best
    }

    /// Words from k: a compound, then a decimal, fraction, dozen or "over" part.
    func words(at k: Int) -> (Int, Double, String)? {
        // half / mitad alone, half a dozen
        if ["media", "medio"].contains(tokens[k].key), kind(k + 1) == "dozen" { return (k + 2, 6, "integer") }
        if let w = word(k), w.kind == "half" {
            if kind(k + 1) == "article", kind(k + 2) == "dozen" { return (k + 3, 6, "integer") }
            if tokens[k].key == "half" || tokens[k].key == "mitad" { return (k + 1, 0.5, "fraction") }
        }
        // A bare ordinal fraction: "a half", "un medio", "a fifth", "one twenty-fifth".
        guard let c = compound(at: k) else {
            if spanish, let w = word(k), w.kind == "scale", !pluralScale(k), !isLatinLetter(t[tokens[k].end]) { return (k + 1, w.value, "integer") }
            return nil
        }
        let j = c.end
        // Dozens: multiply the last group (three hundred and two dozens = 324).
        if let w = word(j), w.kind == "dozen" {
            let group = c.lastPart < 100 ? c.lastPart : c.value
            return (j + 1, c.value - group + group * 12, "integer")
        }
        // Decimals in words: point zero three, coma veintidos, con cincuenta.
        if let w = word(j), w.kind == "point", !(tokens[j].key == "con" && fractionAhead(j + 1)) {
            var digits = ""
            var q = j + 1
            // Digit by digit (zero three, cero tres) or one number (seventy-one, veintidos).
            while let d = compound(at: q) {
                digits += d.value == d.value.rounded() ? String(Int(d.value)) : ""
                q = d.end
                if d.value >= 10 { break }
            }
            if !digits.isEmpty, let f = Double("0." + digits) { return (q, c.value + f, "decimal") }
        }
        // Mixed number: twenty and three fifths, one and a half, veinte con tres quintos.
        if let w = word(j), w.kind == "and" && !spanish || tokens.indices.contains(j) && tokens[j].key == "con" && spanish,
           let f = ordinalFraction(at: j + 1), f.numeratorSimple {
            return (f.end, c.value + f.value, "fraction")
        }
        // A fraction whose numerator is this compound (five eighths, one hundred thirty fifths).
        if let f = ordinalFraction(at: k) { return (f.end, f.value, "fraction") }
        // Over: one over three, one out of three, uno sobre tres
        if let o = afterOver(j), let d = denominatorAfterOver(o) { return (d.0, c.value / d.1, "fraction") }
        // A lone article is no number.
        if c.end == k + 1, kind(k) == "article" { return nil }
        return (j, c.value, "integer")
    }

    func fractionAhead(_ k: Int) -> Bool { ordinalFraction(at: k) != nil }

    struct Fraction { let end: Int; let value: Double; let numeratorSimple: Bool }

    /// Numerator words then an ordinal: the numerator greedily, what is left before the
    /// ordinal joins the denominator (one one hundred fifth = 1/105, three twenty firsts = 3/21).
    func ordinalFraction(at k: Int) -> Fraction? {
        // Find the ordinal that ends the run of number words.
        var o = k
        while o < tokens.count, ordinal(o) == nil || (o == k && kind(o) == "article") {
            guard isNumberWord(o) || kind(o) == "and" || isSymbol(o, "-") else { return nil }
            o += 1
        }
        guard o < tokens.count, o > k, let ord = ordinal(o) else { return nil }
        // The numerator: an article is one (a fifth, a twenty-first); else the words greedily.
        var num: Compound
        if let c = compound(at: k), c.end > k + 1 || kind(k) != "article" {
            guard c.end <= o else { return nil }
            num = c
        } else if kind(k) == "article" {
            num = Compound(end: k + 1, value: 1, last: k, lastAfterConnector: false, lastPart: 1)
        } else {
            return nil
        }
        var whole = 0.0
        var denominator = ord.value
        // first/second only as part of twenty-first, thirty-seconds
        let key = tokens[o].key
        let unitOrdinal = ["first", "firsts", "second", "seconds"].contains(key)
        var q = num.end
        if q < o, isSymbol(q, "-") || kind(q) == "and" { q += 1 }
        if q < o {
            // What lies between numerator and ordinal joins the denominator.
            guard let rest = compound(at: q), rest.end == o || (rest.end + 1 == o && (isSymbol(rest.end, "-") || kind(rest.end) == "and")) else { return nil }
            denominator += rest.value
        } else if !spanish, num.last > k, !num.lastAfterConnector, num.lastPart >= 20, num.lastPart < 100,
                  num.lastPart.truncatingRemainder(dividingBy: 10) == 0, ord.value < 10 {
            // one hundred thirty fifths: the tens word belongs to the ordinal (100/35)
            denominator += num.lastPart
            num.value -= num.lastPart
        } else if !spanish, num.last > k, num.lastPart < 10, kind(num.last - 1) == "and" {
            // twenty and three fifths, one hundred and three quarters: a whole and a fraction
            whole = num.value - num.lastPart
            num.value = num.lastPart
        } else if unitOrdinal {
            return nil
        }
        if unitOrdinal && denominator < 20 { return nil }
        // A singular ordinal goes with one (a fifth); a plural one with more (two thirds).
        if !ord.plural && num.value != 1 { return nil }
        if whole != 0 { return Fraction(end: o + 1, value: whole + num.value / denominator, numeratorSimple: false) }
        let simple = num.end == k + 1 || (num.last == k + 1 && kind(k) == "article")
        return Fraction(end: o + 1, value: num.value / denominator, numeratorSimple: simple)
    }
}
