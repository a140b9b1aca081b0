import GleanerModel

extension DateExtractor {
    /// A length said in several units (2 months 1 day 2 hours, 2 years, 5 months; "and" is left to
    /// join two phrases — 2 weeks and 2 days ago): one duration, or with ago/later the moment it points to from the published one —
    /// calendar units shift the day (a month is a month, not 30 days), hours and minutes the clock.
    func compoundLength(_ t: ScanText, _ i: Int, first: Length, _ ctx: DateContext) -> Found? {
        guard !isHan(t[i]) else { return nil }
        var parts = [first]
        while let last = parts.last {
            var k = last.end
            while t[k] == 0x20 || t[k] == 0x2C { k += 1 }
            guard k > last.end, isDigit(t[k]) || isLatinLetter(t[k]), let next = length(t, k),
                  !parts.contains(where: { $0.unitSeconds == next.unitSeconds }) else { break }
            parts.append(next)
        }
        guard parts.count > 1, let end = parts.last?.end else { return nil }
        var k = end
        while t[k] == 0x20 { k += 1 }
        let seconds = parts.reduce(0) { $0 + $1.count * $1.unitSeconds }
        guard let w = lex.timeWords.word(t, at: k, ["after", "before"]), !isLatinLetter(t[w.end]), let pub = ctx.published,
              parts.allSatisfy({ $0.count == $0.count.rounded() }) else {
            return Found(a: i, b: end, value: DateValue(start: nil, end: nil, granularity: ""), kind: .duration,
                         other: .duration(DurationValue(seconds: seconds, approximate: parts.contains { $0.approximate })))
        }
        let sign = w.word.kind == "after" ? 1 : -1
        var day = pub, clock = 0
        for p in parts {
            if let unit = [31536000: "year", 2592000: "month", 604800: "week", 86400: "day"][Int(p.unitSeconds)] {
                day = day.shifted(unit, by: sign * Int(p.count)) ?? day
            } else {
                clock += sign * Int(p.count * p.unitSeconds)
            }
        }
        guard clock != 0 else {
            return Found(a: i, b: w.end, value: DateValue(start: day.iso, end: day.iso, granularity: "day", inferred: true))
        }
        let c0 = ctx.publishedClock ?? Clock(h: 0)
        let iso = moment(day, plus: c0.h * 3600 + c0.m * 60 + c0.s + clock)
        return Found(a: i, b: w.end, value: DateValue(start: iso, end: iso, granularity: "second", inferred: true))
    }
}
