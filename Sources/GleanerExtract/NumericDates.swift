import GleanerModel

/// Dates written in digits: 2024-04-01, 27/11, 5/3/18, 23.04.2022, 12-2015, 20xx, 3.21.
extension DateExtractor {

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
        if t[ym] == 0x2D || t[ym] == 0x2F, ym - j <= 1 {
            var k2 = ym + 1
            while t[k2] == 0x20 { k2 += 1 }
            if k2 > ym + 1 || ym > j || t[ym] == 0x2F, let (m, e) = number(t, k2), e - k2 <= 2, (1...12).contains(m), !isDigit(t[e]), t[e] != 0x2D, t[e] != 0x2F,
               !(t[e] == 0x2E && isDigit(t[e + 1])) {
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
            // 02-02-2020, 9-18-15: with dashes only when the year follows (or on 4-22, said last)
            if t[e1] == 0x2D {
                let yearNext = t[e2] == 0x2D && number(t, e2 + 1).map { e3 in (e3.1 - e2 == 5 || e3.1 - e2 == 3 && t[e3.1] != 0x2D) && !isDigit(t[e3.1]) } == true
                guard yearNext || afterOnOrIn(t, i) && endsPhrase(t, e2) else { return nil }
            }
            // 22/04 cannot be month-first, 4/22 cannot be day-first
            let (d, m) = dayFirst && b <= 12 || a > 12 ? (a, b) : (b, a)
            guard (1...12).contains(m), d >= 1 else { return nil }
            var y: Int?, end = e2, inferred = false
            if t[e2] == t[e1], isDigit(t[e2 + 1]), let (c, e3) = number(t, e2 + 1), e3 - e2 == 5 || e3 - e2 == 3 {
                y = e3 - e2 == 5 ? c : (c < 69 ? 2000 + c : 1900 + c); end = e3
            } else if t[e2] == 0x2C, t[e1] == 0x2F, let (c, e3) = number(t, t[e2 + 1] == 0x20 ? e2 + 2 : e2 + 1),
                      e3 - e2 == 5 || e3 - e2 == 6 && t[e2 + 1] == 0x20 || e3 - e2 == 3, !isDigit(t[e3]) {
                // 11/12,2016, 06/06, 2015, 11/12,16: the year after a comma
                y = e3 - e2 >= 5 ? c : 2000 + c; end = e3
            } else {
                // 1/3 de los votos, 2/3 of: a fraction
                guard t[e2] != 0x2F, !t.hasPrefixFolded(" de ", at: e2), !t.hasPrefixFolded(" of ", at: e2),
                      !t.hasPrefixFolded(" del ", at: e2), !unitOfMeasure(t, after: e2) else { return nil }
                y = known ?? ctx.year; inferred = true
            }
            guard !isDigit(t[end]), !(t[end] == 0x2E && isDigit(t[end + 1])), t[end] != 0x25, let yy = y, d <= 31 else { return nil }  // 30/4.85, 1/4%
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
        // on 4.22: month and day with a point, after "on" and said last (at 4.22 is a time)
        if afterOnOrIn(t, i), t.hasPrefixFolded("on ", at: i - 3) || t.hasPrefixFolded("el ", at: i - 3), let (m, e1) = number(t, i), e1 - i <= 2, (1...12).contains(m), t[e1] == 0x2E,
           let (d, e2) = number(t, e1 + 1), e2 - e1 <= 3, endsPhrase(t, e2), let y = ctx.year, d >= 1, d <= Day.daysIn(y, m) {
            let day = Day(y: y, m: m, d: d)
            return Found(a: i, b: e2, value: DateValue(start: day.iso, end: day.iso, granularity: "day", inferred: true))
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

    private func afterOnOrIn(_ t: ScanText, _ i: Int) -> Bool {
        i >= 3 && (t.hasPrefixFolded("on ", at: i - 3) || t.hasPrefixFolded("in ", at: i - 3) || t.hasPrefixFolded("el ", at: i - 3)) && !isLatinLetter(t[i - 4])
    }
    /// The end of the text, or a sentence mark or comma that is no decimal point.
    private func endsPhrase(_ t: ScanText, _ e: Int) -> Bool {
        e >= t.count || [0x21, 0x3F, 0x3B].contains(t[e]) || (t[e] == 0x2E || t[e] == 0x2C) && !isDigit(t[e + 1])
    }

    /// 你12-11-10有时间吗: two digits thrice in Chinese text, year first as Chinese dates are
    /// written (yy-mm-dd, the year read as POSIX %y reads it).
    func shortYearFirst(_ t: ScanText, _ i: Int) -> Found? {
        let digitsAt = [i, i + 1, i + 3, i + 4, i + 6, i + 7]
        guard digitsAt.allSatisfy({ isDigit(t[$0]) }), t[i + 2] == 0x2D, t[i + 5] == 0x2D, isHan(t[i - 1]) || isHan(t[i + 8]),
              !isDigit(t[i + 8]), ![0x2D, 0x3A, 0x2F].contains(t[i + 8]), !(t[i + 8] == 0x2E && isDigit(t[i + 9])),
              t[i - 1] != 0x2D, t[i - 1] != 0x2E else { return nil }
        let n = digitsAt.map { Int(t[$0] - 0x30) }
        let yy = n[0] * 10 + n[1], m = n[2] * 10 + n[3], d = n[4] * 10 + n[5]
        let y = yy < 69 ? 2000 + yy : 1900 + yy
        guard (1...12).contains(m), d >= 1, d <= Day.daysIn(y, m) else { return nil }
        let day = Day(y: y, m: m, d: d)
        return Found(a: i, b: i + 8, value: DateValue(start: day.iso, end: day.iso, granularity: "day"))
    }

    /// A unit's word after a number ending at b (10 1/2 millas, a 1/4 mile oval): the number is
    /// a fraction, not a day. Words of two letters or more that are no stopword (1/2 in London).
    func unitOfMeasure(_ t: ScanText, after b: Int) -> Bool {
        for lang in ["es", "en"] {
            guard let units = lex.units[lang], let (end, _) = units.wordAfter(number: b, in: t, spanish: false) else { continue }
            var s = b
            while t[s] == 0x20 { s += 1 }
            let word = t.norm(s, end).lowercased()
            if word.unicodeScalars.filter({ isLatinLetter($0.value) }).count >= 2, !lex.stopwords.contains(word) { return true }
        }
        return false
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
}
