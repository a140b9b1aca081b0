import GleanerModel

/// Calendar arithmetic on (year, month, day).
struct Day: Equatable {
    var y: Int, m: Int, d: Int
    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    var ordinal: Int {  // days since 0000-03-01 style epoch
        let a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3
        return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045
    }
    init(y: Int, m: Int, d: Int) { self.y = y; self.m = m; self.d = d }
    init(ordinal jd: Int) {
        let a = jd + 32044, b = (4 * a + 3) / 146097, c = a - 146097 * b / 4
        let d1 = (4 * c + 3) / 1461, e = c - 1461 * d1 / 4, m1 = (5 * e + 2) / 153
        d = e - (153 * m1 + 2) / 5 + 1; m = m1 + 3 - 12 * (m1 / 10); y = 100 * b + d1 - 4800 + m1 / 10
    }
    func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }
    var weekday: Int { ordinal % 7 + 1 }  // 1 = Monday
    /// The whole day, week (Monday first), month or year `offset` units away: 明天, next week, 去年.
    func period(_ unit: Substring, _ offset: Int) -> (Day, Day)? {
        switch unit {
        case "day": let s = adding(days: offset); return (s, s)
        case "week": let s = adding(days: 7 * offset - (weekday - 1)); return (s, s.adding(days: 6))
        case "month":
            var mm = m + offset, yy = y
            while mm < 1 { mm += 12; yy -= 1 }
            while mm > 12 { mm -= 12; yy += 1 }
            return (Day(y: yy, m: mm, d: 1), Day(y: yy, m: mm, d: Day.daysIn(yy, mm)))
        case "year": return (Day(y: y + offset, m: 1, d: 1), Day(y: y + offset, m: 12, d: 31))
        default: return nil
        }
    }
    /// The same day `n` days, weeks, months or years away (the day clamped to the month's last).
    func shifted(_ unit: String, by n: Int) -> Day? {
        switch unit {
        case "day": return adding(days: n)
        case "week": return adding(days: 7 * n)
        case "month", "year":
            var mm = m + (unit == "month" ? n : 12 * n), yy = y
            while mm < 1 { mm += 12; yy -= 1 }
            while mm > 12 { mm -= 12; yy += 1 }
            return Day(y: yy, m: mm, d: min(d, Day.daysIn(yy, mm)))
        default: return nil
        }
    }
    var iso: String {
        (y < 1000 ? String(repeating: "0", count: 4 - String(y).count) : "") + "\(y)-" + (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
    }
    static func parse(_ s: String?) -> Day? {
        guard let s else { return nil }
        let p = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard p.count == 3, (1...12).contains(p[1]), (1...31).contains(p[2]) else { return nil }
        return Day(y: p[0], m: p[1], d: p[2])
    }
}

/// What dates are resolved against: the published date, and the dates mentioned so far.
struct DateContext {
    var published: Day?
    /// The published time of day, when the published date has one (2018-08-30T14:16:03).
    var publishedClock: Clock?
    var lastDay: Day?
    var lastYear: Int?
    var lastMonth: Int?

    var year: Int? { lastYear ?? published?.y }

    mutating func saw(_ v: DateValue) {
        guard !v.unknown, let s = v.start, !s.hasPrefix("--") else { return }
        let p = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        if let y = p.first { lastYear = y }
        if p.count > 1 { lastMonth = p[1] }
        if ["day", "part-of-day", "hour", "minute", "second"].contains(v.granularity), let d = Day.parse(s) { lastDay = d }
    }
}

/// A date or time found: scan range [a, b), its value, its type, and the part of the day a
/// relative word said (今晚, tonight), for a time after it.
struct Found {
    var a: Int; var b: Int; var value: DateValue
    var kind: Entity.Kind = .date
    var part: String? = nil
    /// A duration's or a recurrence's value, for those kinds.
    var other: EntityValue? = nil
}

/// Dates in Chinese, Spanish and English: absolute, partial, ranges, relative, placeholders.
struct DateExtractor {
    let lex: ExtractLexicons
    /// 27/11 is the 27th of November in Spanish, 5/3/18 the 3rd of May in English.
    var dayFirst = false
    static let nian: UInt32 = 0x5E74, yue: UInt32 = 0x6708, ri: UInt32 = 0x65E5, hao: UInt32 = 0x53F7, hao2: UInt32 = 0x865F
    static let connectors: Set<UInt32> = [0x81F3 /*至*/, 0x5230 /*到*/, 0x2014, 0x2013, 0x2D, 0x7E, 0xFF5E, 0xFF0D, 0x301C]

    func extract(_ t: ScanText, context ctx: inout DateContext) -> [Found] {
        var out: [Found] = []
        let tokens = Tokens(t)
        let tokAt = TokenStarts(tokens, count: t.count)
        var i = 0
        while i < t.count {
            // a recurrence first: Friday mornings and every monday are no single days
            var f = tokAt[i] != nil && !isDigit(t[i - 1]) || t[i] == 0x6BCF /*每*/ ? recurrenceAt(t, i) : nil
            if f == nil { f = dateAt(t, i, tokens: tokens, tokAt: tokAt, ctx).map { openRange(attachTime($0, t), t) } }
            if let g = f { f = dateTimeRange(g, t, tokens: tokens, tokAt: tokAt, ctx) }
            if let g = f { f = twoDateRange(halfPeriod(g, t, ctx), t, tokens: tokens, tokAt: tokAt, ctx) }
            if f == nil, !isDigit(t[i - 1]), t[i - 1] != 0x2E, t[i - 1] != 0x2C, t[i - 1] != 0x3A, !(isDigit(t[i]) && isLatinLetter(t[i - 1])),
               tokAt[i] != nil || isDigit(t[i]) || t[i] == 0xBD /*½*/ || isHan(t[i]) && (lex.timeWords.zhStarts.contains(t[i]) || Numbers.isCN(t[i])) {
                f = timeAt(t, i, tokens: tokens, tokAt: tokAt, ctx).map { openRange($0, t) }
                    ?? durationAt(t, i, ctx)
            }
            if let f {
                if f.kind == .date { ctx.saw(f.value) }
                out.append(f)
                i = f.b
            } else { i += 1 }
        }
        return out
    }

    /// before 2010, after Feb 2018, since August, desde 2015, 2010年以前, 2015年以来: one end open.
    /// `before` ends the day before the date starts, `after` starts the day after it ends,
    /// `since` starts with it.
    func openRange(_ f: Found, _ t: ScanText) -> Found {
        // before 2.30pm, as late as 7:00 am: a time of day is its own bound
        let clock = f.kind == .time && f.value.start == f.value.end && f.value.start != nil
        guard clock || f.kind == .date, !f.value.unknown else { return f }
        let s = f.value.start.flatMap(Day.parse), e = f.value.end.flatMap(Day.parse)
        guard clock || (s != nil && e != nil && f.value.start?.count == 10) else { return f }
        var g = f, side = ""
        for (w, kind) in [("before or on ", "by"), ("on or before ", "by"), ("later than or at ", "since"), ("at or after ", "since"),
                          ("on or after ", "since"), ("before the ", "before"), ("after the ", "after"), ("before ", "before"), ("after ", "after"), ("since ", "since"), ("antes de ", "before"), ("antes del ", "before"),
                          ("después de ", "after"), ("después del ", "after"), ("desde ", "since"), ("starting on ", "since"),
                          ("starting ", "since"), ("beginning on ", "since"), ("beginning ", "since"), ("no later than ", "before"),
                          ("later than ", "after"), ("as late as ", "before"), ("as early as ", "since"), ("greater than ", "after"),
                          ("by ", "by"), ("any time ", "since"), ("anytime ", "since"), ("antes ", "before")] {
            let n = w.unicodeScalars.count
            if f.a >= n, t.hasPrefixFolded(w, at: f.a - n), !isLatinLetter(t[f.a - n - 1]) { side = kind; g.a = f.a - n; break }
        }
        if side.isEmpty {
            for (w, kind) in [("以前", "before"), ("之前", "before"), ("以后", "after"), ("之后", "after"), ("以来", "since")]
            where t.hasPrefix(w, at: f.b) { side = kind; g.b = f.b + 2; break }
        }
        if clock {
            switch side {
            case "before": g.value.start = nil
            case "after", "since": g.value.end = nil
            default: return f
            }
            return g
        }
        guard let s, let e else { return f }
        // by the 5th, before the end of this year: up to and including its end
        if side == "before", f.part == "late" { side = "by" }
        switch side {
        case "by": g.value.start = nil; g.value.end = e.iso
        case "before": g.value.start = nil; g.value.end = s.adding(days: -1).iso
        case "after": g.value.start = e.adding(days: 1).iso; g.value.end = nil
        case "since": g.value.end = nil
        default: return f
        }
        return g
    }

    /// Two days with their times as the ends of one range: 从昨天下午两点到明天四点,
    /// 1月15号4点和2月3号9点之间.
    func dateTimeRange(_ f: Found, _ t: ScanText, tokens: Tokens, tokAt: TokenStarts, _ ctx: DateContext) -> Found {
        guard f.kind == .date, let s = f.value.start, s.contains("T"), f.value.start == f.value.end,
              Self.connectors.contains(t[f.b]) || t[f.b] == 0x548C /*和*/,
              let g = dateAt(t, f.b + 1, tokens: tokens, tokAt: tokAt, ctx).map({ attachTime($0, t) }),
              let e = g.value.end, e.contains("T"), e > s else { return f }
        var b = g.b
        if t[f.b] == 0x548C { guard t.hasPrefix("之间", at: b) else { return f }; b += 2 }
        let a = t[f.a - 1] == 0x4ECE /*从*/ ? f.a - 1 : f.a
        return Found(a: a, b: b, value: DateValue(start: s, end: e, granularity: f.value.granularity, inferred: f.value.inferred || g.value.inferred,
                                                  range: true))
    }

    /// Two dates as the ends of one range: de 1/10 a 11/7, entre 30 Jul. y 30 Sept., from
    /// January 12, 2016 to 01/22/2016, desde 01/agosto/2019 hasta hoy, between today and tomorrow.
    /// "y"/"and" join only after entre/between.
    func twoDateRange(_ f: Found, _ t: ScanText, tokens: Tokens, tokAt: TokenStarts, _ ctx: DateContext) -> Found {
        if f.kind == .date, f.value.range == true {
            // from 10/1/2018-10/7/2018: the opener belongs to a range already read
            var g = f
            for o in ["from ", "between ", "entre ", "desde "] where f.a >= o.unicodeScalars.count && t.hasPrefixFolded(o, at: f.a - o.unicodeScalars.count) {
                g.a = f.a - o.unicodeScalars.count
            }
            return g
        }
        guard f.kind == .date, !f.value.unknown, let s0 = f.value.start, !s0.hasPrefix("--") else { return f }
        var k = f.b
        if t[k] == 0x2E { k += 1 }  // Jul.
        while t[k] == 0x20 || t[k] == 0x2C { k += 1 }
        var opener: (String, Int)?
        for o in ["entre el ", "entre ", "between ", "desde el ", "desde ", "from ", "de ", "del "] {
            let n = o.unicodeScalars.count
            if f.a >= n, t.hasPrefixFolded(o, at: f.a - n), !isLatinLetter(t[f.a - n - 1]) { opener = (o, n); break }
        }
        var joined = -1, unopened = false
        for c in ["hasta el ", "hasta ", "until ", "till ", "through ", "to ", "al ", "a ", "y el ", "y ", "and ", "- ", "– ", "-", "–"]
        where t.hasPrefixFolded(c, at: k) {
            let needsBetween = c.hasPrefix("y") || c.hasPrefix("and")
            let needsFrom = c == "a " || c == "al " || c == "to "
            if needsBetween && !(opener.map { $0.0.hasPrefix("entre") || $0.0.hasPrefix("between") } ?? false) { break }
            if needsFrom && opener == nil && f.value.granularity != "day" { break }
            joined = k + c.unicodeScalars.count
            unopened = needsFrom && opener == nil
            break
        }
        guard joined > 0, var g = dateAt(t, joined, tokens: tokens, tokAt: tokAt, ctx).map({ attachTime($0, t) }),
              g.kind == .date, !g.value.unknown, let e0 = g.value.end, !e0.hasPrefix("--") else { return f }
        // "to" without from joins only dates that say a year
        if unopened && f.value.inferred && g.value.inferred && !t.hasPrefixFolded("to ", at: k) { return f }
        // Nov 18-Dec 19, 2015: the year said at the end holds for the start
        var s = s0
        if f.value.inferred, !g.value.inferred, s.count == 10, e0.count >= 10 {
            let moved = String(e0.prefix(4)) + s.dropFirst(4)
            if Day.parse(moved) != nil, moved <= e0 { s = moved }
        }
        var e = e0
        if e < s, g.value.inferred, e.count == 10, let d = Day.parse(e) {
            // de hoy a 22 de octubre: an end said without its year comes after the start
            e = Day(y: d.y + 1, m: d.m, d: min(d.d, Day.daysIn(d.y + 1, d.m))).iso
        }
        guard e >= s else { return f }

        // Sept.: an abbreviation's point (not a sentence's)
        if t[g.b] == 0x2E, g.b > 0, isLatinLetter(t[g.b - 1]) {
            var l = g.b
            while l > 0, isLatinLetter(t[l - 1]) { l -= 1 }
            if g.b - l <= 4 { g.b += 1 }
        }
        let a = opener.map { f.a - $0.1 } ?? f.a
        let gran = s.count > 10 || e.count > 10 ? finerOf(f.value.granularity, g.value.granularity) : "day"
        return Found(a: a, b: g.b, value: DateValue(start: s, end: e, granularity: s.count == 10 && e.count == 10 ? "day" : gran,
                                                    inferred: f.value.inferred || g.value.inferred, range: true))
    }

    func finerOf(_ a: String, _ b: String) -> String {
        let rank = ["second": 0, "minute": 1, "hour": 2, "part-of-day": 3, "day": 4]
        return (rank[a] ?? 5) <= (rank[b] ?? 5) ? a : b
    }

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
                            "tercera": 3, "tercer": 3, "cuarta": 4, "quinta": 5, "última": -1, "ultima": -1]
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
        if let n, w(q) == "week" || w(q) == "semana", w(q + 1) == "of" || w(q + 1) == "de" || w(q + 1) == "del" {
            var r = q + 2, m: Int?, y: Int?
            if let mm = lex.months[w(r)] ?? lex.months[w(r) + "."] { m = mm; r += 1 }
            if w(r).count == 4, let yy = Int(w(r)), (1000...2999).contains(yy) { y = yy; r += 1 }
            guard m != nil || y != nil, let year = y ?? ctx.published?.y else { return nil }
            let first = m ?? 1, last = m ?? 12
            let anchor = n > 0 ? Day(y: year, m: first, d: 4).adding(days: 7 * (n - 1))
                               : Day(y: year, m: last, d: Day.daysIn(year, last)).adding(days: -3)
            return week(mondayOf(anchor), k, r, inferred: y == nil)
        }
        // the week of April 10th, la semana de 30 de noviembre, semana de 15 septiembre
        let wk = (w(k) == "the" || w(k) == "la") ? k + 1 : k
        if w(wk) == "week" || w(wk) == "semana", w(wk + 1) == "of" || w(wk + 1) == "de" || w(wk + 1) == "del", wk + 2 < toks.count,
           let d = latin(toks, wk + 2, t, ctx), d.a == toks[wk + 2].start, let day = singleDay(d) {
            var f = week(mondayOf(day), k, wk + 2, inferred: d.value.inferred)
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
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4]
        var q = w(k) == "the" ? k + 1 : k, n: Int?
        if let o = ordinals[w(q)] { n = o; q += 1 }
        else if let d = Int(w(q)), (1...4).contains(d), ["st", "nd", "rd", "th"].contains(w(q + 1)) { n = d; q += 2 }
        if let n, w(q) == "quarter", w(q + 1) == "of" {
            if let y = year(q + 2) { return span(k, q + 3, y, 3, n, inferred: false) }
            if w(q + 2) == "the", w(q + 3) == "year" { return span(k, q + 4, pub.y, 3, n, inferred: true) }
        }
        return nil
    }

    /// earlier this month, later this week, later in the year, earlier previous week: the first or
    /// second half of the period (a week splits Monday–Wednesday / Thursday–Sunday, a month at
    /// the 15th, a year at June), the second half starting no earlier than the published day.
    func halfPeriod(_ f: Found, _ t: ScanText, _ ctx: DateContext) -> Found {
        guard f.kind == .date, ["week", "month", "year"].contains(f.value.granularity), f.value.range != true,
              let s = f.value.start.flatMap(Day.parse), let e = f.value.end.flatMap(Day.parse) else { return f }
        var half = 0, a = f.a
        for (w, h) in [("earlier in ", -1), ("later in ", 1), ("earlier ", -1), ("later ", 1), ("the end of ", 1), ("end of ", 1),
                       ("the beginning of ", -1), ("beginning of ", -1), ("a fines de ", 1), ("a fines del ", 1),
                       ("fines de ", 1), ("fines del ", 1), ("a finales de ", 1), ("a finales del ", 1), ("finales de ", 1),
                       ("finales del ", 1), ("a principios de ", -1), ("principios de ", -1), ("principios del ", -1),
                       ("comienzos de ", -1), ("inicios de ", -1)] {
            let n = w.unicodeScalars.count
            if f.a >= n, t.hasPrefixFolded(w, at: f.a - n), !isLatinLetter(t[f.a - n - 1]) { half = h; a = f.a - n; break }
        }
        if f.part == "late" { half = 1 }  // end of the month, EOY
        guard half != 0 else { return f }
        let mid: Day
        switch f.value.granularity {
        case "week": mid = s.adding(days: 3)
        case "month": mid = Day(y: s.y, m: s.m, d: 16)
        default: mid = Day(y: s.y, m: 7, d: 1)
        }
        var g = f
        g.a = a
        if half < 0 {
            g.value.end = mid.adding(days: -1).iso
        } else {
            // later this week starts no earlier than today; the end of the month or year is its half
            let clip = f.part != "late" || f.value.granularity == "week"
            let today = ctx.published.map { clip && $0.ordinal > mid.ordinal && $0.ordinal <= e.ordinal ? $0 : mid } ?? mid
            g.value.start = today.iso
        }
        g.value.granularity = "day"
        return g
    }

    /// The date that starts at i, if any.
    func dateAt(_ t: ScanText, _ i: Int, tokens: Tokens, tokAt: TokenStarts, _ ctx: DateContext) -> Found? {
        let v = t[i]
        var f: Found?
        if isDigit(v) && !isDigit(t[i - 1]) && t[i - 1] != 0x2E {
            f = iso(t, i, ctx) ?? slashDate(t, i, ctx)
            if f == nil, t[i - 1] != 0x3A { f = placeholderYear(t, i) ?? monthDot(t, i, ctx) ?? lineEndMonthDay(t, i, ctx) }
        }
        if f == nil, isDigit(v) || Numbers.isCN(v) || v == 0x7B2C /*第*/ || [0x6B63, 0x814A, 0x51AC].contains(v) /*正腊冬月*/,
           !isDigit(t[i - 1]), t[i - 1] != 0x7B2C {
            f = chinese(t, i, ctx) ?? quarter(t, i, ctx)
        }
        if f == nil, isHan(v) {
            f = weekdayZh(t, i, ctx)
            // relative words, eras and holidays all start with a word of the list: look once
            if f == nil, lex.dateWordsZh.hasEdge(from: v) { f = relativeZh(t, i, ctx) ?? eraOrDecade(t, i, ctx) ?? holiday(t, i, ctx) }
            if f == nil, Numbers.isCN(v) { f = decade(t, i) }
        }
        if f == nil, isLatinLetter(v), !isLatinLetter(t[i - 1]) { f = holiday(t, i, ctx) }
        if f == nil, let k = tokAt[i], isLatinLetter(v) || isDigit(v), !isLatinLetter(t[i - 1]) {
            f = latin(tokens.items, k, t, ctx)
        }
        return f
    }

    // MARK: Chinese

    struct Parts { var y: Int?; var m: Int?; var d: Int?; var yUnknown = false; var standalone = false }

    /// 2022年3月17日, 二〇一七年, 3月26 (before 上午), 廿一日; `dayOnly` allows 23日 (right side of a range).
    func zhParts(_ t: ScanText, _ i: Int, dayOnly: Bool) -> (Parts, Int)? {
        var p = Parts()
        var j = i
        // 民国三年, 康熙二十年9月, 神龙元年: a year of an era, counted from its first year
        if let w = lex.dateWordsZh.longest(t, at: j), let first = w.values.first(where: { $0.kind == "era" }).flatMap({ Int($0.value) }) {
            if t[w.end] == 0x5143 /*元*/, t[w.end + 1] == Self.nian { p.y = first; j = w.end + 2 }
            else if let (n, e) = number(t, w.end), n >= 1, e - w.end <= 3, t[e] == Self.nian { p.y = first + n - 1; j = e + 1 }
            else { return nil }
        } else if Numbers.isCN(t[j]), let (n, e) = number(t, j), e - j >= 2, t[e] == Self.nian, let (mm, e2) = number(t, e + 1), (1...12).contains(mm),
                  t[e2] == Self.yue {
            p.y = n; j = e + 1  // 两千年八月十五, 三六七年一月一日
        } else if let (n, e) = number(t, j), e - j == 4 {
            // 2008年, 2008 年
            if t[e] == Self.nian { p.y = n; j = e + 1 } else if t[e] == 0x20, t[e + 1] == Self.nian { p.y = n; j = e + 2 }
            // 2018年 12月
            if p.y != nil, t[j] == 0x20, let (_, e2) = number(t, j + 1), t[e2] == Self.yue { j += 1 }
        } else if isDigit(t[j]), isDigit(t[j + 1]), t[j + 2] == Self.nian, let (n, _) = number(t, j),
                  t[j] == 0x30 || number(t, j + 3).map({ t[$0.1] == Self.yue }) == true {
            // 08年, 18年10月1日: a two-digit year (with a month after it, or a leading zero),
            // 00–68 in this century and 69–99 in the last, as POSIX strptime reads %y
            p.y = n < 69 ? 2000 + n : 1900 + n; j += 3
        }
        if let (n, e) = number(t, j), e - j <= 2, (1...12).contains(n), t[e] == Self.yue {
            p.m = n; j = e + 1
            if t[j] == 0x4EFD /*份*/ { j += 1 }
        } else if let w = lex.dateWordsZh.longest(t, at: j), !Numbers.isCN(t[j]), !isDigit(t[j]),
                  let m = w.values.first(where: { $0.kind == "month" }).flatMap({ Int($0.value) }) {
            p.m = m; j = w.end  // 正月, 腊月
        }
        if p.m != nil, t[j] == 0x521D /*初*/, let (n, e) = number(t, j + 1), (1...10).contains(n) {
            p.d = n; j = e  // 十月初一
        } else if p.m != nil || dayOnly, let (n, e) = number(t, j), e - j <= 3, (1...31).contains(n) {
            if t[e] == Self.ri || t[e] == Self.hao || t[e] == Self.hao2 { p.d = n; j = e + 1 }
            else if p.m != nil, let pod = lex.dateWordsZh.longest(t, at: e), pod.values.contains(where: { $0.kind == "part-of-day" }) {
                p.d = n; j = e
            } else if p.m != nil, !isHan(t[e]) || t[e] == 0x5230 || t[e] == 0x81F3, !isDigit(t[e]), ![0x2E, 0x25, 0x2F, 0x3A, 0x2D].contains(t[e]) {
                p.d = n; j = e  // 八月十五 at the end of a sentence
            }
        }
        if p.y == nil && p.m == nil && !dayOnly {
            // 29日 alone: a day of the month in context (not 日本, 日元)
            guard p.d == nil, let (n, e) = number(t, j), e - j <= 2, (1...31).contains(n), t[e] == Self.ri,
                  t[e + 1] != 0x672C, t[e + 1] != 0x5143, !isDigit(t[i - 1]), t[i - 1] != Self.yue else { return nil }
            p.d = n; p.standalone = true
            return (p, e + 1)
        }
        if p.y == nil && p.m == nil && p.d == nil { return nil }
        return (p, j)
    }

    func number(_ t: ScanText, _ i: Int) -> (Int, Int)? {
        if isDigit(t[i]) {
            var j = i, n = 0
            while isDigit(t[j]), j - i < 4 { n = n * 10 + Int(t[j] - 0x30); j += 1 }
            if isDigit(t[j]) { return nil }
            return (n, j)
        }
        if let (v, e) = Numbers.chinese(t, at: i, allowBig: false, maxLen: 4) { return (Int(v), e) }
        return nil
    }

    func chinese(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard let (p, e0) = zhParts(t, i, dayOnly: false) else { return nil }
        var j = e0
        var inferred = false
        let year = p.y ?? { inferred = true; return ctx.year }()
        var startDay: Day?, endDay: Day?
        var gran = "day"
        if let m = p.m, let d = p.d, let y = year {
            // 2019年2月29日, 2月30日: a day no calendar has is named, but cannot be resolved
            guard d <= Day.daysIn(y, m) else { return Found(a: i, b: j, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true)) }
            startDay = Day(y: y, m: m, d: d); endDay = startDay
        } else if let m = p.m, let y = year {
            gran = "month"
            startDay = Day(y: y, m: m, d: 1); endDay = Day(y: y, m: m, d: Day.daysIn(y, m))
            // 上旬 / 中旬 / 下旬, 初 / 底
            if let w = lex.dateWordsZh.longest(t, at: j), let pw = w.values.first(where: { $0.kind == "part-of-period" }) {
                let part = pw.value.split(separator: ":").last.map(String.init) ?? ""
                switch part {
                case "early": endDay = Day(y: y, m: m, d: 10); j = w.end
                case "mid": startDay = Day(y: y, m: m, d: 11); endDay = Day(y: y, m: m, d: 20); j = w.end
                case "late": startDay = Day(y: y, m: m, d: 21); j = w.end
                default: break
                }
            }
        } else if let y = p.y, p.m == nil {
            gran = "year"
            startDay = Day(y: y, m: 1, d: 1); endDay = Day(y: y, m: 12, d: 31)
        } else if p.standalone, let d = p.d, let y = year, let m = ctx.lastMonth ?? ctx.published?.m {
            // the month in context, or the one before it when that has no such day (29日 in February)
            let (yy, mm) = d <= Day.daysIn(y, m) ? (y, m) : m == 1 ? (y - 1, 12) : (y, m - 1)
            guard d <= Day.daysIn(yy, mm) else { return nil }
            startDay = Day(y: yy, m: mm, d: d); endDay = startDay; inferred = true
        } else if p.m != nil && p.d != nil {
            // no year anywhere: a month-day
            let v = DateValue(start: String(format2("--", p.m!, p.d!)), end: String(format2("--", p.m!, p.d!)),
                              granularity: "day", inferred: true)
            return Found(a: i, b: partOfDay(t, j), value: v)
        } else { return nil }
        let dayEnd = j
        if gran == "day" { j = partOfDay(t, j) }
        // range: 至 / 到 / — / - / ~ and an elided right side
        var k = j
        var ranged = false
        while t[k] == 0x20 { k += 1 }
        if Self.connectors.contains(t[k]) {
            var r = k + 1
            while t[r] == 0x20 { r += 1 }
            if let (q, e) = zhParts(t, r, dayOnly: gran == "day"), let s = startDay {
                let y2 = q.y ?? s.y
                let m2 = q.m ?? (gran == "year" && q.y != nil ? 12 : s.m)
                var d2: Int
                if let d = q.d { d2 = d } else { d2 = Day.daysIn(y2, m2) }
                if q.y != nil && q.m == nil && gran == "year" { d2 = 31 }
                if (1...12).contains(m2), d2 <= Day.daysIn(y2, m2) {
                    let end = Day(y: y2, m: m2, d: d2)
                    if end.ordinal >= s.ordinal {
                        endDay = end
                        j = q.d != nil ? partOfDay(t, e) : e
                        ranged = true
                    }
                }
            }
        }
        guard let s = startDay, let en = endDay else { return nil }
        // A single day leaves its part of the day (上午) and any time to attachTime.
        if !ranged { j = dayEnd }
        // 从一月十日到十二日: the 从 opening the range belongs to it
        let a = ranged && t[i - 1] == 0x4ECE /*从*/ ? i - 1 : i
        return Found(a: a, b: j, value: DateValue(start: s.iso, end: en.iso, granularity: gran, inferred: inferred, range: ranged ? true : nil))
    }

    func format2(_ prefix: String, _ m: Int, _ d: Int) -> String {
        prefix + (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
    }

    func partOfDay(_ t: ScanText, _ j: Int) -> Int {
        if let w = lex.dateWordsZh.longest(t, at: j), w.values.contains(where: { $0.kind == "part-of-day" }) { return w.end }
        return j
    }

    /// 第一季度
    func quarter(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard t[i] == 0x7B2C, let (n, e) = number(t, i + 1), (1...4).contains(n),
              t[e] == 0x5B63, t[e + 1] == 0x5EA6, let y = ctx.year else { return nil }
        let m0 = (n - 1) * 3 + 1
        return Found(a: i, b: e + 2, value: DateValue(start: Day(y: y, m: m0, d: 1).iso,
                                                      end: Day(y: y, m: m0 + 2, d: Day.daysIn(y, m0 + 2)).iso,
                                                      granularity: "quarter", inferred: true))
    }

    /// 今年, 去年, 当天, 此前一周 …
    func relativeZh(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard let w = lex.dateWordsZh.longest(t, at: i), let dw = w.values.first(where: { $0.kind == "relative" }) else { return nil }
        let word = t.norm(i, w.end)
        let contextual = ["当", "同", "次", "此"].contains { word.hasPrefix($0) }
        let anchor = contextual ? (ctx.lastDay ?? ctx.published) : ctx.published
        guard let a = anchor else { return nil }
        if dw.value == "past" {
            // 此前一周 / 此前三天: the period just before the anchor
            guard word == "此前", let (n, e) = number(t, w.end) else { return nil }
            var days = 0, end = e
            if t[e] == 0x5468 || t[e] == 0x9031 || t[e] == 0x661F { days = 7 * n; end = e + 1 }
            else if t[e] == 0x5929 || t[e] == 0x65E5 { days = n; end = e + 1 }
            else { return nil }
            return Found(a: i, b: end, value: DateValue(start: a.adding(days: -days).iso, end: a.adding(days: -1).iso,
                                                        granularity: "day", inferred: true))
        }
        let parts = dw.value.split(separator: ":")
        guard parts.count >= 2, let off = Int(parts[1]) else { return nil }
        // 同年 / 次年 count from the year last mentioned, 去年 from the published date
        let base = parts[0] == "year" && contextual ? Day(y: ctx.lastYear ?? a.y, m: 1, d: 1) : a
        let (s, e, g) = base.period(parts[0], off).map { ($0.0, $0.1, String(parts[0])) } ?? (a, a, "day")
        // 明年四月, 去年5月, 今年第一季度: a month or quarter of that year; 本月十日: a day of that month
        var ctx2 = ctx
        ctx2.lastYear = s.y
        ctx2.lastMonth = s.m
        if g == "year", let f = chinese(t, w.end, ctx2) ?? quarter(t, w.end, ctx2), f.a == w.end, f.value.start?.hasPrefix(String(s.y)) == true {
            var f = f
            f.a = i
            f.value.inferred = true
            return f
        }
        if g == "month", let (d, e2) = number(t, w.end), t[e2] == Self.ri || t[e2] == Self.hao, d >= 1, d <= Day.daysIn(s.y, s.m) {
            let day = Day(y: s.y, m: s.m, d: d)
            return Found(a: i, b: e2 + 1, value: DateValue(start: day.iso, end: day.iso, granularity: "day", inferred: true))
        }
        return Found(a: i, b: w.end, value: DateValue(start: s.iso, end: e.iso, granularity: g, inferred: true),
                     part: parts.count > 2 ? String(parts[2]) : nil)
    }

    /// 国庆节, Christmas, independence day of this year, Día del Trabajador: a holiday on a fixed
    /// day (date-words.tsv), in the year said after it or the year in context.
    func holiday(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        let zh = isHan(t[i])
        guard let w = (zh ? lex.dateWordsZh : lex.dateWordsLatin).longest(t, at: i), zh || !isLatinLetter(t[w.end]),
              let md = w.values.first(where: { $0.kind == "holiday" })?.value.split(separator: "-").compactMap({ Int($0) }),
              md.count == 2 else { return nil }
        // Día Internacional de los Trabajadores Sociales, Día del Trabajo Social: a longer name
        if !zh, t[w.end] == 0x20, isUpper(t[w.end + 1]) { return nil }
        var end = w.end, year = ctx.year, inferred = true
        for p in [" of this year", " de este año"] where t.hasPrefixFolded(p, at: end) { end += p.unicodeScalars.count }
        for p in [" of ", " de ", " ", ""] where t.hasPrefixFolded(p, at: end) {
            let k = end + p.unicodeScalars.count
            if isDigit(t[k]), isDigit(t[k + 3]), !isDigit(t[k + 4]), let (y, e) = number(t, k), e - k == 4 {
                year = y; end = e; inferred = false
                if zh, t[e] == Self.nian { end = e + 1 }
                break
            }
        }
        guard let y = year else { return nil }
        let d = Day(y: y, m: md[0], d: md[1])
        return Found(a: i, b: end, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: inferred))
    }

    /// 民国三年 (an era's year, through chinese()), 九十年代, 十九世纪七十年代 (a decade).
    func eraOrDecade(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        if let w = lex.dateWordsZh.longest(t, at: i), w.values.contains(where: { $0.kind == "era" }) { return chinese(t, i, ctx) }
        return decade(t, i)
    }

    /// 九十年代 (the 1990s), 十九世纪七十年代 (the 1870s), 20世纪80年代.
    func decade(_ t: ScanText, _ i: Int) -> Found? {
        var j = i, century: Int?
        if let (c, e) = number(t, j), e - j <= 2, t[e] == 0x4E16 /*世*/, t[e + 1] == 0x7EAA /*纪*/ { century = c; j = e + 2 }
        guard let (n, e) = number(t, j), n >= 10, n <= 90, n % 10 == 0, t[e] == Self.nian, t[e + 1] == 0x4EE3 /*代*/ else { return nil }
        let y = ((century ?? 20) - 1) * 100 + n
        return Found(a: i, b: e + 2, value: DateValue(start: Day(y: y, m: 1, d: 1).iso, end: Day(y: y + 9, m: 12, d: 31).iso,
                                                      granularity: "decade", inferred: century == nil))
    }

    /// 周一, 星期三, 上周五, 下个星期一: that day of this, the last or the next week.
    func weekdayZh(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        // 上 下 本 这 周 星 礼: the only characters one starts with
        guard [0x4E0A, 0x4E0B, 0x672C, 0x8FD9, 0x5468, 0x661F, 0x793C].contains(t[i]), let a = ctx.lastDay ?? ctx.published else { return nil }
        var j = i, shift = 0
        for (p, n) in [("上个", -1), ("下个", 1), ("上", -1), ("下", 1), ("本", 0), ("这个", 0), ("这", 0)] where t.hasPrefix(p, at: j) {
            if let w = lex.dateWordsZh.longest(t, at: j + p.unicodeScalars.count), w.values.contains(where: { $0.kind == "weekday" }) {
                j += p.unicodeScalars.count; shift = n
            }
            break
        }
        guard let w = lex.dateWordsZh.longest(t, at: j),
              let wd = w.values.first(where: { $0.kind == "weekday" }).flatMap({ Int($0.value) }) else { return nil }
        let d = a.adding(days: wd - a.weekday + 7 * shift)
        return Found(a: i, b: w.end, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: true))
    }

    // MARK: numeric forms

    /// 2024-04-01, 2024-04-01 06:45:00, 2024/4/1
    func iso(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        var j = i
        var y = 0
        // 12-2015, 11~2016, 11.2016, 11 - 2016: month and year
        var sepEnd = -1
        if t[i - 1] != 0x2D, t[i - 1] != 0x2E, let (_, e) = number(t, i), e - i <= 2 {
            var k = e
            while t[k] == 0x20 { k += 1 }
            if [0x2D, 0x7E, 0x2E, 0x2F].contains(t[k]) { k += 1; while t[k] == 0x20 { k += 1 }; sepEnd = k }
        }
        if sepEnd > 0, let (m, _) = number(t, i), (1...12).contains(m), isDigit(t[sepEnd]), let (yy, e2) = number(t, sepEnd),
           e2 - sepEnd == 4, !isDigit(t[e2]), t[e2] != 0x2D, t[e2] != 0x2F, !(t[e2] == 0x2E && isDigit(t[e2 + 1])), (1000...2999).contains(yy) {
            return Found(a: i, b: e2, value: DateValue(start: Day(y: yy, m: m, d: 1).iso, end: Day(y: yy, m: m, d: Day.daysIn(yy, m)).iso, granularity: "month"))
        }
        for _ in 0..<4 { guard isDigit(t[j]) else { return nil }; y = y * 10 + Int(t[j] - 0x30); j += 1 }
        // 2015-3, 2015-12, 2016- 11, 2016 - 11: year and month, nothing after
        var ym = j
        while t[ym] == 0x20 { ym += 1 }
        if t[ym] == 0x2D, ym - j <= 1 {
            var k2 = ym + 1
            while t[k2] == 0x20 { k2 += 1 }
            if k2 > ym + 1 || ym > j, let (m, e) = number(t, k2), e - k2 <= 2, (1...12).contains(m), !isDigit(t[e]), t[e] != 0x2D, t[e] != 0x2F {
                return Found(a: i, b: e, value: DateValue(start: Day(y: y, m: m, d: 1).iso, end: Day(y: y, m: m, d: Day.daysIn(y, m)).iso, granularity: "month"))
            }
        }
        if t[j] == 0x2D, let (m, e) = number(t, j + 1), e - j <= 3, (1...12).contains(m), t[e] != 0x2D, t[e] != 0x2F, !isDigit(t[e]),
           t[e] != 0x2E || !isDigit(t[e + 1]) {
            return Found(a: i, b: e, value: DateValue(start: Day(y: y, m: m, d: 1).iso, end: Day(y: y, m: m, d: Day.daysIn(y, m)).iso, granularity: "month"))
        }
        let sep = t[j]
        guard sep == 0x2D || sep == 0x2F || sep == 0x2E || sep == 0x20 && isDigit(t[j + 1]) && isDigit(t[j + 2]) && t[j + 3] == 0x20,
              let (m, e1) = number(t, j + 1), e1 - j <= 3, (1...12).contains(m),
              t[e1] == sep, let (d, e2) = number(t, e1 + 1), e2 - e1 <= 3, d >= 1, d <= Day.daysIn(y, m) else { return nil }
        var end = e2
        var start = Day(y: y, m: m, d: d).iso
        var gran = "day"
        if t[e2] == 0x20 || t[e2] == 0x54, isDigit(t[e2 + 1]), isDigit(t[e2 + 2]), t[e2 + 3] == 0x3A, isDigit(t[e2 + 4]), isDigit(t[e2 + 5]) {
            var s = "T" + t.norm(e2 + 1, e2 + 6)
            end = e2 + 6
            gran = "minute"
            if t[end] == 0x3A, isDigit(t[end + 1]), isDigit(t[end + 2]) { s += t.norm(end, end + 3); end += 3; gran = "second" }
            start += s
        }
        return Found(a: i, b: end, value: DateValue(start: start, end: start, granularity: gran))
    }

    /// 27/11, 5/3/18, 01/22/2016, 28/2-1/3: day and month in the language's order, the year
    /// after them (two digits read as POSIX %y), or the context's year.
    func slashDate(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        func one(_ i: Int, year known: Int?) -> (Day, Int, Bool)? {
            guard !isDigit(t[i - 1]), t[i - 1] != 0x2F, let (a, e1) = number(t, i), e1 - i <= 2, t[e1] == 0x2F || t[e1] == 0x2D,
                  isDigit(t[e1 + 1]), let (b, e2) = number(t, e1 + 1), e2 - e1 <= 3 else { return nil }
            // 02-02-2020: with dashes only when the year follows
            if t[e1] == 0x2D {
                guard t[e2] == 0x2D, let (_, e3) = number(t, e2 + 1), e3 - e2 == 5, !isDigit(t[e3]) else { return nil }
            }
            // 22/04 cannot be month-first, 4/22 cannot be day-first
            let (d, m) = dayFirst && b <= 12 || a > 12 ? (a, b) : (b, a)
            guard (1...12).contains(m), d >= 1 else { return nil }
            var y: Int?, end = e2, inferred = false
            if t[e2] == t[e1], isDigit(t[e2 + 1]), let (c, e3) = number(t, e2 + 1), e3 - e2 == 5 || e3 - e2 == 3 {
                y = e3 - e2 == 5 ? c : (c < 69 ? 2000 + c : 1900 + c); end = e3
            } else {
                // 1/3 de los votos, 2/3 of: a fraction
                guard t[e2] != 0x2F, !t.hasPrefixFolded(" de ", at: e2), !t.hasPrefixFolded(" of ", at: e2),
                      !t.hasPrefixFolded(" del ", at: e2) else { return nil }
                y = known ?? ctx.year; inferred = true
            }
            guard !isDigit(t[end]), !(t[end] == 0x2E && isDigit(t[end + 1])), let yy = y, d <= 31 else { return nil }  // 30/4.85
            // 30/2, 29/2/2019: named, but no such day
            guard d <= Day.daysIn(yy, m) else { return (Day(y: yy, m: m, d: 0), end, inferred) }
            return (Day(y: yy, m: m, d: d), end, inferred)
        }
        // 23.04.2022: day, month and year with points, as European dates are written
        if let (d, e1) = number(t, i), e1 - i <= 2, t[e1] == 0x2E, let (m, e2) = number(t, e1 + 1), e2 - e1 <= 3, t[e2] == 0x2E,
           let (y, e3) = number(t, e2 + 1), e3 - e2 == 5, !isDigit(t[e3]), (1...12).contains(m), d >= 1, d <= Day.daysIn(y, m),
           !isDigit(t[i - 1]), t[i - 1] != 0x2E {
            let day = Day(y: y, m: m, d: d)
            return Found(a: i, b: e3, value: DateValue(start: day.iso, end: day.iso, granularity: "day"))
        }
        guard let (s, e, inf) = one(i, year: nil) else { return nil }
        if s.d == 0 { return Found(a: i, b: e, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true)) }
        if t[e] == 0x2D, let (s2, e2, inf2) = one(e + 1, year: s.y), s2.d > 0 {
            // 5/1-5/7/2020: the year said at the end holds for the start
            let s1 = inf && !inf2 && s.m <= s2.m ? Day(y: s2.y, m: s.m, d: min(s.d, Day.daysIn(s2.y, s.m))) : s
            if s2.ordinal >= s1.ordinal {
                return Found(a: i, b: e2, value: DateValue(start: s1.iso, end: s2.iso, granularity: "day", inferred: inf && inf2, range: true))
            }
        }
        return Found(a: i, b: e, value: DateValue(start: s.iso, end: s.iso, granularity: "day", inferred: inf))
    }

    /// 20xx, 20XX年: a redacted year, flagged unknown.
    func placeholderYear(_ t: ScanText, _ i: Int) -> Found? {
        guard isDigit(t[i]), isDigit(t[i + 1]), !isDigit(t[i + 2]),
              (t[i + 2] == 0x78 && t[i + 3] == 0x78) || (t[i + 2] == 0x58 && t[i + 3] == 0x58), !isLatinLetter(t[i + 4]) else { return nil }
        let end = t[i + 4] == Self.nian ? i + 5 : i + 4
        return Found(a: i, b: end, value: DateValue(start: nil, end: nil, granularity: "year", inferred: false, unknown: true))
    }

    /// 3.21国际社工日, “4.15”: month.day right before Han text or a closing quote.
    func monthDot(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard let (m, e1) = number(t, i), e1 - i <= 2, (1...12).contains(m), t[e1] == 0x2E,
              let (d, e2) = number(t, e1 + 1), e2 - e1 <= 3, (1...31).contains(d) else { return nil }
        let next = t[e2]
        let quote: Set<UInt32> = [0x201D, 0x22, 0x300D, 0x300F]
        guard quote.contains(next) || (isHan(next) && !Numbers.isCN(next) && lex.classifiersZh.longest(t, at: e2) == nil) else { return nil }
        guard let y = ctx.year else {
            return Found(a: i, b: e2, value: DateValue(start: format2("--", m, d), end: format2("--", m, d), granularity: "day", inferred: true))
        }
        guard d <= Day.daysIn(y, m) else { return nil }
        let s = Day(y: y, m: m, d: d).iso
        return Found(a: i, b: e2, value: DateValue(start: s, end: s, granularity: "day", inferred: true))
    }

    /// 方案06-08 at the end of a line: the month-day of a listed article.
    func lineEndMonthDay(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard isHan(t[i - 1]), isDigit(t[i]), isDigit(t[i + 1]), t[i + 2] == 0x2D, isDigit(t[i + 3]), isDigit(t[i + 4]),
              t[i + 5] == 0 || t[i + 5] == 0x0A || t[i + 5] == 0x0D else { return nil }
        let m = Int(t[i] - 0x30) * 10 + Int(t[i + 1] - 0x30), d = Int(t[i + 3] - 0x30) * 10 + Int(t[i + 4] - 0x30)
        guard (1...12).contains(m), d >= 1 else { return nil }
        if let y = ctx.year, d <= Day.daysIn(y, m) {
            let s = Day(y: y, m: m, d: d).iso
            return Found(a: i, b: i + 5, value: DateValue(start: s, end: s, granularity: "day", inferred: true))
        }
        return Found(a: i, b: i + 5, value: DateValue(start: format2("--", m, d), end: format2("--", m, d), granularity: "day", inferred: true))
    }

    // MARK: Spanish and English

    /// Units a count of them shifts a date by: two months ago, hace tres días.
    static let offsetUnits: [String: String] = [
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
        "year": "year", "years": "year", "día": "day", "días": "day", "dia": "day", "dias": "day", "semana": "week",
        "semanas": "week", "mes": "month", "meses": "month", "año": "year", "años": "year",
    ]

    /// A small count as digits or a number word (two, a, dos, una), from number-words.tsv.
    func count(_ word: String, _ toks: [Tokens.Token], _ k: Int) -> Int? {
        guard k < toks.count else { return nil }
        if let n = Int(word), n > 0, n < 1000 { return n }
        for words in [lex.numbers.en, lex.numbers.es] {
            if let w = words[LatinNumberReader.fold(word)], w.kind == "cardinal" || w.kind == "article", w.value >= 1, w.value < 100 {
                return Int(w.value)
            }
        }
        return nil
    }

    func latin(_ toks: [Tokens.Token], _ k: Int, _ t: ScanText, _ ctx: DateContext) -> Found? {
        func w(_ n: Int) -> String { n < toks.count ? toks[n].lower : "" }
        func day(_ n: Int) -> Int? {
            guard n < toks.count, toks[n].first >= 0x30, toks[n].first <= 0x39, let d = Int(toks[n].lower), (1...31).contains(d) else { return nil }
            return d
        }
        /// A day of the month as digits (12, 12th) or words (twenty nine, second, thirty first,
        /// veintinueve): (day, tokens read).
        func dayWords(_ n: Int) -> (Int, Int)? {
            if let d = day(n) { return (d, ordSuffix(n + 1) ? 2 : 1) }
            func one(_ s: String) -> Int? {
                let irregular = ["first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12,
                                 "twentieth": 20, "thirtieth": 30, "primero": 1]
                if let v = irregular[s] { return v }
                let f = LatinNumberReader.fold(s)
                if let c = lex.numbers.en[f] ?? lex.numbers.es[f], c.kind == "cardinal", c.value >= 1, c.value <= 31 { return Int(c.value) }
                if s.hasSuffix("th"), let c = lex.numbers.en[LatinNumberReader.fold(String(s.dropLast(2)))], c.kind == "cardinal",
                   c.value >= 4, c.value <= 19 { return Int(c.value) }
                return nil
            }
            let word = w(n)
            guard n < toks.count, isLatinLetter(toks[n].first) else { return nil }
            let parts = word.split(separator: "-").map(String.init)
            if parts.count == 2, let a = one(parts[0]), let b = one(parts[1]), a % 10 == 0, b < 10, a + b <= 31 { return (a + b, 1) }
            guard parts.count == 1, let a = one(word) else { return nil }
            if a == 20 || a == 30, let b = one(w(n + 1)), b < 10, a + b <= 31 { return (a + b, 2) }
            return (a, 1)
        }
        /// 12th, 1st, 22nd, 3rd: the suffix token right after the digits
        func ordSuffix(_ n: Int) -> Bool {
            n < toks.count && n > 0 && toks[n].start == toks[n - 1].end && ["st", "nd", "rd", "th", "ro", "do", "er", "to", "vo", "no", "mo", "º", "o"].contains(toks[n].lower)
        }
        func year(_ n: Int) -> Int? {
            guard n < toks.count, toks[n].lower.count == 4, let y = Int(toks[n].lower), (1000...2999).contains(y) else { return nil }
            return y
        }
        func month(_ n: Int) -> Int? {
            guard n < toks.count else { return nil }
            let s = toks[n].lower
            // Dic 2008, ABR 2017: a capitalized abbreviation without its point
            guard let m = lex.months[s] ?? lex.months[s + "."] else { return nil }
            // Abbreviations only capitalized (Spanish "mar" is the sea); full names (june, mayo) as
            // written, but "may" is the English verb too
            // (feb 30, aug 1: a lowercase abbreviation before a day number is one too)
            // (ene 2001, sep de 2001, este oct, el último sept: a year after or a determiner before)
            let yearNext = year(n + 1) != nil || (w(n + 1) == "de" && year(n + 2) != nil)
            let determined = n > 0 && (["este", "ultimo", "último", "de", "en"].contains(w(n - 1)) || day(n - 1) != nil) && s != "mar" && s != "may"
            if s.count <= 4 && (!lex.monthNames.contains(s) || s == "may") && !isUpper(toks[n].first),
               !(s != "may" && s != "mar" && n + 1 < toks.count && day(n + 1) != nil), !yearNext, !determined { return nil }
            // May I ask, May we: the verb before a pronoun
            if s == "may", ["i", "we", "you", "he", "she", "it", "they", "be", "not", "have"].contains(w(n + 1)) { return nil }
            return m
        }
        /// in may, since may: a lowercase "may" after a preposition is the month
        func monthAfterPreposition(_ n: Int) -> Int? {
            guard n > 0, w(n) == "may", ["in", "of", "since", "until", "during", "from", "by", "early", "late", "mid"].contains(w(n - 1)),
                  !["i", "we", "you", "he", "she", "it", "they", "be", "not", "have"].contains(w(n + 1)) else { return nil }
            return 5
        }
        /// (year, end token, inferred) after a month: "de 2009", "de este año", ", 2017", "2017"
        func yearAfter(_ n: Int) -> (Int?, Int, Bool) {
            if (w(n) == "de" || w(n) == "del"), let y = year(n + 1) { return (y, n + 2, false) }
            if w(n) == "de", w(n + 1) == "este", w(n + 2) == "año" { return (ctx.published?.y, n + 3, true) }
            if w(n) == ",", let y = year(n + 1) { return (y, n + 2, false) }
            if w(n) == "in" || w(n) == "of", let y = year(n + 1) { return (y, n + 2, false) }  // 28 june in 2020, july 4th of 1995
            if let y = year(n) { return (y, n + 1, false) }
            return (nil, n, true)
        }
        func found(_ a: Int, _ endTok: Int, _ s: Day, _ e: Day, _ g: String, _ inf: Bool, range: Bool = false) -> Found {
            Found(a: toks[a].start, b: toks[endTok - 1].end,
                  value: DateValue(start: s.iso, end: e.iso, granularity: g, inferred: inf, range: range ? true : nil))
        }
        /// A month-day with no year anywhere before it (the year is redacted, 20xx): `--04-09`.
        func monthDay(_ a: Int, _ endTok: Int, _ m: Int, _ d1: Int, _ d2: Int) -> Found? {
            guard d2 <= Day.daysIn(2000, m) else { return nil }
            return Found(a: toks[a].start, b: toks[endTok - 1].end,
                         value: DateValue(start: format2("--", m, d1), end: format2("--", m, d2), granularity: "day", inferred: true))
        }
        let y0 = ctx.year
        // two months ago, hace dos meses; in two weeks, en 3 días: that day, counted from the published one
        do {
            let es = ["hace", "en", "dentro"].contains(w(k))
            let q = w(k) == "dentro" && w(k + 1) == "de" ? k + 2 : (["hace", "in", "en"].contains(w(k)) ? k + 1 : k)
            if let unit = Self.offsetUnits[w(q + 1)], let n = count(w(q), toks, q), let a = ctx.published {
                var sign = 0, end = q + 2
                if q == k, w(q + 2) == "ago" { sign = -1; end = q + 3 }
                else if w(k) == "hace" { sign = -1 }
                else if q > k { sign = 1 }
                if sign != 0, es || !["hace", "en"].contains(w(k)), let d = a.shifted(unit, by: sign * n) {
                    return Found(a: toks[k].start, b: toks[end - 1].end, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: true))
                }
            }
        }
        // from August to October, de agosto a octubre, between March and May (2017)
        if ["from", "between", "de", "desde", "entre"].contains(w(k)), let m1 = month(k + 1),
           ["to", "and", "a", "hasta", "y", "-", "–"].contains(w(k + 2)), let m2 = month(k + 3), m2 >= m1 {
            var (yy, e, inf) = yearAfter(k + 4)
            if yy == nil, w(k + 4) == "in" || w(k + 4) == "en", let y = year(k + 5) { (yy, e, inf) = (y, k + 6, false) }
            if let y = yy ?? y0 {
                return found(k, e, Day(y: y, m: m1, d: 1), Day(y: y, m: m2, d: Day.daysIn(y, m2)), "month", inf || yy == nil, range: true)
            }
        }
        var k0 = k
        // Jan-Feb 2017, Nov-Feb 2017 (from the November before): one hyphenated token
        let halves = w(k).split(separator: "-").map(String.init)
        if halves.count == 2, isUpper(toks[k].first) || halves.allSatisfy({ lex.monthNames.contains($0) }),
           let m1 = lex.months[halves[0]] ?? lex.months[halves[0] + "."], let m2 = lex.months[halves[1]] ?? lex.months[halves[1] + "."],
           !(day(k + 1) != nil && w(k + 2) != ",") {
            let (yy, e, inf) = yearAfter(k + 1)
            if let y = yy ?? y0 {
                let y1 = m1 > m2 ? y - 1 : y
                return found(k, e, Day(y: y1, m: m1, d: 1), Day(y: y, m: m2, d: Day.daysIn(y, m2)), "month", inf || yy == nil, range: true)
            }
        }
        // del 9 al 15 de abril (de 2009); 17 al 26 de marzo
        if w(k) == "del" || w(k) == "from" || w(k) == "between" { k0 = k + 1 }
        // entre el 3 y el 12 de Set, desde el 4 hasta el 23 de este mes, entre 4-22 de enero
        var joinEl = false
        if ["entre", "desde"].contains(w(k)) { k0 = w(k + 1) == "el" ? k + 2 : k + 1; joinEl = true }
        let conn = joinEl && ["y", "hasta", "-", "–", "a", "al"].contains(w(k0 + 1)) && w(k0 + 2) == "el" ? 1 : 0
        if let d1 = day(k0), ["al", "a", "to", "and", "-", "–", "y", "hasta"].contains(w(k0 + 1)), joinEl || !["y", "hasta"].contains(w(k0 + 1)),
           let d2 = day(k0 + 2 + conn), d2 >= d1 {
            let k0 = k0 + conn
            if w(k0 + 3) == "de", w(k0 + 4) == "este", w(k0 + 5) == "mes", let a = ctx.published, d2 <= Day.daysIn(a.y, a.m) {
                return found(k, k0 + 6, Day(y: a.y, m: a.m, d: d1), Day(y: a.y, m: a.m, d: d2), "day", true, range: true)
            }
            if w(k0 + 3) == "de" || w(k0 + 3) == "of", let m = month(k0 + 4) {
                let (yy, e, inf) = yearAfter(k0 + 5)
                guard let y = yy ?? y0 else { return monthDay(k, e, m, d1, d2) }
                if d2 <= Day.daysIn(y, m) {
                    return found(k, e, Day(y: y, m: m, d: d1), Day(y: y, m: m, d: d2), "day", inf || yy == nil, range: true)
                }
            }
            if let m = month(k0 + 3) {
                let (yy, e, inf) = yearAfter(k0 + 4)
                guard let y = yy ?? y0 else { return monthDay(k, e, m, d1, d2) }
                if d2 <= Day.daysIn(y, m) {
                    return found(k, e, Day(y: y, m: m, d: d1), Day(y: y, m: m, d: d2), "day", inf || yy == nil, range: true)
                }
            }
        }
        if k0 != k { return nil }
        // 2014 to 2018, between 2014 through 2018, from 2014~2018: years as the ends of a range
        do {
            let q = ["from", "between"].contains(w(k)) ? k + 1 : k
            if let y1 = year(q), q + 1 < toks.count {
                var r = -1
                if ["to", "through", "and", "-", "–"].contains(w(q + 1)) { r = q + 2 }
                else if t[toks[q].end] == 0x7E { r = q + 1 }  // 2014~2018
                if r > 0, w(q + 1) != "and" || q > k, let y2 = year(r), y2 > y1, r + 1 >= toks.count || month(r + 1) == nil {
                    return found(k, r + 1, Day(y: y1, m: 1, d: 1), Day(y: y2, m: 12, d: 31), "year", false, range: true)
                }
            }
        }
        // year 2008, the year 2008
        if w(k) == "year", let y = year(k + 1) {
            return found(k, k + 2, Day(y: y, m: 1, d: 1), Day(y: y, m: 12, d: 31), "year", false)
        }
        // 1990s, 1990 s: a decade; 15th century
        if let y = year(k), y % 10 == 0, (w(k + 1) == "s" || w(k + 1) == "'s"), !isLatinLetter(t[toks[k + 1].end]) {
            return found(k, k + 2, Day(y: y, m: 1, d: 1), Day(y: y + 9, m: 12, d: 31), "decade", false)
        }
        if let c = Int(w(k)), (1...30).contains(c), ordSuffix(k + 1), w(k + 2) == "century" {
            return found(k, k + 3, Day(y: (c - 1) * 100, m: 1, d: 1), Day(y: (c - 1) * 100 + 99, m: 12, d: 31), "century", false)
        }
        if let f = weekOf(toks, k, t, ctx) { return f }
        // 2019/aug/01, 2019-aug-1, 2020/Sep/23
        if let y = year(k), k + 2 < toks.count, let m = lex.months[w(k + 1)] ?? lex.months[w(k + 1) + "."], let d = day(k + 2),
           [0x2F, 0x2D].contains(t[toks[k].end]), [0x2F, 0x2D].contains(t[toks[k + 1].end]), d <= Day.daysIn(y, m) {
            return found(k, k + 3, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", false)
        }
        if let y = year(k), w(k + 1) == "-", let m = lex.months[w(k + 2)] ?? lex.months[w(k + 2) + "."], w(k + 3) == "-", let d = day(k + 4),
           d <= Day.daysIn(y, m) {
            return found(k, k + 5, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", false)
        }
        if let f = quarterLatin(toks, k, t, ctx) { return f }
        // Tue May 9, Friday 7/6, friday 2018-7-6: a weekday naming the date after it
        if lex.weekdays[w(k)] != nil || lex.weekdayAbbreviations[w(k)] != nil, k + 1 < toks.count {
            let q = w(k + 1) == "," ? k + 2 : k + 1
            if q < toks.count, isDigit(toks[q].first), var f = slashDate(t, toks[q].start, ctx) ?? iso(t, toks[q].start, ctx) {
                f.a = toks[k].start; return f
            }
            if lex.weekdayAbbreviations[w(k)] != nil, isUpper(toks[k].first), month(q) != nil, var f = latin(toks, q, t, ctx), f.a == toks[q].start {
                f.a = toks[k].start; return f
            }
            // on Sat at 5: a capitalized abbreviation before a time is the weekday
            if let wd = lex.weekdayAbbreviations[w(k)], isUpper(toks[k].first), w(k + 1) == "at", let a = ctx.published {
                let d = a.adding(days: wd - a.weekday)
                return found(k, k + 1, d, d, "day", true)
            }
            // Monday 21: that day of the month in context
            if lex.weekdays[w(k)] != nil, let d = day(q), q == k + 1, !ordSuffix(q + 1), let y = y0, w(q + 1) != "de", w(q + 1) != "of", month(q + 1) == nil,
               let m = ctx.lastMonth ?? ctx.published?.m, d <= Day.daysIn(y, m),
               ![0x3A, 0x2F, 0x2D, 0x2E].contains(t[toks[q].end]), !["am", "pm", "to", "oclock", "o'clock", "o’clock", "a", "p"].contains(w(q + 1)) {
                return found(k, q + 1, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true)
            }
            // tuesday the eleventh: that day of the month in context
            if w(q) == "the", let (d, used) = dayWords(q + 1), let y = y0, let m = ctx.lastMonth ?? ctx.published?.m, d <= Day.daysIn(y, m) {
                return found(k, q + 1 + used, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true)
            }
        }
        // Dec-2018
        if let m = month(k), w(k + 1) == "-", let y = year(k + 2) {
            return found(k, k + 3, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", false)
        }
        // 31-dic-1994, 05-Aug-2016: day, month abbreviation and year joined by hyphens
        if let d = day(k), w(k + 1) == "-", let m = lex.months[w(k + 2)] ?? lex.months[w(k + 2) + "."], w(k + 3) == "-", let y = year(k + 4),
           d <= Day.daysIn(y, m) {
            return found(k, k + 5, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", false)
        }
        // 18 de marzo (de 2009 / de este año); 26 March 2017
        // the 09th of May: the article belongs to it
        if w(k) == "the", let (d, used) = dayWords(k + 1), w(k + 1 + used) == "of", let m = month(k + used + 2) {
            let (yy, e, inf) = yearAfter(k + used + 3)
            if let y = yy ?? y0, d <= Day.daysIn(y, m) { return found(k, e, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", inf || yy == nil) }
        }
        if day(k) == nil, let (d, used) = dayWords(k), w(k + used) == "of" || w(k + used) == "de", let m = month(k + used + 1) {
            let (yy, e, inf) = yearAfter(k + used + 2)
            guard let y = yy ?? y0 else { return monthDay(k, e, m, d, d) }
            if d <= Day.daysIn(y, m) { return found(k, e, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", inf || yy == nil) }
        }
        if let d = day(k) {
            var mt = -1
            let o = ordSuffix(k + 1) ? 1 : 0
            if w(k + 1 + o) == "de" || w(k + 1 + o) == "of", month(k + 2 + o) != nil { mt = k + 2 + o } else if month(k + 1 + o) != nil { mt = k + 1 + o }
            if mt >= 0, let m = month(mt) {
                let (yy, e, inf) = yearAfter(mt + 1)
                guard let y = yy ?? y0 else { return monthDay(k, e, m, d, d) }
                if d <= Day.daysIn(y, m) {
                    return found(k, e, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", inf || yy == nil)
                }
            }
            return nil
        }
        // tercer martes de marzo; third Tuesday of March
        if let n = lex.ordinals[w(k)], n > 0, let wd = lex.weekdays[w(k + 1)], w(k + 2) == "de" || w(k + 2) == "of", let m = month(k + 3) {
            let (yy, e, inf) = yearAfter(k + 4)
            if let y = yy ?? y0 {
                let first = Day(y: y, m: m, d: 1)
                let d = 1 + (wd - first.weekday + 7) % 7 + 7 * (n - 1)
                if d <= Day.daysIn(y, m) {
                    let s = Day(y: y, m: m, d: d)
                    return found(k, e, s, s, "day", inf || yy == nil)
                }
            }
        }
        // finales de febrero, principios de 2009, mid-March
        if ["finales", "principios", "mediados", "inicios", "fines", "comienzos", "early", "late", "mid"].contains(w(k)) {
            let mt = (w(k + 1) == "de" || w(k + 1) == "del") ? k + 2 : k + 1
            if let m = month(mt) {
                let (yy, e, inf) = yearAfter(mt + 1)
                if let y = yy ?? y0 {
                    let last = Day.daysIn(y, m)
                    let (d1, d2) = ["finales", "fines", "late"].contains(w(k)) ? (21, last) : ["mediados", "mid"].contains(w(k)) ? (11, 20) : (1, 10)
                    return found(k, e, Day(y: y, m: m, d: d1), Day(y: y, m: m, d: d2), "day", inf || yy == nil, range: true)
                }
            }
        }
        // March 26, 2017; March 9-15; Dec. 31 , 1994
        if let m = month(k) ?? monthAfterPreposition(k) {
            let p = w(k + 1) == "." && toks[k + 1].start == toks[k].end ? k + 1 : k  // the abbreviation's point
            let p1 = (w(p + 1) == "," || w(p + 1) == "the") && dayWords(p + 2) != nil ? p + 2 : p + 1  // October, 1st; june the 28th
            if let (d, used) = dayWords(p1) {
                var e = p1 + used, d2 = d
                if ["-", "–", "to"].contains(w(e)), let dd = day(e + 1), dd >= d { d2 = dd; e += 2 }
                let (yy, e2, inf) = yearAfter(e)
                guard let y = yy ?? y0 else { return monthDay(k, e2, m, d, d2) }
                if d2 <= Day.daysIn(y, m) {
                    return found(k, e2, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d2), "day", inf || yy == nil, range: d2 != d)
                }
                // feb 30: named, but no such day
                if d > Day.daysIn(2000, m) {
                    return Found(a: toks[k].start, b: toks[e2 - 1].end, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true))
                }
            }
            let (yy, e, inf) = yearAfter(k + 1)
            if let y = yy ?? y0 {
                return found(k, e, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", inf || yy == nil)
            }
        }
        // el 15, 8pm; el 15 a las 8:00: a day of the month in context with its time
        if w(k) == "el", let d = day(k + 1), w(k + 2) != "de", month(k + 2) == nil, let y = y0, let m = ctx.lastMonth ?? ctx.published?.m,
           d <= Day.daysIn(y, m) {
            var c = toks[k + 1].end
            if t[c] == 0x2C { c += 1 }
            while t[c] == 0x20 { c += 1 }
            if let span = clockSpan(t, c, part: nil), span.strong {
                return found(k + 1, k + 2, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true)
            }
        }
        // el mes de enero, the month of September, month of Dec: that month
        let mk = (w(k) == "el" || w(k) == "the") ? k + 1 : k
        if w(mk) == "mes" && w(mk + 1) == "de" || w(mk) == "month" && w(mk + 1) == "of", let m = month(mk + 2) ?? lex.months[w(mk + 2) + "."] {
            let (yy, e, inf) = yearAfter(mk + 3)
            if let y = yy ?? y0 { return found(k, e, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", inf || yy == nil) }
        }
        // this September, este septiembre: the month of this year
        if ["this", "este"].contains(w(k)), let m = month(k + 1), let y = ctx.published?.y {
            return found(k, k + 2, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", true)
        }
        // friday, last sunday, next monday, el lunes, el próximo martes
        do {
            // English counts weeks (next Friday is next week's, last Wednesday last week's);
            // Spanish the days (el próximo martes is the coming one).
            let weekShift: [String: Int] = ["last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1, "this": 0]
            var q = k, shift = 0, byWeek = false
            if w(q) == "this", w(q + 1) == "past" { shift = -1; q += 2 }  // this past Wednesday: the latest one
            else if let n = weekShift[w(q)] {
                shift = n; byWeek = true; q += 1
                // next week Mon, next week on Tuesday, previous week - Monday
                if w(q) == "week" {
                    var r = q + 1
                    if ["on", "-", "–", ","].contains(w(r)) { r += 1 }
                    if lex.weekdays[w(r)] != nil { q = r } else { q = -1 }
                }
            } else if ["pasado"].contains(w(q)) { shift = -1; q += 1 } else if ["próximo", "proximo"].contains(w(q)) { shift = 1; q += 1 }
            else if ["este", "esta"].contains(w(q)) { q += 1 }
            let q1 = w(q + 1) == "," ? q + 2 : q + 1  // el lunes, 4 de diciembre
            if q >= 0, lex.weekdays[w(q)] != nil, q1 < toks.count, day(q1) != nil || month(q1) != nil,
               var f = latin(toks, q1, t, ctx), f.a == toks[q1].start {
                f.a = toks[k].start  // monday january 12th, 2016
                return f
            }
            if q >= 0, let wd = lex.weekdays[w(q)], let a = ctx.published, q < toks.count, toks[q].lower.count >= 5 || q > k {
                var end = q
                // tuesday of next week, monday of the following week
                if q == k, w(q + 1) == "of" {
                    let r = w(q + 2) == "the" ? q + 3 : q + 2
                    if let n = weekShift[w(r)], w(r + 1) == "week" { shift = n; byWeek = true; end = r + 1 }
                }
                // miércoles de la próxima semana, lunes de la semana pasada, lunes esta semana
                if q == k {
                    let r = w(q + 1) == "de" && w(q + 2) == "la" ? q + 3 : w(q + 1) == "de" ? q + 2 : q + 1
                    let es: [String: Int] = ["próxima": 1, "proxima": 1, "pasada": -1, "esta": 0, "última": -1, "ultima": -1]
                    if let n = es[w(r)], w(r + 1) == "semana" { shift = n; byWeek = true; end = r + 1 }
                    else if w(r) == "semana", let n = es[w(r + 1)] { shift = n; byWeek = true; end = r + 1 }
                }
                var delta = wd - a.weekday
                if byWeek { delta += 7 * shift }
                else if shift == -1 { if delta >= 0 { delta -= 7 } } else if shift == 1 { if delta <= 0 { delta += 7 } }
                let d = a.adding(days: delta)
                return Found(a: toks[k].start, b: toks[end].end, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: true))
            }
        }
        // the 18th: that day of the month in context
        // (after on/for/by/until, and not heading a name: "the 25th Anniversary" names no day)
        if w(k) == "the", k > 0, ["on", "for", "by", "until", "till", "since", "before", "after"].contains(w(k - 1)),
           let d = day(k + 1), ordSuffix(k + 2), let y = y0, let m = ctx.lastMonth ?? ctx.published?.m,
           d <= Day.daysIn(y, m), month(k + 3) == nil, w(k + 3) != "of", !(k + 3 < toks.count && isUpper(toks[k + 3].first)) {
            return found(k, k + 3, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true)
        }
        // día 25
        if w(k) == "día", let d = day(k + 1), let y = y0, let m = ctx.lastMonth ?? ctx.published?.m, d <= Day.daysIn(y, m) {
            return found(k, k + 2, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true)
        }
        // en 2009 / in 2009
        // 2016 November
        if let y = year(k), k + 1 < toks.count, lex.monthNames.contains(w(k + 1)), let m = month(k + 1) {
            return found(k, k + 2, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", false)
        }
        // in 2017 april
        if w(k) == "in", let y = year(k + 1), let m = month(k + 2) {
            return found(k + 1, k + 3, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", false)
        }
        if ["en", "in", "before", "after", "since", "desde", "than", "of"].contains(w(k)), let y = year(k + 1), k + 2 >= toks.count || lex.months[w(k + 2)] == nil,
           !(w(k + 2) == "s" && toks[k + 2].start <= toks[k + 1].end + 1) {
            return Found(a: toks[k + 1].start, b: toks[k + 1].end, value: DateValue(start: Day(y: y, m: 1, d: 1).iso, end: Day(y: y, m: 12, d: 31).iso, granularity: "year"))
        }
        // este año, ayer, last year …
        // (the week 31, the year 2008, the week of April 10th: "the week" there is no week of its own)
        if let r = lex.dateWordsLatin.longest(t, at: toks[k].start), !isLatinLetter(t[r.end]),
           !(w(k) == "the" && (isDigit(t[r.end + 1]) || t.hasPrefixFolded(" of", at: r.end) || t.hasPrefixFolded(" before", at: r.end))),
           let dw = r.values.first(where: { $0.kind == "relative" }), let a = ctx.published,
           !["mid", "early", "late"].contains(t.norm(toks[k].start, r.end).lowercased()),
           // mañana is tomorrow, but la/esta/una/cada/por la mañana is a morning
           t.norm(toks[k].start, r.end).lowercased() != "mañana" || k == 0 || !["la", "esta", "una", "cada", "toda", "de", "su", "esa", "misma"].contains(w(k - 1)) {
            let parts = dw.value.split(separator: ":")
            guard parts.count >= 2, let off = Int(parts[1]) else { return nil }
            guard let (s, e) = a.period(parts[0], off) else { return nil }
            return Found(a: toks[k].start, b: r.end, value: DateValue(start: s.iso, end: e.iso, granularity: String(parts[0]), inferred: true),
                         part: parts.count > 2 ? String(parts[2]) : nil)
        }
        return nil
    }
}
