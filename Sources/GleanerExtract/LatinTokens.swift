import GleanerModel

/// The tokens of a Spanish or English text with what the date rules ask of them: a token's
/// lowercase word, a day of the month (12, 12th, twenty nine, veintinueve), a month (with the
/// checks that keep "may" and "mar" words), a year after a month, and the Found a rule returns.
struct LatinTokens {
    let ex: DateExtractor
    let toks: [Tokens.Token]
    let t: ScanText
    let ctx: DateContext
    var lex: ExtractLexicons { ex.lex }
    /// The year a date without one falls in: the one mentioned last, or the published one.
    var y0: Int? { ctx.year }

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
        return ex.clockSpan(t, c, part: nil)?.strong == true
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
        // de este año, junio del próximo año, marzo del año pasado
        if w(n) == "de" || w(n) == "del", let (first, e) = ex.relativePeriod("year", toks, n, t, ctx) { return (first.y, e, true) }
        if w(n) == ",", let y = year(n + 1) { return (y, n + 2, false) }
        if w(n) == "in" || w(n) == "of", let y = year(n + 1) { return (y, n + 2, false) }  // 28 june in 2020, july 4th of 1995
        // june next year, march last year
        if let p = ctx.published, w(n + 1) == "year", let o = ["next": 1, "last": -1, "this": 0][w(n)] { return (p.y + o, n + 2, true) }
        if let y = year(n) { return (y, n + 1, false) }
        // Feb two thousand and eighteen, the spring of nineteen seventy eight
        let q = w(n) == "," || w(n) == "of" ? n + 1 : n
        if let (y, used) = ex.yearWords(toks, q) { return (y, q + used, false) }
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
                     value: DateValue(start: ex.format2("--", m, d1), end: ex.format2("--", m, d2), granularity: "day", inferred: true))
    }
}
