/// Calendar arithmetic on (year, month, day).
struct Day: Equatable {
    var y: Int, m: Int, d: Int
    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    var ordinal: Int {  // days since 0000-03-01 style epoch
        let a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3
        return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045
    }
    init(y: Int, m: Int, d: Int) { self.y = y; self.m = m; self.d = d }
    init(ordinal jd: Int) {
        let a = jd + 32044, b = (4 * a + 3) / 146097, c = a - 146097 * b / 4
        let d1 = (4 * c + 3) / 1461, e = c - 1461 * d1 / 4, m1 = (5 * e + 2) / 153
        d = e - (153 * m1 + 2) / 5 + 1; m = m1 + 3 - 12 * (m1 / 10); y = 100 * b + d1 - 4800 + m1 / 10
    }
    func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }
    var weekday: Int { ordinal % 7 + 1 }  // 1 = Monday
    /// The whole day, week (Monday first), month or year `offset` units away: 明天, next week, 去年.
    func period(_ unit: Substring, _ offset: Int) -> (Day, Day)? {
        switch unit {
        case "day": let s = adding(days: offset); return (s, s)
        case "week": let s = adding(days: 7 * offset - (weekday - 1)); return (s, s.adding(days: 6))
        case "weekend": let s = adding(days: 7 * offset - (weekday - 1) + 5); return (s, s.adding(days: 1))
        case "month":
            var mm = m + offset, yy = y
            while mm < 1 { mm += 12; yy -= 1 }
            while mm > 12 { mm -= 12; yy += 1 }
            return (Day(y: yy, m: mm, d: 1), Day(y: yy, m: mm, d: Day.daysIn(yy, mm)))
        case "year": return (Day(y: y + offset, m: 1, d: 1), Day(y: y + offset, m: 12, d: 31))
        default: return nil
        }
    }
    /// The same day `n` days, weeks, months or years away (the day clamped to the month's last).
    func shifted(_ unit: String, by n: Int) -> Day? {
        switch unit {
        case "day": return adding(days: n)
        case "week": return adding(days: 7 * n)
        case "month", "year":
            var mm = m + (unit == "month" ? n : 12 * n), yy = y
            while mm < 1 { mm += 12; yy -= 1 }
            while mm > 12 { mm -= 12; yy += 1 }
            return Day(y: yy, m: mm, d: min(d, Day.daysIn(yy, mm)))
        default: return nil
        }
    }
    var iso: String {
        (y < 1000 ? String(repeating: "0", count: 4 - String(y).count) : "") + "\(y)-" + (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
    }
    static func parse(_ s: String?) -> Day? {
        guard let s else { return nil }
        let p = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard p.count == 3, (1...12).contains(p[1]), (1...31).contains(p[2]) else { return nil }
        return Day(y: p[0], m: p[1], d: p[2])
    }
}
