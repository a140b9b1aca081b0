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
                // el segundo de Ago, el undécimo de mayo, vigésimo segundo
                if let o = lex.ordinals[s], o > 0 { return o }
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
            let yearNext = year(n + 1) != nil || ((w(n + 1) == "de" || w(n + 1) == ",") && year(n + 2) != nil)
            let determined = n > 0 && (["este", "ultimo", "último", "de", "en"].contains(w(n - 1)) || day(n - 1) != nil) && s != "mar" && s != "may"
            if s.count <= 4 && (!lex.monthNames.contains(s) || s == "may") && !isUpper(toks[n].first),
               !(s != "may" && s != "mar" && n + 1 < toks.count && day(n + 1) != nil), !yearNext, !determined,
               !dayBefore(n), !(s != "mar" && dayWordAfter(n)) { return nil }
            // Set appointment: the Spanish abbreviation is an English word too, a month only beside a day or year
            if s == "set", !yearNext, !(n + 1 < toks.count && day(n + 1) != nil), !(n > 0 && (day(n - 1) != nil || ["de", "del"].contains(w(n - 1)))) {
                return nil
            }
            // May I ask, May we: the verb before a pronoun
            if s == "may", ["i", "we", "you", "he", "she", "it", "they", "be", "not", "have"].contains(w(n + 1)) { return nil }
            return m
        }
        /// 1st jan, 28-nov, second of aug, fourth of may: a day said before it makes a lowercase
        /// abbreviation (or "may") the month
        func dayBefore(_ n: Int) -> Bool {
            guard n >= 2 else { return false }
            if ordSuffix(n - 1), day(n - 2) != nil { return true }
            if w(n - 1) == "-", toks[n - 1].start == toks[n - 2].end, toks[n].start == toks[n - 1].end, day(n - 2) != nil { return true }
            guard w(n - 1) == "of" else { return false }
            // (22 of jan; but "2 of may" is two of them who may)
            return dayWords(n - 2).map { $0.1 == 1 && !(w(n) == "may" && isDigit(toks[n - 2].first)) } == true
                || (n >= 3 && dayWords(n - 3)?.1 == 2) || (ordSuffix(n - 2) && n >= 3 && day(n - 3) != nil)
        }
        /// jan first, may twenty one, may the eleventh, jan-1: a day in words (or glued by a hyphen) after it
        func dayWordAfter(_ n: Int) -> Bool {
            if w(n + 1) == "-", toks[n + 1].start == toks[n].end, n + 2 < toks.count, toks[n + 2].start == toks[n + 1].end, day(n + 2) != nil { return true }
            let q = w(n + 1) == "the" ? n + 2 : n + 1
            guard q < toks.count, isLatinLetter(toks[q].first), let (_, used) = dayWords(q) else { return false }
            // "may the first" needs an ordinal at the end of its phrase; a lone cardinal after may
            // ("may one day") or an ordinal heading a noun ("may the first time") is the verb
            guard w(n) == "may" else { return true }
            return (used == 2 || isOrdinalWord(w(q))) && (q + used >= toks.count || !isLatinLetter(toks[q + used].first))
        }
        func isOrdinalWord(_ s: String) -> Bool { s.hasSuffix("st") || s.hasSuffix("nd") || s.hasSuffix("rd") || s.hasSuffix("th") }
        /// After a day or a weekday: the end, a sentence mark, or a comma or "at" before a time.
        func dayEndsPhrase(_ c: Int) -> Bool {
            var c = c
            if [0x2E, 0x21, 0x3F, 0x3B].contains(t[c]) || c >= t.count { return true }
            if t[c] == 0x20, [0x2E, 0x21, 0x3F].contains(t[c + 1]), !isDigit(t[c + 2]) { return true }  // for the 27 .
            if t[c] == 0x2C { c += 1 }
            while t[c] == 0x20 { c += 1 }
            if c >= t.count || t.hasPrefixFolded("at ", at: c) && isDigit(t[c + 3]) { return true }
            return clockSpan(t, c, part: nil)?.strong == true
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
            // junio del próximo año, marzo del año pasado
            if w(n) == "del" || w(n) == "de", n + 1 < toks.count, let p = ctx.published {
                for q in [n + 1, n] where q < toks.count {
                    if let r = lex.dateWordsLatin.longest(t, at: toks[q].start), !isLatinLetter(t[r.end]), q > n || w(n) == "del",
                       let v = r.values.first(where: { $0.kind == "relative" })?.value.split(separator: ":"), v.count == 2, v[0] == "year", let off = Int(v[1]) {
                        var e = q
                        while e < toks.count, toks[e].end <= r.end { e += 1 }
                        if q == n, !t.norm(toks[n].start, r.end).lowercased().hasPrefix("del ") { continue }
                        return (p.y + off, e, true)
                    }
                }
            }
            if w(n) == ",", let y = year(n + 1) { return (y, n + 2, false) }
            if w(n) == "in" || w(n) == "of", let y = year(n + 1) { return (y, n + 2, false) }  // 28 june in 2020, july 4th of 1995
            // june next year, march last year
            if let p = ctx.published, w(n + 1) == "year", let o = ["next": 1, "last": -1, "this": 0][w(n)] { return (p.y + o, n + 2, true) }
            if w(n) == ",", let y = year(n + 1) { return (y, n + 2, false) }
            if let y = year(n) { return (y, n + 1, false) }
            // Feb two thousand and eighteen, the spring of nineteen seventy eight
            let q = w(n) == "," || w(n) == "of" ? n + 1 : n
            if let (y, used) = yearWords(toks, q) { return (y, q + used, false) }
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
        if ["del", "de", "from", "between"].contains(w(k)) { k0 = k + 1 }
        // entre el 3 y el 12 de Set, desde el 4 hasta el 23 de este mes, entre 4-22 de enero
        var joinEl = false
        if ["entre", "desde"].contains(w(k)) { k0 = w(k + 1) == "el" ? k + 2 : k + 1; joinEl = true }
        let conn = joinEl && ["y", "hasta", "-", "–", "a", "al"].contains(w(k0 + 1)) && w(k0 + 2) == "el" ? 1 : 0
        if let d1 = day(k0), ["al", "a", "to", "and", "-", "–", "y", "hasta", "till", "until", "through", "thru"].contains(w(k0 + 1)),
           joinEl || !["y", "hasta"].contains(w(k0 + 1)), let d2 = day(k0 + 2 + conn), d2 >= d1 {
            let k0 = k0 + conn
            // de 4-23 del próximo mes, 4 to 23 next month, between 4 and 22 this month
            if let (m0, e) = relativeMonth(toks, k0 + 3, t, ctx), d2 <= Day.daysIn(m0.y, m0.m) {
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
        if k0 != k && w(k) != "de" { return nil }
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
        if let f = weekOf(toks, k, t, ctx) ?? seasonLatin(toks, k, t, ctx) { return f }
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
        // on tues, on wed.: an abbreviation after "on" ending its phrase is the weekday
        if let wd = lex.weekdayAbbreviations[w(k)], k > 0, w(k - 1) == "on", dayEndsPhrase(toks[k].end), let a = ctx.published {
            let d = a.adding(days: wd - a.weekday)
            return found(k, k + 1, d, d, "day", true)
        }
        // Tue May 9, Friday 7/6, friday 2018-7-6: a weekday naming the date after it
        if lex.weekdays[w(k)] != nil || lex.weekdayAbbreviations[w(k)] != nil, k + 1 < toks.count {
            let q = w(k + 1) == "," ? k + 2 : k + 1
            if q < toks.count, isDigit(toks[q].first), var f = slashDate(t, toks[q].start, ctx) ?? iso(t, toks[q].start, ctx) {
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
                    let (m, d) = dayFirst ? (b, a) : (a, b)
                    if (1...12).contains(m), d >= 1, d <= Day.daysIn(y, m) { return found(k, e, Day(y: y, m: m, d: d), Day(y: y, m: m, d: d), "day", true) }
                }
            }
            if lex.weekdayAbbreviations[w(k)] != nil, isUpper(toks[k].first) || q == k + 2 || toks[k].lower.count == 3,
               month(q) != nil || (day(q) != nil && (w(q + 1) == "of" || w(q + 1) == "de" || month(q + 1) != nil)), var f = latin(toks, q, t, ctx), f.a == toks[q].start {
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
        if let (d, used) = dayWords(k), let (m0, e) = relativeMonth(toks, k + used, t, ctx), ["of", "de", "del", "in"].contains(w(k + used)),
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
            return nil
        }
        // first sunday, third tuesday (of this month, of next month): that weekday of the month in context
        // (the first friday in this month: the English article belongs to it; the seeds' annotators
        // left the Spanish one out: El [tercer martes de marzo])
        let ko = w(k) == "the" && lex.ordinals[w(k + 1)] != nil ? k + 1 : k
        if let n = lex.ordinals[w(ko)], n > 0, let wd = lex.weekdays[w(ko + 1)], let p = ctx.published, month(ko + 3) == nil {
            var end = ko + 2, m0 = Day(y: p.y, m: ctx.lastMonth ?? p.m, d: 1)
            // of this month, in next month, de este mes, del próximo mes
            if ["of", "in", "de", "del"].contains(w(ko + 2)), let (first, e) = relativeMonth(toks, ko + 2, t, ctx) { m0 = first; end = e }
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
            if let span = clockSpan(t, c, part: nil), span.strong {
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
               var f = latin(toks, q1, t, ctx), f.a == toks[q1].start {
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
        if ["in", "en"].contains(w(k)), let (y, used) = yearWords(toks, k + 1), k + 1 + used >= toks.count || !isLatinLetter(toks[k + 1 + used].first) {
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
            guard parts.count >= 2, let off = Int(parts[1]) else { return nil }
            guard var (s, e) = a.period(parts[0], off) else { return nil }
            // rest of the week, year to date: from the published day on (or up to it)
            if parts.count > 2, parts[2] == "rest" || parts[2] == "todate" {
                if parts[2] == "todate" { e = a } else { s = a }
                return Found(a: toks[k].start, b: r.end, value: DateValue(start: s.iso, end: e.iso, granularity: "day", inferred: true, range: true))
            }
            return Found(a: toks[k].start, b: r.end, value: DateValue(start: s.iso, end: e.iso, granularity: String(parts[0]), inferred: true),
                         part: parts.count > 2 ? String(parts[2]) : nil)
        }
        return nil
    }
}
