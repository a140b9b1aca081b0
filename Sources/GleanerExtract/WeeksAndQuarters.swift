import GleanerModel

/// Weeks counted as ISO 8601 does and quarters or halves of a year, in Spanish and English.
extension DateExtractor {
    /// Weeks as ISO 8601 counts them (Monday first; week 1 holds January 4th, a month's first week
    /// its 4th day): first week of 2015, 3rd week of jan, last week of july, the week of April
    /// 10th, week 31.
    func weekOf(_ toks: [Tokens.Token], _ k: Int, _ t: ScanText, _ ctx: DateContext) -> Found? {
        func w(_ n: Int) -> String { n >= 0 && n < toks.count ? toks[n].lower : "" }
        func week(_ monday: Day, _ a: Int, _ endTok: Int, inferred: Bool) -> Found {
            Found(a: toks[a].start, b: toks[endTok - 1].end,
                  value: DateValue(start: monday.iso, end: monday.adding(days: 6).iso, granularity: "week", inferred: inferred))
        }
        func mondayOf(_ d: Day) -> Day { d.adding(days: -(d.weekday - 1)) }
        let ordinalWords = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "primera": 1, "segunda": 2,
                            "tercera": 3, "tercer": 3, "cuarta": 4, "quinta": 5, "última": -1, "ultima": -1, "primer": 1]
        var q = (w(k) == "the" || w(k) == "la") && ordinalWords[w(k + 1)] != nil ? k + 1 : k, n: Int?
        if let o = ordinalWords[w(q)] { n = o; q += 1 }
        // la tercera semana de este mes
        if let n, w(q) == "semana", w(q + 1) == "de" || w(q + 1) == "del", ["este", "próximo", "proximo"].contains(w(q + 2)),
           w(q + 3) == "mes", let p = ctx.published {
            let m0 = Day(y: p.y, m: p.m, d: 1).shifted("month", by: w(q + 2) == "este" ? 0 : 1) ?? p
            let anchor = n > 0 ? Day(y: m0.y, m: m0.m, d: 4).adding(days: 7 * (n - 1)) : Day(y: m0.y, m: m0.m, d: Day.daysIn(m0.y, m0.m)).adding(days: -3)
            return week(mondayOf(anchor), k, q + 4, inferred: true)
        }
        else if let d = Int(w(q)), (1...5).contains(d), ["st", "nd", "rd", "th"].contains(w(q + 1)), toks[q + 1].start == toks[q].end { n = d; q += 2 }
        // the third week of this month, la tercer semana del próximo año, the third week next year
        if let n, w(q) == "week" || w(q) == "semana" {
            for unit in ["month", "year"] {
                guard let (first, e) = relativePeriod(unit, toks, q + 1, t, ctx) else { continue }
                let lastMonth = unit == "month" ? first.m : 12
                let anchor = n > 0 ? Day(y: first.y, m: first.m, d: 4).adding(days: 7 * (n - 1))
                                   : Day(y: first.y, m: lastMonth, d: Day.daysIn(first.y, lastMonth)).adding(days: -3)
                return week(mondayOf(anchor), k, e, inferred: true)
            }
        }
        if let n, w(q) == "week" || w(q) == "semana", w(q + 1) == "of" || w(q + 1) == "de" || w(q + 1) == "del" {
            var r = q + 2, m: Int?, y: Int?
            if let mm = lex.months[w(r)] ?? lex.months[w(r) + "."] { m = mm; r += 1 }
            if w(r).count == 4, let yy = Int(w(r)), (1000...2999).contains(yy) { y = yy; r += 1 }
            else if m == nil, let (yy, used) = yearWords(toks, r) { y = yy; r += used }
            guard m != nil || y != nil, let year = y ?? ctx.published?.y else { return nil }
            let first = m ?? 1, last = m ?? 12
            let anchor = n > 0 ? Day(y: year, m: first, d: 4).adding(days: 7 * (n - 1))
                               : Day(y: year, m: last, d: Day.daysIn(year, last)).adding(days: -3)
            return week(mondayOf(anchor), k, r, inferred: y == nil)
        }
        // the week of April 10th, la semana de 30 de noviembre, semana de 15 septiembre
        // the week commencing (starting, beginning on) february 4, w/c feb 4
        let wk = (w(k) == "the" || w(k) == "la") ? k + 1 : k
        var dq = -1
        if w(wk) == "week" || w(wk) == "semana" {
            if ["of", "de", "del", "commencing"].contains(w(wk + 1)) { dq = wk + 2 }
            else if ["starting", "beginning"].contains(w(wk + 1)) { dq = w(wk + 2) == "on" ? wk + 3 : wk + 2 }
        } else if wk == k, w(k) == "w", t.hasPrefixFolded("w/c ", at: toks[k].start), w(k + 1) == "c" { dq = k + 2 }
        if dq > 0, dq < toks.count, let d = latin(toks, dq, t, ctx), d.a == toks[dq].start, let day = singleDay(d) {
            var f = week(mondayOf(day), k, dq, inferred: d.value.inferred)
            f.b = d.b
            return f
        }
        // week 31: the ISO week of the published year
        if w(k) == "week", let n = Int(w(k + 1)), (1...53).contains(n), let y = ctx.published?.y {
            let jan4 = Day(y: y, m: 1, d: 4)
            return week(mondayOf(jan4).adding(days: 7 * (n - 1)), k, k + 2, inferred: true)
        }
        return nil
    }

    /// Quarters and halves of a year: 2017-q1, 2017 q1, q3 2019, 2019 H2, this/last/next quarter,
    /// the first quarter of the year, 1st quarter of 2013.
    func quarterLatin(_ toks: [Tokens.Token], _ k: Int, _ t: ScanText, _ ctx: DateContext) -> Found? {
        func w(_ n: Int) -> String { n >= 0 && n < toks.count ? toks[n].lower : "" }
        func year(_ n: Int) -> Int? { w(n).count == 4 ? Int(w(n)).flatMap { (1000...2999).contains($0) ? $0 : nil } : nil }
        /// q1, H2 (a letter glued to its digit): (months in the part, which part)
        func part(_ n: Int) -> (Int, Int)? {
            guard n + 1 < toks.count, toks[n + 1].start == toks[n].end, let p = Int(w(n + 1)) else { return nil }
            if w(n) == "q", (1...4).contains(p) { return (3, p) }
            if w(n) == "h", (1...2).contains(p) { return (6, p) }
            return nil
        }
        func span(_ a: Int, _ endTok: Int, _ y: Int, _ len: Int, _ p: Int, inferred: Bool) -> Found {
            let m0 = (p - 1) * len + 1, m1 = m0 + len - 1
            return Found(a: toks[a].start, b: toks[endTok - 1].end,
                         value: DateValue(start: Day(y: y, m: m0, d: 1).iso, end: Day(y: y, m: m1, d: Day.daysIn(y, m1)).iso,
                                          granularity: len == 3 ? "quarter" : "half-year", inferred: inferred))
        }
        if let y = year(k) {
            let n = w(k + 1) == "-" ? k + 2 : k + 1
            if let (len, p) = part(n) { return span(k, n + 2, y, len, p, inferred: false) }
        }
        if let (len, p) = part(k), let y = year(k + 2) { return span(k, k + 3, y, len, p, inferred: false) }
        if let (len, p) = part(k), w(k + 2) == "-", let y = year(k + 3) { return span(k, k + 4, y, len, p, inferred: false) }
        guard let pub = ctx.published else { return nil }
        let rel = ["this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1]
        if let r = rel[w(k)], w(k + 1) == "quarter" {
            var q = (pub.m - 1) / 3 + r, y = pub.y
            while q < 0 { q += 4; y -= 1 }
            while q > 3 { q -= 4; y += 1 }
            return span(k, k + 2, y, 3, q + 1, inferred: true)
        }
        // 2016 the third quarter; next year's fourth-quarter: the year first
        var yearFirst: (Int, Bool)?, q = k
        if let y = year(k), w(k + 1) == "the" { yearFirst = (y, false); q = k + 1 }
        else if let r = rel[w(k)], w(k + 1) == "year's" || w(k + 1) == "year’s" { yearFirst = (pub.y + r, true); q = k + 2 }
        if w(q) == "the" { q += 1 }
        let ordinals = lex.ordinals.mapValues { $0 < 0 ? 4 : $0 }.filter { $0.value <= 4 }
        var n: Int?
        if w(q) == "el" { q += 1 }
        let quarterWords = ["quarter", "cuarto", "trimestre"]
        let halves = w(q).split(separator: "-").map(String.init)  // fourth-quarter
        if halves.count == 2, halves[1] == "quarter", let o = ordinals[halves[0]] { n = o; q += 1 }
        else if let o = ordinals[w(q)] {
            n = o; q += 1
            if w(q) == "-" { q += 1 }  // the third- quarter
            guard quarterWords.contains(w(q)) else { return nil }
            q += 1
        }
        else if let d = Int(w(q)), (1...4).contains(d), ["st", "nd", "rd", "th"].contains(w(q + 1)), quarterWords.contains(w(q + 2)) { n = d; q += 3 }
        // q1 alone, during Q1: this year's (Q1 results)
        else if yearFirst == nil, let (len, p) = part(k), toks[k].first == 0x51 || toks[k].first == 0x48 || w(k - 1) == "this" {
            return span(k, k + 2, pub.y, len, p, inferred: true)
        }
        guard let n else { return nil }
        if let (y, inf) = yearFirst { return span(k, q, y, 3, n, inferred: inf) }
        if ["of", "in", "de", "del"].contains(w(q)) {
            if let y = year(q + 1) { return span(k, q + 2, y, 3, n, inferred: false) }
            if let (y, used) = yearWords(toks, q + 1) { return span(k, q + 1 + used, y, 3, n, inferred: false) }
            if w(q + 1) == "the", w(q + 2) == "year" { return span(k, q + 3, pub.y, 3, n, inferred: true) }
        }
        // the third quarter this year, the first quarter of next year, el tercer cuarto de este año
        if let (first, e) = relativePeriod("year", toks, q, t, ctx) { return span(k, e, first.y, 3, n, inferred: true) }
        // the third- quarter: this year's (a bare "cuarto" may be a room)
        if halves.count == 2 || w(q - 2) == "-" || w(q - 1) == "trimestre" { return span(k, q, pub.y, 3, n, inferred: true) }
        return nil
    }
}

extension DateExtractor {
    /// next week between Wednesday and Friday, this week from Monday to Wednesday, la próxima
    /// semana de lunes a miércoles: those days of that week.
    func weekdaysOf(_ f: Found, _ t: ScanText) -> Found {
        guard f.kind == .date, f.value.granularity == "week", f.value.range != true, let s = f.value.start.flatMap(Day.parse) else { return f }
        func word(_ k: Int) -> (String, Int)? {
            var e = k
            while isLatinLetter(t[e]) { e += 1 }
            return e > k ? (foldedLatin(t.norm(k, e)), e) : nil
        }
        var k = f.b
        guard t[k] == 0x20 else { return f }
        k += 1
        for (open, joins) in [("between ", ["and "]), ("from ", ["to ", "through ", "until "]), ("entre ", ["y "]), ("de ", ["a "]), ("del ", ["al "])]
        where t.hasPrefixFolded(open, at: k) {
            let a = k + open.unicodeScalars.count
            guard let (w1, e1) = word(a), let d1 = lex.weekdays[w1], t[e1] == 0x20 else { return f }
            guard let join = joins.first(where: { t.hasPrefixFolded($0, at: e1 + 1) }) else { return f }
            guard let (w2, e2) = word(e1 + 1 + join.unicodeScalars.count), let d2 = lex.weekdays[w2], d2 >= d1 else { return f }
            var g = f
            g.b = e2
            g.value = DateValue(start: s.adding(days: d1 - 1).iso, end: s.adding(days: d2 - 1).iso, granularity: "day",
                                inferred: f.value.inferred, range: true)
            return g
        }
        return f
    }
}
