import GleanerModel

/// Places: gazetteer names (full names anywhere; short forms of provinces and prefectures
/// anywhere, of counties and townships only when a parent is mentioned), then units below the
/// gazetteer by suffix (湖贝社区, 金珠世纪小区, comunidad Fusheng) attached to the nearest known place.
struct PlaceExtractor {
    let lex: ExtractLexicons
    var gaz: Gazetteer { lex.gazetteer }
    struct P { var a: Int; var b: Int; var value: PlaceValue; var index: Int? }

    func extract(_ t: ScanText, covered: [Bool]) -> [P] {
        struct Hit { var a: Int; var b: Int; var names: [Gazetteer.Name] }
        var hits: [Hit] = []
        var i = 0
        while i < t.count {
            if covered[i] { i += 1; continue }
            let v = t.u[i]
            var m: (end: Int, values: [Gazetteer.Name])?
            if isHan(v) { m = gaz.han.longest(t, at: i) }
            else if isUpper(v), !isLatinLetter(t[i - 1]) {
                if let l = gaz.latin.longest(t, at: i), !isLatinLetter(t[l.end]) { m = l }
            }
            // a short name whose first character makes a word with the one before (广大社区 ≠ 大社区)
            if let mm = m, isHan(v), mm.end - i <= 3, isHan(t[i - 1]), lex.words2.contains(t.norm(i - 1, i + 1)),
               !["县", "縣", "市", "省"].contains(t.norm(mm.end - 1, mm.end)),
               mm.values.allSatisfy({ gaz.places[$0.place].level != "country" }) { m = nil }
            if let mm = m, lex.rules.placeReject.contains(t.norm(i, mm.end)) { m = nil }
            if let m, !(m.end > i && covered[m.end - 1]) {
                hits.append(Hit(a: i, b: m.end, names: m.values)); i = m.end
            } else { i += 1 }
        }
        // context: places named unambiguously by a full name, and their ancestors
        var context = Set<Int>()
        for h in hits {
            let full = h.names.filter { !$0.short }
            if full.count == 1 { context.insert(full[0].place); context.formUnion(gaz.ancestors(of: full[0].place)) }
            let shortTop = h.names.filter { $0.short && (gaz.places[$0.place].level == "province" || gaz.places[$0.place].level == "prefecture") }
            if full.isEmpty, shortTop.count == 1 { context.insert(shortTop[0].place); context.formUnion(gaz.ancestors(of: shortTop[0].place)) }
        }
        var out: [P] = []
        for h in hits {
            var cands = h.names.filter { n in
                if !n.short { return true }
                let level = gaz.places[n.place].level
                if level == "province" || level == "prefecture" { return true }
                return gaz.ancestors(of: n.place).contains { context.contains($0) && gaz.places[$0].level != "province" }
            }
            if cands.isEmpty { continue }
            let fullOnes = cands.filter { !$0.short }
            if !fullOnes.isEmpty { cands = fullOnes }
            // resolve by nearby places; then the highest level; then file order
            let scored = cands.map { n -> (Gazetteer.Name, Int) in
                let anc = gaz.ancestors(of: n.place)
                // the place right before (福泉市牛场镇) is the parent
                let before = out.last.flatMap { $0.b == h.a ? $0.index : nil }
                let near = anc.contains { context.contains($0) && gaz.places[$0].level != "province" }
                let s = (near ? 10 : anc.contains { context.contains($0) } ? 5 : 0) + (context.contains(n.place) ? 10 : 0)
                    + (before.map { anc.contains($0) } == true ? 30 : 0)
                    - (Gazetteer.levelRank[gaz.places[n.place].level] ?? 5)
                return (n, s)
            }
            let best = scored.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.place > $1.0.place) }!.0
            let p = gaz.places[best.place]
            let others = Set(cands.map(\.place)).subtracting([best.place]).map { gaz.places[$0].id }.sorted()
            out.append(P(a: h.a, b: h.b, value: PlaceValue(id: p.id, name: p.name, level: p.level, parents: gaz.parents(of: best.place),
                                                         candidates: others.isEmpty ? [] : [p.id] + others), index: best.place))
        }
        out += belowGazetteer(t, covered: covered, known: out)
        return resolveOverlaps(out)
    }

    /// Longer spans win; a suffix unit that contains a gazetteer short form replaces it.
    func resolveOverlaps(_ ps: [P]) -> [P] {
        let sorted = ps.sorted { ($0.b - $0.a) > ($1.b - $1.a) }
        var taken: [P] = []
        for p in sorted where !taken.contains(where: { $0.a < p.b && p.a < $0.b }) { taken.append(p) }
        return taken.sorted { $0.a < $1.a }
    }

    func belowGazetteer(_ t: ScanText, covered: [Bool], known: [P]) -> [P] {
        var out: [P] = []
        let ends = Dictionary(known.map { ($0.b, $0) }, uniquingKeysWith: { a, _ in a })
        // Chinese: name + 社区/小区/村/街道/镇
        var i = 1
        while i < t.count {
            guard isHan(t.u[i]) else { i += 1; continue }
            var suffixLen = 0, level = ""
            for (sc, l) in lex.rules.placeSuffixZhScalars where t.hasPrefix(sc, at: i) {
                suffixLen = sc.count; level = l; break
            }
            guard suffixLen > 0 else { i += 1; continue }
            // scan left for the name
            var a = i
            if let p = ends[i], p.b - p.a <= 2, p.value.level == "township" || p.value.level == "county" {
                a = p.a
            }
            while a > 0, i - a < 6, isHan(t.u[a - 1]), ends[a] == nil {
                if lex.rules.nameStop.contains(t.u[a - 1]) {
                    if let joined = lex.softStopWord(t, stop: a - 1, nameEnd: i), i - joined <= 5 { a = joined; continue }
                    break
                }
                if lex.rules.placeSuffixZhScalars.contains(where: { a >= $0.0.count && t.hasPrefix($0.0, at: a - $0.0.count) }) { break }
                if (2...4).contains(where: { len in a - len >= 0 && lex.rules.nameStopWords.matches(t, at: a - len).contains { $0.end == a } }) { break }
                a -= 1
            }
            let name = t.norm(a, i)
            let nameLen = i - a
            if nameLen >= 2, nameLen <= 5, !lex.rules.placeReject.contains(name), !lex.verbsN2.contains(name),
               !lex.verbs2.contains(t.norm(i - 2, i)),
               !(nameLen >= 4 && (lex.verbsN2.contains(t.norm(a, a + 2)) || lex.rules.placeReject.contains(t.norm(a, a + 2)))),
               !(isHan(t[a - 1]) && lex.words2.contains(t.norm(a - 1, a + 1)) && !lex.words2.contains(t.norm(a, a + 2))), !covered[a],
               !lex.rules.placeSuffixZh.keys.contains(where: { name.hasSuffix($0) }),
               !known.contains(where: { $0.a <= a && i + suffixLen <= $0.b }),
               // 社区治理, 社区服务: the unit word starts a compound, not a name
               !(lex.verbsN2.contains(t.norm(i + suffixLen, i + suffixLen + 2)) && !lex.verbs2.contains(t.norm(i + suffixLen, i + suffixLen + 2))),
               !lex.hasPlaceholder(name) {
                // attach to the place right before, else the nearest place before in the text
                let parentP = ends[a] ?? ends[i] ?? known.last(where: { $0.b <= a && ($0.value.level == "township" || $0.value.level == "county" || $0.value.level == "prefecture") })
                var parents: [String] = []
                if let pp = parentP, let id = pp.value.id { parents = pp.value.parents + [id] }
                else if let pp = parentP { parents = pp.value.parents }
                out.append(P(a: a, b: i + suffixLen, value: PlaceValue(id: nil, name: t.norm(a, i + suffixLen), level: level, parents: parents), index: nil))
                i += suffixLen
                continue
            }
            i += suffixLen
        }
        // Spanish / English: comunidad(es) (de) Fusheng, Fuxing Garden y Tongfuyuan; Distrito de Hongmen
        let toks = Tokens(t).items
        var k = 0
        while k < toks.count {
            let w = t.norm(toks[k].start, toks[k].end)
            var level: String? = lex.rules.placeSuffixLatin[w]
            var n = k + 1
            if level == nil, n < toks.count, let l = lex.rules.placeSuffixLatin[w + " " + toks[n].lower] { level = l; n += 1 }
            guard let lv = level else { k += 1; continue }
            if n < toks.count, toks[n].lower == "de" { n += 1 }
            let firstParent = known.last(where: { $0.b <= toks[k].start })
            var any = false
            while n < toks.count, isUpper(toks[n].first) {
                var e = n
                while e < toks.count, isUpper(toks[e].first), !lex.rules.placeholders.contains(t.norm(toks[e].start, toks[e].end)),
                      lex.orgHeadsLatin[t.norm(toks[e].start, toks[e].end)] == nil { e += 1 }
                if e == n || toks[n].start - toks[n - 1].end > 1 { break }
                // an organization named after the community (Fuxing Garden Club) is not the place
                if e < toks.count, isUpper(toks[e].first) { break }
                let a = toks[n].start, b = toks[e - 1].end
                out.append(P(a: a, b: b, value: PlaceValue(id: nil, name: t.norm(a, b), level: lv,
                                                           parents: firstParent.flatMap { p in p.value.id.map { p.value.parents + [$0] } } ?? []), index: nil))
                any = true
                n = e
                if n < toks.count, toks[n].lower == "," || toks[n].lower == "y" || toks[n].lower == "and" {
                    if n + 1 < toks.count, isUpper(toks[n + 1].first) { n += 1; continue }
                }
                break
            }
            k = any ? n : k + 1
        }
        return out
    }
}
