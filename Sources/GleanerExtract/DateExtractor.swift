import GleanerModel

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
    /// 正月 腊月 冬月 大年初一 农历 阴历 (and traditional 臘 農 陰): where a lunar date can start.
    static let lunarStarts: Set<UInt32> = [0x6B63, 0x814A, 0x81D8, 0x51AC, 0x5927, 0x519C, 0x8FB2, 0x9634, 0x9670]

    func extract(_ t: ScanText, context ctx: inout DateContext) -> [Found] {
        var out: [Found] = []
        let tokens = Tokens(t)
        let tokAt = TokenStarts(tokens, count: t.count)
        var i = 0
        while i < t.count {
            // a recurrence first: Friday mornings and every monday are no single days
            var f = tokAt[i] != nil && !isDigit(t[i - 1]) || t[i] == 0x6BCF /*每*/ ? recurrenceAt(t, i) : nil
            if f == nil { f = dateAt(t, i, tokens: tokens, tokAt: tokAt, ctx).map { openRange(attachTime($0, t), t) } }
            if let g = f { f = seasonOf(dateTimeRange(g, t, tokens: tokens, tokAt: tokAt, ctx), t) }
            if let g = f { f = twoDateRange(weekdaysOf(halfPeriod(g, t, ctx), t), t, tokens: tokens, tokAt: tokAt, ctx) }
            if f == nil, !isDigit(t[i - 1]), t[i - 1] != 0x2E, t[i - 1] != 0x2C, t[i - 1] != 0x3A, !(isDigit(t[i]) && isLatinLetter(t[i - 1])),
               tokAt[i] != nil || isDigit(t[i]) || t[i] == 0xBD /*½*/ || isHan(t[i]) && (lex.timeWords.zhStarts.contains(t[i]) || Numbers.isCN(t[i])) {
                f = timeAt(t, i, tokens: tokens, tokAt: tokAt, ctx).map { openRange($0, t) }
                    ?? durationAt(t, i, ctx)
            }
            if let f {
                // between now and May 21: a range that reaches back over what was read inside it
                while let last = out.last, last.a >= f.a { out.removeLast() }
                if f.kind == .date { ctx.saw(f.value) }
                out.append(f)
                i = f.b
                if let g = movedTo(f, t) { out.append(g); i = g.b }
            } else { i += 1 }
        }
        return out
    }

    /// The date that starts at i, if any.
    func dateAt(_ t: ScanText, _ i: Int, tokens: Tokens, tokAt: TokenStarts, _ ctx: DateContext) -> Found? {
        let v = t[i]
        var f: Found?
        if isDigit(v) && !isDigit(t[i - 1]) && t[i - 1] != 0x2E {
            f = iso(t, i, ctx) ?? shortYearFirst(t, i) ?? slashDate(t, i, ctx)  // (12-11-10 in Chinese text is year first)
            if f == nil, t[i - 1] != 0x3A { f = placeholderYear(t, i) ?? monthDot(t, i, ctx) ?? lineEndMonthDay(t, i, ctx) }
        }
        if f == nil, isDigit(v) || Numbers.isCN(v) || v == 0x7B2C /*第*/ || Self.lunarStarts.contains(v),
           !isDigit(t[i - 1]), t[i - 1] != 0x7B2C {
            f = chinese(t, i, ctx) ?? quarter(t, i, ctx)
        }
        if f == nil, isHan(v) {
            f = weekdayZh(t, i, ctx) ?? lastOrNextZh(t, i, ctx)
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

}
