import GleanerModel
import ICUKit

/// Dates of the Chinese lunar calendar (农历2015年十月初一, 2015年农历正月初一, 正月三十, 腊月,
/// 大年初一, 大年三十) as the Gregorian days they fall on, by ICU's Chinese calendar.
extension DateExtractor {
    /// The years ICU's Chinese calendar agrees with the Hong Kong Observatory's tables on; before
    /// 1901 the calendars in use followed other rules, so a date there is named but not resolved.
    static let lunarYears = 1901...2100

    /// The lunar date zhParts read at [i, end): its year is the lunar year that begins in the year
    /// said (or the one in context), a month alone covers that month's days.
    func lunarDate(_ p: Parts, _ i: Int, _ end: Int, _ ctx: DateContext) -> Found? {
        guard let y = p.y ?? ctx.year else { return nil }
        let gran = p.d != nil ? "day" : p.m != nil ? "month" : "year"
        let unknown = Found(a: i, b: end, value: DateValue(start: nil, end: nil, granularity: gran, unknown: true))
        guard Self.lunarYears.contains(y) else { return unknown }
        let first: Day?, last: Day?
        if let m = p.m, var d = p.d {
            // 大年三十 is New Year's Eve: the 29th when 腊月 is short
            if m == 12, d == 30, lunarDay(y, 12, 30) == nil { d = 29 }
            first = lunarDay(y, m, d); last = first
        } else if let m = p.m {
            first = lunarDay(y, m, 1); last = lunarDay(y, m, 30) ?? lunarDay(y, m, 29)
        } else {
            first = lunarDay(y, 1, 1); last = lunarDay(y + 1, 1, 1)?.adding(days: -1)
        }
        // 正月三十 in a year whose 正月 has 29 days: no such day
        guard let s = first, let e = last else { return unknown }
        return Found(a: i, b: end, value: DateValue(start: s.iso, end: e.iso, granularity: gran, inferred: p.y == nil))
    }

    /// The Gregorian day of day d of month m of the lunar year that begins in year y.
    func lunarDay(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        ChineseCalendar.daysSince1970(year: y, month: m, day: d).map { Day(ordinal: Day(y: 1970, m: 1, d: 1).ordinal + $0) }
    }
}
