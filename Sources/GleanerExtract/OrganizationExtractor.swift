import GleanerModel

/// Organizations: a suffix from the lexicon (民政局, 服务中心, 社工站; Asociación, Office) and the
/// longest sensible name before it (包头市益行社会组织服务中心) or after it (Federación
/// Internacional de Trabajadores Sociales), nested ones, abbreviations in parentheses (FITS), and
/// short references (市民政局 → 包头市民政局 with the city in context).
struct OrganizationExtractor {
    let lex: ExtractLexicons
    struct O { var a: Int; var b: Int; var value: OrganizationValue; var suffix: Int = 0 }

    func extract(_ t: ScanText, covered: [Bool], places: [PlaceExtractor.P]) -> [O] {
        var out: [O] = []
        // the place of each level most talked about, for short references
        var byLevel: [String: [String: Int]] = [:]
        for p in places where p.value.id != nil { byLevel[p.value.level, default: [:]][p.value.name, default: 0] += 1 }
        func top(_ level: String) -> String? { byLevel[level]?.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key }
        let placeAt = Dictionary(places.map { ($0.a, $0) }, uniquingKeysWith: { a, _ in a })
        // Indexes instead of scans of every place and organization at every character (a long
        // document has thousands): the first place ending at an offset, the last organization
        // ending there, and the offsets strictly inside a place.
        let placeEnding = Dictionary(places.map { ($0.b, $0) }, uniquingKeysWith: { a, _ in a })
        let knownPlaceEnding = Dictionary(places.filter { $0.value.id != nil }.map { ($0.b, $0) }, uniquingKeysWith: { a, _ in a })
        var insidePlace = [Bool](repeating: false, count: t.count + 1)
        for p in places where p.b - p.a > 1 { for k in (p.a + 1)..<min(p.b, t.count + 1) { insidePlace[k] = true } }
        var orgEnding: [Int: O] = [:]

        var i = 1
        var suffixCover = 0
        while i < t.count {
            guard isHan(t.u[i]), let m = lex.orgSuffixesZh.longest(t, at: i) else { i += 1; continue }
            let b = m.end
            let suffixLen = b - i
            // a suffix inside a longer one (科 in 民政科) is not a suffix of its own
            if i < suffixCover { i += 1; continue }
            // a suffix that starts inside a place name (街道办事处 in 七星岗街道办事处) is read from the place's end
            if insidePlace[i] { i += 1; continue }
            suffixCover = b
            if suffixLen == 1, !lex.rules.orgSingle.contains(t.u[i]) { i += 1; continue }
            // 司法部公布: a verb after a one-character suffix ends the name as well as 、 or 的 do
            if suffixLen == 1, isHan(t[b]), !lex.rules.orgFollow.contains(t[b]), !lex.verbs2.contains(t.norm(b, b + 2)) { i += 1; continue }
            if suffixLen == 1, [0x5C40, 0x90E8, 0x529E].contains(t.u[i]), lex.words2.contains(t.norm(i - 1, i + 1)) { i += 1; continue }  // 格局, 大局
            if suffixLen == 1 && isHan(t[b]) && lex.orgSuffixesZh.longest(t, at: b) != nil && t[b] != 0x5C40 { i += 1; continue }
            var a = i
            // Only verbs read so far (乡村振兴局, 疾病预防控制局): before a government office's
            // suffix a verb names its task.
            var onlyVerbs = m.values.first == "government"
            while a > 0, i - a < 14, isHan(t.u[a - 1]), !covered[a - 1] {
                // a place name is kept whole even when it holds a stop character
                if let p = placeEnding[a] { a = p.a; onlyVerbs = false; continue }
                // an organization right before is the parent of this one (…服务中心贵州服务队, 区民政局社工科)
                if let o = orgEnding[a] { a = o.a; onlyVerbs = false; continue }
                let c = t.u[a - 1]
                if lex.rules.nameStop.contains(c) {
                    if let joined = lex.softStopWord(t, stop: a - 1, nameEnd: i) { a = joined; onlyVerbs = false; continue }
                    // 七星岗街道办事处民政和社区事务办公室: a conjunction inside a department's name,
                    // right after its parent organization
                    if lex.rules.nameConjunction.contains(c), a < i, !lex.words2.contains(t.norm(a - 2, a)), let parent = conjoinedParent(t, before: a - 1, orgEnding, covered) {
                        a = parent; onlyVerbs = false; continue
                    }
                    break
                }
                if a >= 2, lex.verbs2.contains(t.norm(a - 2, a)) {
                    // a verb right after a place is part of the name (承德应用技术职业学院)
                    if let p = knownPlaceEnding[a - 2] { a = p.a; continue }
                    if onlyVerbs, i - a <= 4, !lex.rules.nameStop.contains(t.u[a - 2]), !lex.rules.nameStopWords.matches(t, at: a - 2).contains(where: { $0.end == a }) {
                        a -= 2; continue
                    }
                    break
                }
                onlyVerbs = false
                if (2...4).contains(where: { len in a - len >= 0 && lex.rules.nameStopWords.matches(t, at: a - len).contains { $0.end == a } }) { break }
                a -= 1
            }
            if a == i { i += 1; continue }
            // 网东营日报社: one character before a place belongs to the word before
            if placeAt[a] == nil, let p = placeAt[a + 1], p.b <= i { a = p.a }
            let body = t.norm(a, i)
            let name0 = t.norm(a, b)
            if lex.rules.placeSuffixZh[t.norm(a - 1, a + 1)] != nil { i += 1; continue }
            // a one-character body is a short reference (市, 区, 县, 省) or nothing (园民政科)
            if i - a == 1, placeAt[a] == nil, ![0x5E02, 0x533A, 0x5340, 0x53BF, 0x7E23, 0x7701].contains(t.u[a]) { i += 1; continue }  // 社区社工室: 区 belongs to 社区
            if lex.rules.placeReject.contains(body) || lex.hasPlaceholder(body)
                || lex.rules.placeSuffixZh[body] != nil {
                i += 1; continue
            }
            var name = name0
            var place: String? = placeAt[a]?.value.name
            // 市民政局 / 区民政局 / 县民政局: the city (district, county) in context
            let first = t.u[a]
            let levelOf: [UInt32: String] = [0x5E02: "prefecture", 0x533A: "county", 0x5340: "county", 0x53BF: "county", 0x7E23: "county", 0x7701: "province"]
            if placeAt[a] == nil, levelOf[first] != nil, isHan(t[a - 1]), !lex.rules.nameStop.contains(t[a - 1]),
               !(a >= 2 && lex.verbs2.contains(t.norm(a - 2, a))) { i += 1; continue }
            if placeAt[a] == nil, let level = levelOf[first],
               let ctx = places.last(where: { $0.b <= a && $0.value.level == level && $0.value.id != nil })?.value.name ?? top(level) {
                name = ctx + String(name0.unicodeScalars.dropFirst())
                place = ctx
            }
            out.append(O(a: a, b: b, value: OrganizationValue(name: name, abbreviation: abbreviation(t, b), place: place, kind: m.values.first), suffix: i))
            orgEnding[b] = out[out.count - 1]
            i += 1
        }
        // same end: keep the longest
        var byEnd: [Int: O] = [:]
        for o in out { if let e = byEnd[o.b], e.b - e.a >= o.b - o.a { continue }; byEnd[o.b] = o }
        // an end inside another organization's suffix (常委 in 人大常委会) is not an end
        let all = Array(byEnd.values)
        for o in all where all.contains(where: { $0.suffix < o.b && o.b < $0.b }) { byEnd[o.b] = nil }
        return (Array(byEnd.values) + latin(t, covered: covered, places: places)).sorted { $0.a < $1.a }
    }

    /// Where the parent organization starts when `k` (a conjunction) follows its department's
    /// first part: an organization ends at most six Han characters before `k`, with no stop
    /// between (民政 in 街道办事处民政和…); nil when `k` joins two organizations (民政局和教育局).
    func conjoinedParent(_ t: ScanText, before k: Int, _ orgEnding: [Int: O], _ covered: [Bool]) -> Int? {
        var j = k
        while j > 0, k - j < 6, isHan(t.u[j - 1]), !covered[j - 1], !lex.rules.nameStop.contains(t.u[j - 1]) {
            j -= 1
            if let o = orgEnding[j], j < k { return o.a }
        }
        return nil
    }

    /// The kind of organization a lowercase word heads (escuela → education), if it heads one.
    func lowercaseHead(_ w: String) -> String? {
        guard w.count >= 4 else { return nil }
        return lex.orgHeadsLatin[capitalized(w)]
    }

    func capitalized(_ w: String) -> String { w.prefix(1).uppercased() + w.dropFirst() }

    func abbreviation(_ t: ScanText, _ b: Int) -> String? {
        var k = b
        while t[k] == 0x20 { k += 1 }
        guard t[k] == 0x28 else { return nil }
        var e = k + 1
        while isUpper(t[e]) || t[e] == 0x26 { e += 1 }
        guard e - k >= 3, t[e] == 0x29 else { return nil }
        return t.norm(k + 1, e)
    }

    static let connectors: Set<String> = ["de", "del", "la", "los", "las", "of", "the", "for"]
    static let articles: Set<String> = ["el", "la", "los", "las", "the", "a", "an", "un", "una", "del", "al"]

    func latin(_ t: ScanText, covered: [Bool], places: [PlaceExtractor.P]) -> [O] {
        let toks = Tokens(t).items
        var out: [O] = []
        func word(_ n: Int) -> String { t.norm(toks[n].start, toks[n].end) }
        func isName(_ n: Int) -> Bool {
            n >= 0 && n < toks.count && isUpper(toks[n].first) && !lex.rules.placeholders.contains(word(n))
                && !Self.articles.contains(toks[n].lower)
        }
        var inside: [ClosedRange<Int>] = []
        for k in toks.indices {
            let w = word(k)
            // la escuela primaria Hongsagou, la barbería Shangji: a lowercase head, at most one
            // adjective, then a proper name
            if !isUpper(toks[k].first), let head = lowercaseHead(w) {
                var e = k + 1
                if e < toks.count, !isUpper(toks[e].first), toks[e].lower.count >= 4, !Self.connectors.contains(toks[e].lower),
                   lex.orgHeadsLatin[capitalized(toks[e].lower)] == nil { e += 1 }
                var last = -1
                while isName(e), lex.orgHeadsLatin[word(e)] == nil { last = e; e += 1 }
                if last > k {
                    let a0 = toks[k].start, b = toks[last].end
                    inside.append(k...last)
                    out.append(O(a: a0, b: b, value: OrganizationValue(name: t.norm(a0, b), abbreviation: abbreviation(t, b),
                                                                       place: places.first { $0.a >= a0 && $0.b <= b }?.value.name, kind: head)))
                }
                continue
            }
            guard isUpper(toks[k].first), lex.orgHeadsLatin[w] != nil else { continue }
            // nested only after an article (… de la Federación Municipal …)
            if inside.contains(where: { $0.contains(k) }) && !(k > 0 && ["la", "el", "los", "las", "the", "del"].contains(toks[k - 1].lower)) { continue }
            var a = k
            while a > 0, isName(a - 1), toks[a - 1].end < toks[a].start, t[toks[a - 1].end] == 0x20, lex.orgHeadsLatin[word(a - 1)] == nil { a -= 1 }
            var e = k + 1
            var lastName = k
            while e < toks.count {
                if isName(e) { lastName = e; e += 1; continue }
                if Self.connectors.contains(toks[e].lower) { e += 1; continue }
                break
            }
            let b = toks[lastName].end
            let a0 = toks[a].start
            if a == k && lastName == k { continue }
            inside.append(a...lastName)
            let name = t.norm(a0, b)
            let place = places.first { $0.a >= a0 && $0.b <= b }?.value.name
            out.append(O(a: a0, b: b, value: OrganizationValue(name: name, abbreviation: abbreviation(t, b), place: place, kind: lex.orgHeadsLatin[w])))
        }
        return out
    }
}
