import GleanerModel

/// Dates that bound or join others: open ranges (before 2010), two dates as one range (de X a Y),
/// date-times across days, and the halves of a period (later this week, fines del próximo año).
extension DateExtractor {
    /// before 2010, after Feb 2018, since August, desde 2015, 2010年以前, 2015年以来: one end open.
    /// `before` ends the day before the date starts, `after` starts the day after it ends,
    /// `since` starts with it.
    func openRange(_ f: Found, _ t: ScanText) -> Found {
        // before 2.30pm, as late as 7:00 am, before tomorrow 4pm: a moment is its own bound
        let clock = (f.kind == .time || f.value.start?.contains("T") == true) && f.value.start == f.value.end && f.value.start != nil
        guard clock || f.kind == .date, !f.value.unknown else { return f }
        let s = f.value.start.flatMap(Day.parse), e = f.value.end.flatMap(Day.parse)
        guard clock || (s != nil && e != nil && f.value.start?.count == 10) else { return f }
        var g = f, side = ""
        // antes del  7/2: a run of spaces before the date counts as one
        var a0 = f.a
        while a0 > 1, t[a0 - 1] == 0x20, t[a0 - 2] == 0x20 { a0 -= 1 }
        for (w, kind) in [("before or on ", "by"), ("on or before ", "by"), ("before or in ", "by"), ("earlier than or in ", "by"),
                          ("on or earlier than ", "by"), ("in or before ", "by"), ("earlier than ", "before"), ("until ", "by"), ("till ", "by"),
                          ("up to ", "by"), ("hasta ", "by"), ("later than or at ", "since"), ("at or after ", "since"),
                          ("on or after ", "since"), ("before the ", "before"), ("after the ", "after"), ("before ", "before"), ("after ", "after"), ("since ", "since"), ("antes de ", "before"), ("antes del ", "before"),
                          ("después de ", "after"), ("después del ", "after"), ("desde el ", "since"), ("desde ", "since"), ("starting on ", "since"),
                          ("starting ", "since"), ("beginning on ", "since"), ("beginning ", "since"), ("no later than ", "before"),
                          ("later than ", "after"), ("as late as ", "before"), ("as early as ", "since"), ("greater than ", "after"),
                          ("by ", "by"), ("any time ", "since"), ("anytime ", "since"), ("antes ", "before")] {
            let n = w.unicodeScalars.count
            if a0 >= n, t.hasPrefixFolded(w, at: a0 - n), !isLatinLetter(t[a0 - n - 1]) { side = kind; g.a = a0 - n; break }
        }
        if side.isEmpty {
            for (w, kind) in [("以前", "before"), ("之前", "before"), ("以后", "after"), ("之后", "after"), ("以来", "since")]
            where t.hasPrefix(w, at: f.b) { side = kind; g.b = f.b + 2; break }
        }
        if clock {
            switch side {
            case "before", "by": g.value.start = nil
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
        // 2010年之后2018年之前: an open start right before an open end closes it
        if f.kind == .date, f.value.end == nil, !f.value.unknown, let s = f.value.start, s.count == 10, isHan(t[f.b - 1]),
           let g = dateAt(t, f.b, tokens: tokens, tokAt: tokAt, ctx).map({ openRange($0, t) }), g.a == f.b, g.kind == .date,
           g.value.start == nil, let e = g.value.end, e.count == 10, e >= s {
            let gran = f.value.granularity == g.value.granularity ? f.value.granularity : "day"
            return Found(a: f.a, b: g.b, value: DateValue(start: s, end: e, granularity: gran, inferred: f.value.inferred || g.value.inferred))
        }
        guard f.kind == .date, !f.value.unknown, let s0 = f.value.start, !s0.hasPrefix("--") else { return f }
        // between now and November 15th, desde ahora hasta el viernes: from the published day
        if let p = ctx.published, let e = f.value.end, e.count == 10, e >= p.iso {
            for o in ["between now and ", "from now until ", "from now till ", "from now to ", "entre ahora y ", "desde ahora hasta ", "de ahora a "] {
                let n = o.unicodeScalars.count
                if f.a >= n, t.hasPrefixFolded(o, at: f.a - n), !isLatinLetter(t[f.a - n - 1]) {
                    return Found(a: f.a - n, b: f.b, value: DateValue(start: p.iso, end: e, granularity: "day", inferred: true, range: true))
                }
            }
        }
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
        // between Jan 22 and now: up to the published day
        if joined > 0, let p = ctx.published, t.hasPrefixFolded("now", at: joined) || t.hasPrefixFolded("ahora", at: joined),
           s0.count == 10, s0 <= p.iso, opener != nil {
            let n = t.hasPrefixFolded("now", at: joined) ? 3 : 5
            if !isLatinLetter(t[joined + n]) {
                return Found(a: f.a - opener!.1, b: joined + n, value: DateValue(start: s0, end: p.iso, granularity: "day", inferred: true, range: true))
            }
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
        // from 2019-aug-1 to today in a page published in 2016: a range said, its ends out of order — unknown
        if e < s, g.value.inferred, !f.value.inferred, opener != nil {
            return Found(a: opener.map { f.a - $0.1 } ?? f.a, b: g.b, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true, range: true))
        }
        guard e >= s else { return f }

        // Sept.: an abbreviation's point (not a sentence's)
        if t[g.b] == 0x2E, g.b > 0, isLatinLetter(t[g.b - 1]) {
            var l = g.b
            while l > 0, isLatinLetter(t[l - 1]) { l -= 1 }
            if g.b - l <= 4 { g.b += 1 }
        }
        // del 4 al 22 holds its "del"; del 2 de Oct hasta el 22 is "from … until", the "del" left out
        let keepOpener = !(opener?.0.hasPrefix("de") == true && !(opener?.0.hasPrefix("desde") ?? false) && t.hasPrefixFolded("hasta", at: k))
        let a = keepOpener ? opener.map { f.a - $0.1 } ?? f.a : f.a
        let gran = s.count > 10 || e.count > 10 ? finerOf(f.value.granularity, g.value.granularity) : "day"
        return Found(a: a, b: g.b, value: DateValue(start: s, end: e, granularity: s.count == 10 && e.count == 10 ? "day" : gran,
                                                    inferred: f.value.inferred || g.value.inferred, range: true))
    }

    func finerOf(_ a: String, _ b: String) -> String {
        let rank = ["second": 0, "minute": 1, "hour": 2, "part-of-day": 3, "day": 4]
        return (rank[a] ?? 5) <= (rank[b] ?? 5) ? a : b
    }


    /// earlier this month, later this week, later in the year, earlier previous week: the first or
    /// second half of the period (a week splits Monday–Wednesday / Thursday–Sunday, a month at
    /// the 15th, a year at June), the second half starting no earlier than the published day.
    func halfPeriod(_ f: Found, _ t: ScanText, _ ctx: DateContext) -> Found {
        guard f.kind == .date, ["week", "month", "year"].contains(f.value.granularity), f.value.range != true,
              let s = f.value.start.flatMap(Day.parse), let e = f.value.end.flatMap(Day.parse) else { return f }
        var half = 0, a = f.a
        for (w, h) in [("earlier in ", -1), ("later in ", 1), ("earlier ", -1), ("later ", 1), ("early ", -1), ("late ", 1),
                       ("the start of ", -1), ("start of ", -1), ("the end of ", 1), ("end of ", 1),
                       ("the beginning of ", -1), ("beginning of ", -1), ("fines de ", 1), ("fines del ", 1), ("finales de ", 1),
                       ("finales del ", 1), ("principios de ", -1), ("principios del ", -1),
                       ("comienzos de ", -1), ("comienzos del ", -1), ("inicios de ", -1), ("inicios del ", -1), ("mid ", 0), ("mid-", 0), ("mediados de ", 0), ("mediados del ", 0),
                       ("the middle of ", 0), ("middle of ", 0)] {
            let n = w.unicodeScalars.count
            if f.a >= n, t.hasPrefixFolded(w, at: f.a - n), !isLatinLetter(t[f.a - n - 1]) { half = h == 0 ? 2 : h; a = f.a - n; break }
        }
        if f.part == "late" { half = 1 }  // end of the month, EOY
        guard half != 0 else { return f }
        // mid next week, mediados de este año: the middle of the period (Tuesday–Thursday, the
        // 11th–20th, April–September)
        if half == 2 {
            var g = f
            g.a = a
            switch f.value.granularity {
            case "week": g.value.start = s.adding(days: 1).iso; g.value.end = s.adding(days: 3).iso
            case "month": g.value.start = Day(y: s.y, m: s.m, d: 11).iso; g.value.end = Day(y: s.y, m: s.m, d: 20).iso
            default: g.value.start = Day(y: s.y, m: 4, d: 1).iso; g.value.end = Day(y: s.y, m: 9, d: 30).iso
            }
            g.value.granularity = "day"
            return g
        }
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

    /// 今年夏天, 2016年夏天, this summer, summer 2016, verano del 2016, este invierno: the months the
    /// season covers in the northern hemisphere (winter runs into the next year).
    func seasonOf(_ f: Found, _ t: ScanText) -> Found {
        guard f.kind == .date, f.value.granularity == "year", f.value.range != true, let s = f.value.start.flatMap(Day.parse) else { return f }
        var k = f.b
        if !isHan(t[k]) { guard t[k] == 0x20 else { return f }; k += 1 }
        guard let (months, end) = season(t, k) else { return f }
        var g = f
        g.b = end
        g.value = seasonValue(s.y, months, inferred: f.value.inferred)
        return g
    }

    /// A season word at k: (first and last month, end).
    func season(_ t: ScanText, _ k: Int) -> ((Int, Int), Int)? {
        let zh = isHan(t[k])
        guard let w = (zh ? lex.dateWordsZh : lex.dateWordsLatin).longest(t, at: k), zh || !isLatinLetter(t[w.end]),
              let v = w.values.first(where: { $0.kind == "season" })?.value.split(separator: "-").compactMap({ Int($0) }), v.count == 2
        else { return nil }
        return ((v[0], v[1]), w.end)
    }

    func seasonValue(_ y: Int, _ months: (Int, Int), inferred: Bool) -> DateValue {
        let (m0, m1) = months
        let y1 = m1 < m0 ? y + 1 : y
        return DateValue(start: Day(y: y, m: m0, d: 1).iso, end: Day(y: y1, m: m1, d: Day.daysIn(y1, m1)).iso, granularity: "season",
                         inferred: inferred)
    }

    /// this summer, next winter, este verano, summer 2016, verano del 2016.
    func seasonLatin(_ toks: [Tokens.Token], _ k: Int, _ t: ScanText, _ ctx: DateContext) -> Found? {
        func w(_ n: Int) -> String { n >= 0 && n < toks.count ? toks[n].lower : "" }
        func year(_ n: Int) -> Int? { w(n).count == 4 ? Int(w(n)).flatMap { (1000...2999).contains($0) ? $0 : nil } : nil }
        let shift = ["this": 0, "este": 0, "next": 1, "last": -1, "próxima": 1, "proxima": 1, "siguiente": 1, "pasada": -1, "última": -1,
                     "ultima": -1, "pasado": -1, "próximo": 1, "proximo": 1, "último": -1, "ultimo": -1]
        var q = k, off: Int?
        if let n = shift[w(k)] { off = n; q = k + 1 } else if w(k) == "the" || w(k) == "el" { q = k + 1 }
        guard q < toks.count, let (months, _) = season(t, toks[q].start) else { return nil }
        // summer 2016, verano del 2016, verano de 2016, the spring of nineteen seventy eight
        let r = (w(q + 1) == "de" || w(q + 1) == "del" || w(q + 1) == "of") ? q + 2 : q + 1
        if let y = year(r) {
            return Found(a: toks[k].start, b: toks[r].end, value: seasonValue(y, months, inferred: false))
        }
        if let (y, used) = yearWords(toks, r) {
            return Found(a: toks[k].start, b: toks[r + used - 1].end, value: seasonValue(y, months, inferred: false))
        }
        // the summer, summer alone: the published year's (a capitalized Summer may head a name)
        // ("fall" and "spring" alone are verbs; Summer Olympics a name)
        if off == nil, q > k || !["fall", "spring"].contains(w(q)), !(isUpper(toks[q].first) && q + 1 < toks.count && isUpper(toks[q + 1].first)),
           let p = ctx.published {
            return Found(a: toks[k].start, b: toks[q].end, value: seasonValue(p.y, months, inferred: true))
        }
        guard let o = off, let p = ctx.published else { return nil }
        return Found(a: toks[k].start, b: toks[q].end, value: seasonValue(p.y + o, months, inferred: true))
    }
}
