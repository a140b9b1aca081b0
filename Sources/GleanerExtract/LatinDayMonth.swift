import GleanerModel

/// Latin dates built on a day and a month: a weekday naming its date, a day with its month, ordinal
/// weekdays, parts of a month, a month with its day or year.
extension LatinTokens {
    /// A weekday naming the date after it (Tue May 9, friday 7.6, Mi, 22 de Ene) or said alone
    /// after "on" (on tues).
    func weekdayDates(_ k: Int) -> Found?? {
        // on tues, on wed.: an abbreviation after "on" ending its phrase is the weekday
        if let wd = lex.weekdayAbbreviations[w(k)], k > 0, w(k - 1) == "on", dayEndsPhrase(toks[k].end), let a = ctx.published {
            let d = a.adding(days: wd - a.weekday)
            return found(k, k + 1, d, d, "day", true)
        }
        // Tue May 9, Friday 7/6, friday 2018-7-6: a weekday naming the date after it
        if lex.weekdays[w(k)] != nil || lex.weekdayAbbreviations[w(k)] != nil, k + 1 < toks.count {
            let q = w(k + 1) == "," ? k + 2 : k + 1
            if q < toks.count, isDigit(toks[q].first), var f = ex.slashDate(t, toks[q].start, ctx) ?? ex.iso(t, toks[q].start, ctx) {
                f.a = toks[k].start; return f
            }
            // Friday 7.6, friday 7-6: a month and day after a weekday (day first in Spanish)
            if q == k + 1, let y = y0 {
                let pair: (Int, Int, Int)? = {
                    let parts = w(q).split(separator: ".").compactMap { Int($0) }
                    if parts.count == 2, !w(q).contains(",") { return (parts[0], parts[1], q + 1) }
                    if let a = day(q), w(q + 1) == "-", toks[q + 1].start == toks[q].end, let b = day(q + 2), toks[q + 2].start == toks[q + 1].end,
                       q + 3 >= toks.count || w(q + 3) != "-" { return (a, b, q + 3) }
                    return nil
                }()
                // (Monday 8-9am is two hours)
                if let (a, b, e) = pair, !["am", "pm", "a", "p", "h", "hrs", "o'clock", "oclock"].contains(w(e)), t[toks[e - 1].end] != 0x3A {
                    let (m, d) = ex.dayFirst ? (b, a) : (a, b)
                    if (1...12).contains(m), d >= 1, d <= Day.daysIn(y, m) { return found(k, e, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true) }
                }
            }
            if lex.weekdayAbbreviations[w(k)] != nil, isUpper(toks[k].first) || q == k + 2 || toks[k].lower.count == 3,
               month(q) != nil || (day(q) != nil && (w(q + 1) == "of" || w(q + 1) == "de" || month(q + 1) != nil)), var f = ex.latin(toks, q, t, ctx), f.a == toks[q].start {
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
        return .none
    }

    /// A day with its month (18 de marzo de 2009, the 09th of May, 28-nov, 16. Nov. 2016), a bare
    /// day ending its phrase (on 15, for the 27), a day of a relative month; a day number that
    /// names no month stops the search.
    func dayAndMonth(_ k: Int) -> Found?? {
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
        // on 15, on 22nd, for the 27, on the second!: a day of the month in context, said last in
        // its phrase (or before its time: on 15 at 8:00)
        // (at 5th at 4 a.m.: an ordinal day after "at", its time after it)
        let atOrdinal = k > 0 && w(k - 1) == "at" && ordSuffix(k + 1) && t.hasPrefixFolded(" at ", at: toks[k + 1].end)
        if k > 0, w(k - 1) == "on" || w(k - 1) == "el" || w(k - 1) == "del" || (w(k - 1) == "for" && w(k) == "the") || atOrdinal,
           let y = y0, let m = ctx.lastMonth ?? ctx.published?.m {
            let q = w(k) == "the" ? k + 1 : k
            // (1ro is primero; 21ro is no ordinal anyone writes; el 2. Octubre has its month)
            if let (d, used) = dayWords(q), q > k || isDigit(toks[q].first), dayEndsPhrase(toks[q + used - 1].end), used == 1 || w(q + 1) != "ro" || d == 1,
               !(w(q + used) == "." && lex.months[w(q + used + 1)] != nil) {
                if d <= Day.daysIn(y, m) { return found(k, q + used, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true) }
                return Found(a: toks[k].start, b: toks[q + used - 1].end, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true))
            }
        }
        // 20th of next month, 31st of this month, el 5 del próximo mes
        if let (d, used) = dayWords(k), let (m0, e) = ex.relativeMonth(toks, k + used, t, ctx), ["of", "de", "del", "in"].contains(w(k + used)),
           d <= 31 {
            // 31st of a month of 30 days: said, but no such day
            guard d <= Day.daysIn(m0.y, m0.m) else {
                return Found(a: toks[k].start, b: toks[e - 1].end, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true))
            }
            return found(k, e, Day(y: m0.y, m: m0.m, d: d), Day(y: m0.y, m: m0.m, d: d), "day", true)
        }
        if let d = day(k) {
            var mt = -1
            let o = ordSuffix(k + 1) ? 1 : 0
            if w(k + 1 + o) == "de" || w(k + 1 + o) == "of", month(k + 2 + o) != nil { mt = k + 2 + o } else if month(k + 1 + o) != nil { mt = k + 1 + o }
            // 28-nov, 16. Nov. 2016: a hyphen or the German-style point between day and month
            else if o == 0, w(k + 1) == "-" || w(k + 1) == ".", toks[k + 1].start == toks[k].end, month(k + 2) != nil || (w(k + 1) == "." && lex.months[w(k + 2)] != nil) {
                mt = k + 2
            }
            if mt >= 0, let m = month(mt) ?? lex.months[w(mt)] {
                let mp = w(mt + 1) == "." && toks[mt + 1].start == toks[mt].end && year(mt + 2) != nil ? mt + 1 : mt  // Nov. 2016
                let (yy, e, inf) = yearAfter(mp + 1)
                guard let y = yy ?? y0 else { return monthDay(k, e, m, d, d) }
                if d <= Day.daysIn(y, m) {
                    return found(k, e, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", inf || yy == nil)
                }
            }
            return .some(nil)
        }
        return .none
    }

    /// Ordinal weekdays of a month (third Tuesday of March), parts of a month (finales de
    /// febrero, mid-March), a month with its day or year (March 26, 2017; Oct. 2001), el mes de
    /// enero, next june, this September.
    func ordinalWeekdaysAndMonths(_ k: Int) -> Found?? {
        // first sunday, third tuesday (of this month, of next month): that weekday of the month in context
        // (the first friday in this month: the English article belongs to it; the seeds' annotators
        // left the Spanish one out: El [tercer martes de marzo])
        let ko = w(k) == "the" && lex.ordinals[w(k + 1)] != nil ? k + 1 : k
        if let n = lex.ordinals[w(ko)], n > 0, let wd = lex.weekdays[w(ko + 1)], let p = ctx.published, month(ko + 3) == nil {
            var end = ko + 2, m0 = Day(y: p.y, m: ctx.lastMonth ?? p.m, d: 1)
            // of this month, in next month, de este mes, del próximo mes
            if ["of", "in", "de", "del"].contains(w(ko + 2)), let (first, e) = ex.relativeMonth(toks, ko + 2, t, ctx) { m0 = first; end = e }
            let d = 1 + (wd - m0.weekday + 7) % 7 + 7 * (n - 1)
            if d <= Day.daysIn(m0.y, m0.m) {
                let s = Day(y: m0.y, m: m0.m, d: d)
                return found(k, end, s, s, "day", true)
            }
            // the fifth sunday of a month with four: said, but no such day
            if n <= 5 { return Found(a: toks[k].start, b: toks[end - 1].end, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true)) }
        }
        // tercer martes de marzo; third Tuesday of March; the first friday of july
        if let n = lex.ordinals[w(ko)], n > 0, let wd = lex.weekdays[w(ko + 1)], w(ko + 2) == "de" || w(ko + 2) == "of", let m = month(ko + 3) {
            let (yy, e, inf) = yearAfter(ko + 4)
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
            // October, 1st; june the 28th; jan-1
            let glued = w(p + 1) == "-" && toks[p + 1].start == toks[p].end && p + 2 < toks.count && toks[p + 2].start == toks[p + 1].end
            let p1 = (w(p + 1) == "," || w(p + 1) == "the" || glued) && dayWords(p + 2) != nil ? p + 2 : p + 1
            // january12,2016: the day and year read as one number token
            let dy = w(p1).split(separator: ",")
            if p1 == p + 1, dy.count == 2, toks[p1].start == toks[p].end, dy[1].count == 4, let d = Int(dy[0]), let y = Int(dy[1]), d >= 1, d <= Day.daysIn(y, m) {
                return found(k, p1 + 1, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", false)
            }
            if let (d, used) = dayWords(p1) {
                var e = p1 + used, d2 = d
                // March 9-15, November 15th through the 19th
                if ["-", "–", "to", "through", "thru", "till", "until"].contains(w(e)) {
                    let r = w(e + 1) == "the" && w(e) != "-" ? e + 2 : e + 1
                    if let (dd, u) = dayWords(r), dd >= d { d2 = dd; e = r + u }
                }
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
            // November between 19 and 20, Feb between 2-7
            if w(p + 1) == "between", let d1 = day(p + 2), ["and", "-", "–"].contains(w(p + 3)), let d2 = day(p + 4), d2 >= d1 {
                let (yy, e, inf) = yearAfter(p + 5)
                guard let y = yy ?? y0 else { return monthDay(k, e, m, d1, d2) }
                if d2 <= Day.daysIn(y, m) { return found(k, e, Day(y: y, m: m, d: d1), Day(y: y, m: m, d: d2), "day", inf || yy == nil, range: true) }
            }
            let (yy, e, inf) = yearAfter(p + 1)  // Oct. 2001
            if let y = yy ?? y0 {
                return found(k, yy == nil ? k + 1 : e, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", inf || yy == nil)
            }
        }
        // el 15, 8pm; el 15 a las 8:00: a day of the month in context with its time
        if w(k) == "el", let d = day(k + 1), w(k + 2) != "de", month(k + 2) == nil, let y = y0, let m = ctx.lastMonth ?? ctx.published?.m,
           d <= Day.daysIn(y, m) {
            var c = toks[k + 1].end
            if t[c] == 0x2C { c += 1 }
            while t[c] == 0x20 { c += 1 }
            if let span = ex.clockSpan(t, c, part: nil), span.strong {
                return found(k + 1, k + 2, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true)
            }
        }
        // el mes de enero, the month of September, month of Dec: that month
        let mk = (w(k) == "el" || w(k) == "the") ? k + 1 : k
        if w(mk) == "mes" && w(mk + 1) == "de" || w(mk) == "month" && w(mk + 1) == "of", let m = month(mk + 2) ?? lex.months[w(mk + 2) + "."] {
            // month of september.15th: its day after a point
            if w(mk + 3) == ".", let d = day(mk + 4), toks[mk + 4].start == toks[mk + 3].end, ordSuffix(mk + 5), let y = y0, d <= Day.daysIn(y, m) {
                return found(k, mk + 6, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true)
            }
            let (yy, e, inf) = yearAfter(mk + 3)
            if let y = yy ?? y0 { return found(k, e, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", inf || yy == nil) }
        }
        // next june, last sept: the month's next or last coming round from the published one
        if ["next", "last", "próximo", "proximo", "último", "ultimo", "pasado", "siguiente"].contains(w(k)), let m = month(k + 1) ?? (["may", "mar"].contains(w(k + 1)) ? nil : lex.months[w(k + 1)] ?? lex.months[w(k + 1) + "."]), let p = ctx.published,
           k + 2 >= toks.count || !(isDigit(toks[k + 2].first) || w(k + 2) == "year") {
            let y = ["next", "próximo", "proximo", "siguiente"].contains(w(k)) ? (m > p.m ? p.y : p.y + 1) : (m < p.m ? p.y : p.y - 1)
            return found(k, k + 2, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", true)
        }
        // this September, este septiembre: the month of this year
        if ["this", "este"].contains(w(k)), let m = month(k + 1), let y = ctx.published?.y {
            return found(k, k + 2, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", true)
        }
        return .none
    }
}
