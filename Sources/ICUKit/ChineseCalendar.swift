import CICU

/// The Chinese (lunisolar) calendar, as ICU computes it: which Gregorian day a day of it is.
public enum ChineseCalendar {
    /// Days since 1970-01-01 (proleptic Gregorian) of the day `day` of month `month` (1–12, the
    /// leap month after it when `leap`) of the Chinese year that begins in Gregorian `year`; nil
    /// when that year has no such day (the 30th of a 29-day month, a leap month it lacks).
    public static func daysSince1970(year: Int, month: Int, leap: Bool = false, day: Int) -> Int? {
        var days: Int64 = 0
        guard cicu_chinese_day(Int32(year), Int32(month), leap ? 1 : 0, Int32(day), &days) == 0 else { return nil }
        return Int(days)
    }
}
