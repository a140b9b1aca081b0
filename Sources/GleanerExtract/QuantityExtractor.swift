import GleanerModel

/// Headcounts (16人, 30余名居民, más de 230 trabajadores), counts of things (2000多家, 团队142支,
/// 10 comités) and money (800万余元, 1.000 yuanes).
struct QuantityExtractor {
    let lex: ExtractLexicons
    struct Q { var a: Int; var b: Int; var type: Entity.Kind; var value: QuantityValue }

    static let multipliers: [UInt32: Double] = [0x4E07: 1e4, 0x842C: 1e4, 0x5343: 1e3, 0x767E: 100, 0x4EBF: 1e8, 0x5104: 1e8]

    func extract(_ t: ScanText, covered: [Bool]) -> [Q] {
        var out: [Q] = []
        var i = 0
        while i < t.count {
            if covered[i] { i += 1; continue }
            if let q = chinese(t, i, covered) { out.append(q); i = q.b; continue }
            i += 1
        }
        out += latin(t, covered)
        return out.sorted { $0.a < $1.a }
    }

    func bound(_ c: ExtractLexicons.Classifier, _ n: Double, _ v: inout QuantityValue) {
        switch c.bound {
        case "lower": v.lower = n
        case "upper": v.upper = n
        case "about": v.approximate = true
        default: break
        }
    }

    func chinese(_ t: ScanText, _ i: Int, _ covered: [Bool]) -> Q? {
        let v0 = t[i]
        guard isDigit(v0) || Numbers.cnDigits[v0] != nil || v0 == 0x5341 /*十*/ else { return nil }
        let prev = t[i - 1]
        if isDigit(prev) || prev == 0x2E || prev == 0x7B2C /*第*/ || Numbers.isCN(prev) || isLatinLetter(prev) { return nil }
        var n: Double, j: Int
        if isDigit(v0) {
            guard let r = Numbers.arabic(t, at: i) else { return nil }
            n = r.value; j = r.end
        } else {
            guard let r = Numbers.chinese(t, at: i) else { return nil }
            n = r.value; j = r.end
            if n == 1 && j == i + 1 { return nil }  // 一个: an article, not a count
        }
        var value = QuantityValue(number: n)
        // approx qualifiers and multipliers in any order: 十余万元, 800万余元, 2000多家
        var steps = 0
        while steps < 3, j < t.count, !covered[j] {
            steps += 1
            if let m = Self.multipliers[t[j]], isDigit(v0) || m >= 1e4 {
                n = (n * m * 1e6).rounded() / 1e6; j += 1; continue
            }
            if let c = lex.classifiersZh.matches(t, at: j).first(where: { $0.values.contains { $0.kind == "approx-after" } }),
               c.end - j == 1, let cl = c.values.first(where: { $0.kind == "approx-after" }),
               // 多/余 right before a classifier
               lex.classifiersZh.longest(t, at: c.end)?.values.contains(where: { $0.kind != "approx-after" }) == true || Self.multipliers[t[c.end]] != nil {
                value.approximate = cl.bound == "about"
                j = c.end
                value.lower = cl.bound == "lower" ? -1 : value.lower
                value.upper = cl.bound == "upper" ? -1 : value.upper
                continue
            }
            break
        }
        guard let c = lex.classifiersZh.longest(t, at: j),
              let cl = c.values.first(where: { $0.kind != "approx-after" && $0.kind != "approx-before" }) else { return nil }
        let unit = t.norm(j, c.end)
        if lex.rules.durationUnits.contains(unit) { return nil }
        // 年/月/日 after the number make it a date, not a count
        value.number = n
        if value.lower == -1 { value.lower = n }
        if value.upper == -1 { value.upper = n }
        var end = c.end
        // trailing 以上 / 左右 / 余
        if let after = lex.classifiersZh.longest(t, at: end), let ac = after.values.first(where: { $0.kind == "approx-after" }) {
            bound(ac, n, &value); end = after.end
        }
        var start = i
        // approx-before: 近, 约, 超过 (共/共计 counted as exact and left outside the span)
        for len in stride(from: 3, through: 1, by: -1) where i - len >= 0 {
            if let m = lex.approxBeforeZh.matches(t, at: i - len).first(where: { $0.end == i }),
               let ab = m.values.first, ab.bound != "exact" {
                bound(ab, n, &value); start = i - len; break
            }
        }
        value.unit = unit
        // 三轮驱动: a classifier followed by a verb is a slogan, not a count
        if cl.kind == "thing", lex.verbs2.contains(t.norm(end, end + 2)) { return nil }
        let type: Entity.Kind
        switch cl.kind {
        case "person": type = .headcount
        case "money": type = .money
        default: type = .count
        }
        // subject: a people noun after (30余名居民) or before (志愿者1.36万人, 专职社工共16人)
        if type == .headcount {
            if let p = lex.peopleZh.longest(t, at: end) { value.subject = p.values.first }
            else {
                var k = start
                if t[k - 1] == 0x5171 { k -= 1 }  // 共
                for len in stride(from: 6, through: 2, by: -1) where k - len >= 0 {
                    if let p = lex.peopleZh.matches(t, at: k - len).first(where: { $0.end == k }) { value.subject = p.values.first; break }
                }
            }
        } else if type == .count {
            value.subject = countedNoun(t, after: end) ?? countedNoun(t, before: start)
        }
        return Q(a: start, b: end, type: type, value: value)
    }

    /// What a count counts: the noun phrase right after it (2000多家社会组织参与 → 社会组织,
    /// 三類服務對象 → 服务对象), else right before it (志愿服务团队142支 → 志愿服务团队). The Han
    /// text there is cut into words by the segmenter and nouns are taken while they last; a
    /// verb is taken only where it can only be a noun, between a noun and a verb (社会|组织|参与).
    func countedNoun(_ t: ScanText, after end: Int) -> String? {
        var k = end
        while k < t.count, k - end < 12, isHan(t[k]) { k += 1 }
        let words = lex.segmenter.cut(t.scalars(end, k), 0, k - end)
        var taken = 0, stop = 0
        for (i, w) in words.enumerated() {
            let word = t.norm(end + w.0, end + w.1)
            let next = i + 1 < words.count ? wordClass(t.norm(end + words[i + 1].0, end + words[i + 1].1)) : .other
            let nextIsVerb = next == .verb
            switch wordClass(word) {
            case .noun where w.1 - w.0 >= 2 || taken > 0 || next == .noun: break // 镇|街|社工|站
            case .verb where taken > 0 && nextIsVerb: break
            default: return taken > 0 ? t.norm(end, end + stop) : nil
            }
            if w.1 > 8 { break }
            taken += 1
            stop = w.1
        }
        return taken > 0 ? t.norm(end, end + stop) : nil
    }

    func countedNoun(_ t: ScanText, before start: Int) -> String? {
        var k = start
        while k > 0, start - k < 12, isHan(t[k - 1]) { k -= 1 }
        let words = lex.segmenter.cut(t.scalars(k, start), 0, start - k)
        var from = start - k
        for (i, w) in words.enumerated().reversed() {
            let word = t.norm(k + w.0, k + w.1)
            let previousIsNoun = i > 0 && wordClass(t.norm(k + words[i - 1].0, k + words[i - 1].1)) == .noun
            switch wordClass(word) {
            case .noun where w.1 - w.0 >= 2 || from < start - k: break
            case .verb where from == start - k && previousIsNoun: break // 社会组织142家: 组织 is the head
            default: return from < start - k ? t.norm(k + from, start) : nil
            }
            if start - k - w.0 > 8 { break }
            from = w.0
        }
        return from < start - k ? t.norm(k + from, start) : nil
    }

    enum WordClass { case noun, verb, other }

    /// A word's class by the list's part of speech; longer words (names, phrases kept whole) are nouns.
    func wordClass(_ word: String) -> WordClass {
        let scalars = Array(word.unicodeScalars)
        switch scalars.count {
        case 1: return lex.nouns1.contains(scalars[0].value) ? .noun : .other
        case 2:
            // name-word (组织): tagged a verb by the list, a noun inside names and phrases.
            if lex.nouns2.contains(word) || lex.rules.nameWords.contains(word) { return .noun }
            return lex.verbs2.contains(word) ? .verb : .other
        default: return .noun
        }
    }

    func latin(_ t: ScanText, _ covered: [Bool]) -> [Q] {
        let toks = Tokens(t).items
        var out: [Q] = []
        var k = 0
        while k < toks.count {
            let tok = toks[k]
            if covered[tok.start] { k += 1; continue }
            var n: Double?
            if isDigit(tok.first) {
                // 1.000 (Spanish thousands) or 1,000 (English)
                if let r = Numbers.arabic(t, at: tok.start, dotThousands: true), r.end == tok.end,
                   tok.lower.contains(".") && tok.lower.split(separator: ".").last?.count == 3 { n = r.value }
                else if let r = Numbers.arabic(t, at: tok.start), r.end == tok.end { n = r.value }
                if k > 0, toks[k - 1].lower == "parte" || toks[k - 1].lower == "part" { n = nil }
                if t[tok.end] == 0x2E && (k + 1 >= toks.count || toks[k + 1].start == tok.end) { n = nil }  // "1." list numbering
            } else if let w = Numbers.spanishWords[tok.lower], isLatinLetter(tok.first) {
                n = w
            }
            guard var num = n else { k += 1; continue }
            var e = k + 1
            if e < toks.count, let m = Numbers.latinMultipliers[toks[e].lower], isDigit(tok.first) { num *= m; e += 1 }
            guard e < toks.count else { break }
            let noun = toks[e]
            guard isLatinLetter(noun.first), !isUpper(noun.first), noun.lower.count >= 3, !lex.stopwords.contains(noun.lower),
                  lex.months[noun.lower] == nil else { k += 1; continue }
            var value = QuantityValue(number: num)
            var type: Entity.Kind = .count
            if let c = lex.classifiersLatin[noun.lower], c.kind == "money" { type = .money; value.unit = noun.lower }
            else if lex.peopleLatin.contains(noun.lower) { type = .headcount; value.subject = noun.lower }
            else if !isDigit(tok.first), isUpper(tok.first) { k += 1; continue }  // "Tres apoyos y un apoyo": a title
            else { value.subject = noun.lower }
            var start = tok.start
            // más de / over / about before the number
            for back in stride(from: 4, through: 1, by: -1) where k - back >= 0 {
                let s = toks[k - back].start
                if let m = lex.approxLatin.matches(t, at: s).first(where: { $0.end == tok.start - 1 || $0.end == tok.start }),
                   let ab = m.values.first, ab.bound != "exact" {
                    bound(ab, num, &value); start = s; break
                }
            }
            out.append(Q(a: start, b: noun.end, type: type, value: value))
            k = e + 1
        }
        return out
    }
}
