import GleanerModel

/// Spanish and English dates: del 9 al 15 de abril, March 26, 2017, next Friday, two months ago,
/// the week of April 10th, end of tomorrow.
extension DateExtractor {

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
        LatinTokens(ex: self, toks: toks, t: t, ctx: ctx).date(at: k)
    }
}

extension LatinTokens {
    /// The date that starts at token k: the rule groups in the order they are tried. Each gives
    /// a date, `.some(nil)` when a rule stops the search (a bare day number that names no month
    /// reads no further), or `.none` to let the next group try.
    func date(at k: Int) -> Found? {
        // (one call after another: an array of the methods would be built at every token)
        if let read = countsAndRanges(k) { return read }
        if let read = yearsWeeksAndQuarters(k) { return read }
        if let read = weekdayDates(k) { return read }
        if let read = dayAndMonth(k) { return read }
        if let read = ordinalWeekdaysAndMonths(k) { return read }
        if let read = relativeDates(k) { return read }
        return nil
    }

    /// Days counted from the published one (two months ago, en 3 días), ranges of months (from
    /// August to October, Nov-Feb 2017) and of days (del 9 al 15 de abril, 4 to 23 next month); a
    /// range opener that opens none stops the search.
    func countsAndRanges(_ k: Int) -> Found?? {
        // two months ago, hace dos meses; in two weeks, en 3 días: that day, counted from the published one
        do {
            let es = ["hace", "en", "dentro"].contains(w(k))
            let q = w(k) == "dentro" && w(k + 1) == "de" ? k + 2 : (["hace", "in", "en"].contains(w(k)) ? k + 1 : k)
            if let unit = DateExtractor.offsetUnits[w(q + 1)], let n = ex.count(w(q), toks, q), let a = ctx.published {
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
        if ["del", "de", "from", "between"].contains(w(k)) { k0 = k + 1 }
        // entre el 3 y el 12 de Set, desde el 4 hasta el 23 de este mes, entre 4-22 de enero
        var joinEl = false
        if ["entre", "desde"].contains(w(k)) { k0 = w(k + 1) == "el" ? k + 2 : k + 1; joinEl = true }
        let conn = joinEl && ["y", "hasta", "-", "–", "a", "al"].contains(w(k0 + 1)) && w(k0 + 2) == "el" ? 1 : 0
        if let d1 = day(k0), ["al", "a", "to", "and", "-", "–", "y", "hasta", "till", "until", "through", "thru"].contains(w(k0 + 1)),
           joinEl || !["y", "hasta"].contains(w(k0 + 1)), let d2 = day(k0 + 2 + conn), d2 >= d1 {
            let k0 = k0 + conn
            // de 4-23 del próximo mes, 4 to 23 next month, between 4 and 22 this month
            if let (m0, e) = ex.relativeMonth(toks, k0 + 3, t, ctx), d2 <= Day.daysIn(m0.y, m0.m) {
                return found(k, e, Day(y: m0.y, m: m0.m, d: d1), Day(y: m0.y, m: m0.m, d: d2), "day", true, range: true)
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
        // (a "de" that opens no range of days is read on as "of")
        if k0 != k && w(k) != "de" { return .some(nil) }
        return .none
    }

    /// Ranges of years (2014 to 2018), year 2008, decades and centuries, weeks and seasons, dates
    /// with a month abbreviation between digits (2019-aug-1), quarters.
    func yearsWeeksAndQuarters(_ k: Int) -> Found?? {
        // 2014 to 2018, between 2014 through 2018, from 2014~2018: years as the ends of a range
        do {
            let openers = ["from", "between", "de", "desde", "entre"]
            let q = openers.contains(w(k)) ? k + 1 : k
            let opener = q > k ? w(k) : k > 0 && openers.contains(w(k - 1)) ? w(k - 1) : ""
            if let y1 = year(q), q + 1 < toks.count {
                var r = -1
                if ["to", "through", "until", "till", "and", "-", "–", "a", "al", "hasta", "y"].contains(w(q + 1)),
                   !["a", "al", "hasta", "y"].contains(w(q + 1)) || !opener.isEmpty { r = q + 2 }
                else if t[toks[q].end] == 0x7E { r = q + 1 }  // 2014~2018
                if r > 0, w(q + 1) != "and" || opener == "between", w(q + 1) != "y" || opener == "entre", let y2 = year(r), y2 > y1, r + 1 >= toks.count || month(r + 1) == nil {
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
        if let f = ex.weekOf(toks, k, t, ctx) ?? ex.seasonLatin(toks, k, t, ctx) { return f }
        // 2019/aug/01, 2019-aug-1, 2020/Sep/23
        if let y = year(k), k + 2 < toks.count, let m = lex.months[w(k + 1)] ?? lex.months[w(k + 1) + "."], let d = day(k + 2),
           [0x2F, 0x2D].contains(t[toks[k].end]), [0x2F, 0x2D].contains(t[toks[k + 1].end]), d <= Day.daysIn(y, m) {
            return found(k, k + 3, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", false)
        }
        if let y = year(k), w(k + 1) == "-", let m = lex.months[w(k + 2)] ?? lex.months[w(k + 2) + "."], w(k + 3) == "-", let d = day(k + 4),
           d <= Day.daysIn(y, m) {
            return found(k, k + 5, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", false)
        }
        if let f = ex.quarterLatin(toks, k, t, ctx) { return f }
        return .none
    }
}
