/// An event's title from its trigger sentence, in this order:
/// 1. a quoted campaign name and the trigger noun right after it (“社工让社区更美好”社工宣传周活动);
/// 2. the noun phrase that ends in a trigger noun (2022年全国社会工作主题宣传暨第六届巴渝社会工作
///    宣传周活动; Semana de Promoción del Trabajo Social);
/// 3. a quoted name alone;
/// 4. the sentence, trimmed of its leading date and place and cut to a readable length.
enum EventTitle {
    static let open: [UInt32: UInt32] = [0x201C: 0x201D, 0x300C: 0x300D, 0x300E: 0x300F, 0x300A: 0x300B, 0x22: 0x22]

    /// Quoted spans (opening..closing, inclusive of the marks) of at least two scalars inside.
    static func quotes(_ s: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if let close = open[s[i]], let j = s[(i + 1)...].firstIndex(of: close), j - i > 2 {
                out.append(i..<(j + 1))
                i = j + 1
            } else { i += 1 }
        }
        return out
    }

    /// Scalars a Chinese noun phrase does not run back across.
    static let stops: Set<UInt32> = Set("，,。；;：:！!？?、（）()在了由于为對对将與与和及并並是".unicodeScalars.map(\.value))

    /// A quoted span names something (a campaign, a slogan) rather than reporting speech: short,
    /// with no sentence punctuation inside.
    static func isName(_ s: [UInt32], _ q: Range<Int>) -> Bool {
        let inner = s[(q.lowerBound + 1)..<(q.upperBound - 1)]
        return inner.count >= 2 && inner.count <= 30 && !inner.contains { enders.contains($0) }
    }

    static let enders: Set<UInt32> = Set("。？?！!…".unicodeScalars.map(\.value))

    static func scalars(_ t: String) -> [UInt32] { t.unicodeScalars.map(\.value) }

    /// `s` as written (the title's text), `simple` the same scalars in simplified script (the
    /// lexicon's matches and the stop characters are read there).
    static func title(_ s: [UInt32], simplified simple: [UInt32], nouns: [EventLexicon.Match], verbs: [EventLexicon.Match],
                      roles: [EventLexicon.Match] = [], quotes: [Range<Int>], skip: [Range<Int>]) -> String {
        func text(_ r: Range<Int>) -> String {
            String(String.UnicodeScalarView(s[r].compactMap(Unicode.Scalar.init)))
                .trimmingCharacters(in: .whitespaces)
        }
        // A name starts after a verb or a role marker (…承办的2017年国际社工日…).
        var verbEnds = Set(verbs.map(\.end))
        // A verb's complement is not part of the name (开展好…, 举办了…).
        for v in verbs where v.end < simple.count && (simple[v.end] == 0x597D || simple[v.end] == 0x4E86) { verbEnds.insert(v.end + 1) }
        for r in roles {
            verbEnds.insert(r.end)
            if r.end < simple.count, simple[r.end] == 0x7684 { verbEnds.insert(r.end + 1) }  // 的
        }
        // The noun phrase that ends in a trigger noun, run back to a stop, a verb or a space;
        // a leading day (3月17日上午) belongs to the sentence, not to the name.
        func phrase(_ n: EventLexicon.Match) -> Range<Int> {
            if n.word.latin { return latinPhrase(s, noun: n) }
            var a = n.start
            var inQuote = false
            while a > 0 {
                let c = simple[a - 1]
                if open.values.contains(c) && !open.keys.contains(c) { inQuote = true }
                if open.keys.contains(c) { inQuote = false }
                if !inQuote && (stops.contains(c) || verbEnds.contains(a) || isSpace(c)) { break }
                a -= 1
            }
            for r in skip.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.lowerBound <= a && r.upperBound > a && r.upperBound < n.start {
                a = r.upperBound
                while a < n.start, simple[a] == 0x4E0A || simple[a] == 0x4E0B || simple[a] == 0x5348 { a += 1 }  // 上午/下午
            }
            // A noun inside a quoted name ends with the name (第六届“巴渝社会工作宣传周”).
            if let q = quotes.first(where: { $0.lowerBound < n.start && $0.upperBound >= n.end }) { return a..<q.upperBound }
            return a..<n.end
        }
        let phrases = nouns.map(phrase)
        // 1. A noun phrase that takes in a quoted name.
        if let r = phrases.filter({ r in quotes.contains { r.contains($0.lowerBound) } }).max(by: { $0.count < $1.count }) {
            return text(r)
        }
        // 2. A quote with a trigger noun within a few scalars after it (以“…”为主题的服务宣传活动).
        for q in quotes {
            if let n = nouns.first(where: { $0.start >= q.upperBound && $0.start - q.upperBound <= 8 }),
               !(q.upperBound..<n.start).contains(where: { stops.contains(simple[$0]) && simple[$0] != 0x4E3A }) {
                return text(q.lowerBound..<n.end)
            }
        }
        // 3. The longest noun phrase that says more than the bare noun.
        if let r = zip(nouns, phrases).filter({ $1.count >= $0.end - $0.start + 2 }).map(\.1).max(by: { $0.count < $1.count }) {
            return text(r)
        }
        if let q = quotes.first { return text(q) }
        // 4. The trimmed sentence.
        var a = 0
        for r in skip.sorted(by: { $0.lowerBound < $1.lowerBound }) where r.lowerBound <= a + 1 { a = max(a, r.upperBound) }
        while a < s.count, stops.contains(simple[a]) || isSpace(s[a]) || simple[a] == 0x4E0A || simple[a] == 0x5348 { a += 1 }
        var b = s.count
        while b > a, stops.contains(s[b - 1]) || isSpace(s[b - 1]) || s[b - 1] == 0x2E || enders.contains(s[b - 1]) { b -= 1 }
        if b - a > 40 { b = a + 40 }
        return a < b ? text(a..<b) : text(0..<s.count)
    }

    static let connectors: Set<String> = ["de", "del", "la", "las", "los", "el", "y", "of", "the", "for", "and", "on"]

    /// A Latin title around a trigger noun: capitalized words before it (Social Work Week) and
    /// after it with connectors (Semana de Promoción del Trabajo Social).
    static func latinPhrase(_ s: [UInt32], noun: EventLexicon.Match) -> Range<Int> {
        let words = latinWords(s)
        guard let k = words.firstIndex(where: { $0.lowerBound == noun.start }) else { return noun.start..<noun.end }
        func word(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r].compactMap(Unicode.Scalar.init))) }
        func capital(_ r: Range<Int>) -> Bool { Unicode.Scalar(s[r.lowerBound])?.properties.isUppercase == true }
        var lo = k, hi = k
        let nounCapital = capital(words[k])
        while lo > 0, capital(words[lo - 1]), words[lo].lowerBound - words[lo - 1].upperBound <= 1 { lo -= 1 }
        if nounCapital || lo < k {
            var j = k + 1
            while j < words.count, words[j].lowerBound - words[j - 1].upperBound <= 1 {
                if capital(words[j]) { hi = j; j += 1 } else if connectors.contains(word(words[j]).lowercased()) { j += 1 } else { break }
            }
        }
        if lo == k && hi == k && !nounCapital { return noun.start..<noun.end }
        return words[lo].lowerBound..<words[hi].upperBound
    }

    static func latinWords(_ s: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if isLetter(s[i]) {
                var j = i
                while j < s.count, isLetter(s[j]) || s[j] == 0x27 || s[j] == 0x2D { j += 1 }
                out.append(i..<j)
                i = j
            } else { i += 1 }
        }
        return out
    }

    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x3000 || v == 0x09 || v == 0xA0 }
}
