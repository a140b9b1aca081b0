import GleanerModel

/// Weeks and weekdays counted within a month or a year: 十月的第一周, 2021年的第一周,
/// 四月的最后一个星期一, 本月第二个周五, 今年最后一个周三.
extension DateExtractor {
    /// The week or weekday said at j (的 第一 个 周 …) within the period [first, last]. Weeks are
    /// counted as weekOf counts them (ISO 8601: Monday first, a month's first week holds its 4th
    /// day, its last week its 4th-last); a weekday is its n-th (or last) one in the period.
    func weekWithinZh(_ t: ScanText, _ j: Int, first: Day, last: Day, inferred: Bool) -> (DateValue, Int)? {
        var k = j
        if t[k] == 0x7684 /*的*/ { k += 1 }
        guard let o = lex.dateWordsZh.longest(t, at: k),
              let n = o.values.first(where: { $0.kind == "ordinal" }).flatMap({ Int($0.value) }) else { return nil }
        k = o.end
        if t[k] == 0x4E2A /*个*/ { k += 1 }
        let weekdayAt = k + (t[k] == 0x7684 ? 1 : 0)  // 最后一个的周三
        if let w = lex.dateWordsZh.longest(t, at: weekdayAt),
           let wd = w.values.first(where: { $0.kind == "weekday" }).flatMap({ Int($0.value) }) {
            let d = n > 0 ? first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1))
                          : last.adding(days: -((last.weekday - wd + 7) % 7))
            guard d.ordinal <= last.ordinal, d.ordinal >= first.ordinal else { return nil }
            return (DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: inferred), w.end)
        }
        // 第一周 (not 第一周年, an anniversary, nor 最后一个周末, a weekend), 第二个星期, 最后一个礼拜
        var end = 0
        if t[k] == 0x5468 /*周*/ || t[k] == 0x9031 /*週*/, t[k + 1] != Self.nian, t[k + 1] != 0x672B /*末*/ { end = k + 1 }
        for w in ["星期", "礼拜", "禮拜"] where t.hasPrefix(w, at: k) { end = k + 2 }
        guard end > 0 else { return nil }
        let anchor = n > 0 ? Day(y: first.y, m: first.m, d: 4).adding(days: 7 * (n - 1)) : last.adding(days: -3)
        let monday = anchor.adding(days: -(anchor.weekday - 1))
        // the fifth week of a month with four: none (its Thursday must be in the period)
        guard monday.adding(days: 3).ordinal <= last.ordinal else { return nil }
        return (DateValue(start: monday.iso, end: monday.adding(days: 6).iso, granularity: "week", inferred: inferred), end)
    }
}
