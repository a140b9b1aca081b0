import GleanerModel

/// Latin dates read from the published day: weekdays counted by weeks or days, bare days after
/// "the", years, and the relative words of date-words.tsv.
extension LatinTokens {
    /// Weekdays counted from the published day (next Friday, el próximo martes), the 18th, día
    /// 25, years (in 2009, 2016 November, 2015.3, in nineteen twenty eight) and relative words
    /// (este año, ayer, last year, rest of the week).
    func relativeDates(_ k: Int) -> Found?? {
        // friday, last sunday, next monday, el lunes, el próximo martes
        do {
            // English counts weeks (next Friday is next week's, last Wednesday last week's);
            // Spanish the days (el próximo martes is the coming one).
            let weekShift: [String: Int] = ["last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1, "this": 0]
            var q = k, shift = 0, byWeek = false
            if w(q) == "this", w(q + 1) == "past" { shift = -1; q += 2 }  // this past Wednesday: the latest one
            else if w(q) == "past", lex.weekdays[w(q + 1)] != nil { shift = -1; q += 1 }  // past monday
            else if let n = weekShift[w(q)] {
                shift = n; byWeek = true; q += 1
                // next week Mon, next week on Tuesday, previous week - Monday
                if w(q) == "week" {
                    var r = q + 1
                    if ["on", "-", "–", ","].contains(w(r)) { r += 1 }
                    if lex.weekdays[w(r)] != nil { q = r } else { q = -1 }
                }
            } else if ["pasado", "último", "ultimo"].contains(w(q)) { shift = -1; q += 1 } else if ["próximo", "proximo", "siguiente"].contains(w(q)) { shift = 1; q += 1 }
            else if ["este", "esta"].contains(w(q)) { q += 1 }
            let q1 = w(q + 1) == "," ? q + 2 : q + 1  // el lunes, 4 de diciembre
            if q >= 0, lex.weekdays[w(q)] != nil, q1 < toks.count, day(q1) != nil || month(q1) != nil,
               var f = ex.latin(toks, q1, t, ctx), f.a == toks[q1].start {
                f.a = toks[k].start  // monday january 12th, 2016
                return f
            }
            if q >= 0, let wd = lex.weekdays[w(q)], let a = ctx.published, q < toks.count, toks[q].lower.count >= 5 || q > k {
                var end = q
                // tuesday of next week, monday of the following week, friday this week
                if q == k {
                    let r = w(q + 1) == "of" ? (w(q + 2) == "the" ? q + 3 : q + 2) : q + 1
                    if let n = weekShift[w(r)], w(r + 1) == "week" { shift = n; byWeek = true; end = r + 1 }
                }
                // miércoles de la próxima semana, lunes de la semana pasada, lunes esta semana
                if q == k {
                    let r = w(q + 1) == "de" && w(q + 2) == "la" ? q + 3 : w(q + 1) == "de" ? q + 2 : q + 1
                    let es: [String: Int] = ["próxima": 1, "proxima": 1, "pasada": -1, "esta": 0, "última": -1, "ultima": -1, "siguiente": 1]
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
        // 2016 November, 2016, nov
        if let y = year(k), k + 1 < toks.count {
            let q = w(k + 1) == "," ? k + 2 : k + 1
            if q < toks.count, lex.monthNames.contains(w(q)) || q > k + 1 && isLatinLetter(toks[q].first), let m = month(q) ?? lex.months[w(q)] {
                return found(k, q + 1, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", false)
            }
        }
        // 2015.3: year and month with a point, said last
        if isDigit(toks[k].first), toks[k].lower.count >= 6, toks[k].lower.count <= 7, toks[k].lower.dropFirst(4).first == ".",
           let y = Int(toks[k].lower.prefix(4)), (1900...2099).contains(y), let m = Int(toks[k].lower.dropFirst(5)), (1...12).contains(m),
           k + 1 >= toks.count || [",", "."].contains(w(k + 1)) {
            return found(k, k + 1, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", false)
        }
        // in nineteen twenty eight: a year in words after "in"
        if ["in", "en"].contains(w(k)), let (y, used) = ex.yearWords(toks, k + 1), k + 1 + used >= toks.count || !isLatinLetter(toks[k + 1 + used].first) {
            return found(k + 1, k + 1 + used, Day(y: y, m: 1, d: 1), Day(y: y, m: 12, d: 31), "year", false)
        }
        // in 2017 april
        if w(k) == "in", let y = year(k + 1), let m = month(k + 2) {
            return found(k + 1, k + 3, Day(y: y, m: m, d: 1), Day(y: y, m: m, d: Day.daysIn(y, m)), "month", false)
        }
        if ["en", "in", "before", "after", "since", "desde", "than", "of", "until", "till", "hasta"].contains(w(k)), let y = year(k + 1), k + 2 >= toks.count || lex.months[w(k + 2)] == nil,
           !(w(k + 2) == "s" && toks[k + 2].start <= toks[k + 1].end + 1) {
            return Found(a: toks[k + 1].start, b: toks[k + 1].end, value: DateValue(start: Day(y: y, m: 1, d: 1).iso, end: Day(y: y, m: 12, d: 31).iso, granularity: "year"))
        }
        // este año, ayer, last year …
        // (the week 31, the year 2008, the week of April 10th: "the week" there is no week of its own)
        if let r = lex.dateWordsLatin.longest(t, at: toks[k].start), !isLatinLetter(t[r.end]),
           !(w(k) == "the" && (isDigit(t[r.end + 1]) || t.hasPrefixFolded(" of", at: r.end) || t.hasPrefixFolded(" before", at: r.end) || t.hasPrefixFolded(" to date", at: r.end))),
           let dw = r.values.first(where: { $0.kind == "relative" }), let a = ctx.published,
           !["mid", "early", "late"].contains(t.norm(toks[k].start, r.end).lowercased()),
           // mañana is tomorrow, but la/esta/una/cada/por la mañana is a morning
           t.norm(toks[k].start, r.end).lowercased() != "mañana" || k == 0 || !["la", "esta", "una", "cada", "toda", "de", "su", "esa", "misma"].contains(w(k - 1))
            // antes de mañana, después de mañana, a partir de mañana: the day
            || (w(k - 1) == "de" && k >= 2 && ["antes", "después", "despues", "partir"].contains(w(k - 2))) {
            let parts = dw.value.split(separator: ":")
            guard parts.count >= 2, let off = Int(parts[1]) else { return .some(nil) }
            guard var (s, e) = a.period(parts[0], off) else { return .some(nil) }
            // rest of the week, year to date: from the published day on (or up to it)
            if parts.count > 2, parts[2] == "rest" || parts[2] == "todate" {
                if parts[2] == "todate" { e = a } else { s = a }
                return Found(a: toks[k].start, b: r.end, value: DateValue(start: s.iso, end: e.iso, granularity: "day", inferred: true, range: true))
            }
            return Found(a: toks[k].start, b: r.end, value: DateValue(start: s.iso, end: e.iso, granularity: String(parts[0]), inferred: true),
                         part: parts.count > 2 ? String(parts[2]) : nil)
        }
        return .none
    }
}
