import GleanerModel

/// Chinese dates: 2022年3月17日至23日, 二〇一七年, 29日, 民國111年, 九十年代, 今年, 上周一, 国庆节.
extension DateExtractor {

    /// `lunar`: the month and day are of the Chinese lunar calendar (农历, 正月, 大年初一), the
    /// year the lunar year that begins in it.
    struct Parts { var y: Int?; var m: Int?; var d: Int?; var yUnknown = false; var standalone = false; var lunar = false }

    /// 2022年3月17日, 二〇一七年, 3月26 (before 上午), 廿一日; `dayOnly` allows 23日 (right side of a range).
    func zhParts(_ t: ScanText, _ i: Int, dayOnly: Bool) -> (Parts, Int)? {
        var p = Parts()
        var j = i
        // 农历2015年十月初一: the lunar calendar named first
        if let c = calendarWord(t, j) { p.lunar = true; j = c }
        // 民国三年, 康熙二十年9月, 神龙元年: a year of an era, counted from its first year
        if let w = lex.dateWordsZh.longest(t, at: j), let first = w.values.first(where: { $0.kind == "era" }).flatMap({ Int($0.value) }) {
            if t[w.end] == 0x5143 /*元*/, t[w.end + 1] == Self.nian { p.y = first; j = w.end + 2 }
            else if let (n, e) = number(t, w.end), n >= 1, e - w.end <= 3, t[e] == Self.nian { p.y = first + n - 1; j = e + 1 }
            else { return nil }
        } else if Numbers.isCN(t[j]), let (n, e) = number(t, j), e - j >= 2, t[e] == Self.nian, let (mm, e2) = number(t, e + 1), (1...12).contains(mm),
                  t[e2] == Self.yue {
            p.y = n; j = e + 1  // 两千年八月十五, 三六七年一月一日
        } else if let (n, e) = number(t, j), e - j == 4 {
            // 2008年, 2008 年
            if t[e] == Self.nian { p.y = n; j = e + 1 } else if t[e] == 0x20, t[e + 1] == Self.nian { p.y = n; j = e + 2 }
            // 2018年 12月
            if p.y != nil, t[j] == 0x20, let (_, e2) = number(t, j + 1), t[e2] == Self.yue { j += 1 }
        } else if [0x5728, 0x4E8E, 0x5143].contains(t[j - 1]), isDigit(t[j]), let (n, e) = number(t, j), e - j == 3, t[e] == Self.nian,
                  !"前后来间里内多之以左".unicodeScalars.contains(where: { $0.value == t[e + 1] }) {
            // 在789年, 于618年, 公元960年: a year of three digits after a word that places it in
            // time (not 300年来, 在100年内: lengths)
            p.y = n; j = e + 1
        } else if isDigit(t[j]), isDigit(t[j + 1]), t[j + 2] == Self.nian, let (n, _) = number(t, j),
                  t[j] == 0x30 || number(t, j + 3).map({ t[$0.1] == Self.yue }) == true {
            // 08年, 18年10月1日: a two-digit year (with a month after it, or a leading zero),
            // 00–68 in this century and 69–99 in the last, as POSIX strptime reads %y
            p.y = n < 69 ? 2000 + n : 1900 + n; j += 3
        }
        // 2015年农历正月初一: named after the year, before its month
        let beforeCalendar = j
        if p.y != nil, !p.lunar, let c = calendarWord(t, j) { p.lunar = true; j = c }
        if let (n, e) = number(t, j), e - j <= 2, (1...12).contains(n), t[e] == Self.yue {
            p.m = n; j = e + 1
            if t[j] == 0x4EFD /*份*/ { j += 1 }
        } else if let w = lex.dateWordsZh.longest(t, at: j), !Numbers.isCN(t[j]), !isDigit(t[j]), let mw = w.values.first(where: {
            ["lunar-month", "lunar-day"].contains($0.kind) }) {
            // 正月, 腊月; 大年初一, 大年三十: a month, or a day, of the lunar calendar
            let md = mw.value.split(separator: "-").compactMap { Int($0) }
            p.m = md.first; p.d = md.count > 1 ? md[1] : nil; p.lunar = true; j = w.end
        }
        if p.m == nil, p.lunar, beforeCalendar > i { p.lunar = false; j = beforeCalendar }  // 2015年农历新年: only the year
        if p.d != nil {
            // 大年初一: the day came with its month
        } else if p.m != nil, t[j] == 0x521D /*初*/, let (n, e) = number(t, j + 1), (1...10).contains(n) {
            p.d = n; j = e  // 十月初一
        } else if p.lunar, p.m != nil, Numbers.isCN(t[j]), let (n, e) = number(t, j), (11...30).contains(n) {
            p.d = n; j = t[e] == Self.ri ? e + 1 : e  // 正月三十有活动: a lunar day is written in numerals, whatever follows
        } else if p.m != nil || dayOnly, let (n, e) = number(t, j), e - j <= 3, (1...31).contains(n) {
            if t[e] == Self.ri || t[e] == Self.hao || t[e] == Self.hao2 { p.d = n; j = e + 1 }
            else if p.m != nil, let pod = lex.dateWordsZh.longest(t, at: e), pod.values.contains(where: { $0.kind == "part-of-day" }) {
                p.d = n; j = e
            } else if p.m != nil, !isHan(t[e]) || t[e] == 0x5230 || t[e] == 0x81F3, !isDigit(t[e]), ![0x2E, 0x25, 0x2F, 0x3A, 0x2D].contains(t[e]) {
                p.d = n; j = e  // 八月十五 at the end of a sentence
            }
        }
        if p.y == nil && p.m == nil && !dayOnly {
            // 29日 alone: a day of the month in context (not 日本, 日元)
            guard p.d == nil, let (n, e) = number(t, j), e - j <= 2, (1...31).contains(n), t[e] == Self.ri,
                  t[e + 1] != 0x672C, t[e + 1] != 0x5143, !isDigit(t[i - 1]), t[i - 1] != Self.yue else { return nil }
            p.d = n; p.standalone = true
            return (p, e + 1)
        }
        if p.y == nil && p.m == nil && p.d == nil { return nil }
        return (p, j)
    }

    /// The end of 农历 or 阴历 at j: what follows is a date of the lunar calendar.
    func calendarWord(_ t: ScanText, _ j: Int) -> Int? {
        guard let w = lex.dateWordsZh.longest(t, at: j), w.values.contains(where: { $0.kind == "calendar" }) else { return nil }
        return w.end
    }

    /// A year, month or day number: up to four digits or a Chinese numeral.
    func number(_ t: ScanText, _ i: Int) -> (Int, Int)? { Numbers.small(t, at: i, digits: 4, chineseLength: 4) }

    func chinese(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard let (p, e0) = zhParts(t, i, dayOnly: false) else { return nil }
        if p.lunar { return lunarDate(p, i, e0, ctx) }
        var j = e0
        var inferred = false
        let year = p.y ?? { inferred = true; return ctx.year }()
        var startDay: Day?, endDay: Day?
        var gran = "day"
        if let m = p.m, let d = p.d, let y = year {
            // 2019年2月29日, 2月30日: a day no calendar has is named, but cannot be resolved
            guard d <= Day.daysIn(y, m) else { return Found(a: i, b: j, value: DateValue(start: nil, end: nil, granularity: "day", unknown: true)) }
            startDay = Day(y: y, m: m, d: d); endDay = startDay
        } else if let m = p.m, let y = year {
            gran = "month"
            startDay = Day(y: y, m: m, d: 1); endDay = Day(y: y, m: m, d: Day.daysIn(y, m))
            // 上旬 / 中旬 / 下旬, 初 / 底
            if let w = lex.dateWordsZh.longest(t, at: j), let pw = w.values.first(where: { $0.kind == "part-of-period" }) {
                let part = pw.value.split(separator: ":").last.map(String.init) ?? ""
                switch part {
                case "early": endDay = Day(y: y, m: m, d: 10); j = w.end
                case "mid": startDay = Day(y: y, m: m, d: 11); endDay = Day(y: y, m: m, d: 20); j = w.end
                case "late": startDay = Day(y: y, m: m, d: 21); j = w.end
                default: break
                }
            }
        } else if let y = p.y, p.m == nil {
            gran = "year"
            startDay = Day(y: y, m: 1, d: 1); endDay = Day(y: y, m: 12, d: 31)
        } else if p.standalone, let d = p.d, let y = year, let m = ctx.lastMonth ?? ctx.published?.m {
            // the month in context, or the one before it when that has no such day (29日 in February)
            let (yy, mm) = d <= Day.daysIn(y, m) ? (y, m) : m == 1 ? (y - 1, 12) : (y, m - 1)
            guard d <= Day.daysIn(yy, mm) else { return nil }
            startDay = Day(y: yy, m: mm, d: d); endDay = startDay; inferred = true
        } else if p.m != nil && p.d != nil {
            // no year anywhere: a month-day
            let v = DateValue(start: String(format2("--", p.m!, p.d!)), end: String(format2("--", p.m!, p.d!)),
                              granularity: "day", inferred: true)
            return Found(a: i, b: partOfDay(t, j), value: v)
        } else { return nil }
        // 十月的第一周, 2021年的第一周, 四月的最后一个星期一: a week or weekday within it
        if gran != "day", j == e0, let s = startDay, let en = endDay, let (v, e) = weekWithinZh(t, j, first: s, last: en, inferred: inferred) {
            startDay = Day.parse(v.start); endDay = Day.parse(v.end); gran = v.granularity; j = e
        }
        let dayEnd = j
        if gran == "day" { j = partOfDay(t, j) }
        // range: 至 / 到 / — / - / ~ and an elided right side
        var k = j
        var ranged = false
        while t[k] == 0x20 { k += 1 }
        if Self.connectors.contains(t[k]) {
            var r = k + 1
            while t[r] == 0x20 { r += 1 }
            if let (q, e) = zhParts(t, r, dayOnly: gran == "day"), let s = startDay {
                let y2 = q.y ?? s.y
                let m2 = q.m ?? (gran == "year" && q.y != nil ? 12 : s.m)
                var d2: Int
                if let d = q.d { d2 = d } else { d2 = Day.daysIn(y2, m2) }
                if q.y != nil && q.m == nil && gran == "year" { d2 = 31 }
                if (1...12).contains(m2), d2 <= Day.daysIn(y2, m2) {
                    let end = Day(y: y2, m: m2, d: d2)
                    if end.ordinal >= s.ordinal {
                        endDay = end
                        j = q.d != nil ? partOfDay(t, e) : e
                        ranged = true
                    }
                }
            }
        }
        guard let s = startDay, let en = endDay else { return nil }
        // A single day leaves its part of the day (上午) and any time to attachTime.
        if !ranged { j = dayEnd }
        // 从一月十日到十二日: the 从 opening the range belongs to it
        let a = ranged && t[i - 1] == 0x4ECE /*从*/ ? i - 1 : i
        return Found(a: a, b: j, value: DateValue(start: s.iso, end: en.iso, granularity: gran, inferred: inferred, range: ranged ? true : nil))
    }

    func format2(_ prefix: String, _ m: Int, _ d: Int) -> String {
        prefix + (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
    }

    func partOfDay(_ t: ScanText, _ j: Int) -> Int {
        if let w = lex.dateWordsZh.longest(t, at: j), w.values.contains(where: { $0.kind == "part-of-day" }) { return w.end }
        return j
    }

    /// 第一季度
    func quarter(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard t[i] == 0x7B2C, let (n, e) = number(t, i + 1), (1...4).contains(n),
              t[e] == 0x5B63, t[e + 1] == 0x5EA6, let y = ctx.year else { return nil }
        let m0 = (n - 1) * 3 + 1
        return Found(a: i, b: e + 2, value: DateValue(start: Day(y: y, m: m0, d: 1).iso,
                                                      end: Day(y: y, m: m0 + 2, d: Day.daysIn(y, m0 + 2)).iso,
                                                      granularity: "quarter", inferred: true))
    }

    /// 今年, 去年, 当天, 此前一周 …
    func relativeZh(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard let w = lex.dateWordsZh.longest(t, at: i), let dw = w.values.first(where: { $0.kind == "relative" }) else { return nil }
        let word = t.norm(i, w.end)
        let contextual = ["当", "同", "次", "此"].contains { word.hasPrefix($0) }
        let anchor = contextual ? (ctx.lastDay ?? ctx.published) : ctx.published
        guard let a = anchor else { return nil }
        // 最近 (recently), as Recognizers-Text reads it: the published day; 最近三天 is a span
        if dw.value == "now" {
            guard length(t, w.end) == nil, !nearest(t, i, w.end) else { return nil }
            return Found(a: i, b: w.end, value: DateValue(start: a.iso, end: a.iso, granularity: "day", inferred: true))
        }
        if dw.value == "past" {
            // 此前一周 / 此前三天: the period just before the anchor
            guard word == "此前", let (n, e) = number(t, w.end) else { return nil }
            var days = 0, end = e
            if t[e] == 0x5468 || t[e] == 0x9031 || t[e] == 0x661F { days = 7 * n; end = e + 1 }
            else if t[e] == 0x5929 || t[e] == 0x65E5 { days = n; end = e + 1 }
            else { return nil }
            return Found(a: i, b: end, value: DateValue(start: a.adding(days: -days).iso, end: a.adding(days: -1).iso,
                                                        granularity: "day", inferred: true))
        }
        let parts = dw.value.split(separator: ":")
        guard parts.count >= 2, let off = Int(parts[1]) else { return nil }
        // 同年 / 次年 count from the year last mentioned, 去年 from the published date
        let base = parts[0] == "year" && contextual ? Day(y: ctx.lastYear ?? a.y, m: 1, d: 1) : a
        let (s, e, g) = base.period(parts[0], off).map { ($0.0, $0.1, String(parts[0])) } ?? (a, a, "day")
        // 明年四月, 去年5月, 今年第一季度: a month or quarter of that year; 本月十日: a day of that month
        var ctx2 = ctx
        ctx2.lastYear = s.y
        ctx2.lastMonth = s.m
        if g == "year", let f = chinese(t, w.end, ctx2) ?? quarter(t, w.end, ctx2), f.a == w.end, f.value.start?.hasPrefix(String(s.y)) == true {
            var f = f
            f.a = i
            f.value.inferred = true
            return f
        }
        // 去年本月十日, 明年同月: this month, in that year
        if g == "year", let w2 = lex.dateWordsZh.longest(t, at: w.end), w2.values.contains(where: { $0.kind == "relative" && $0.value == "month:0" }) {
            var ctx3 = ctx
            ctx3.published = Day(y: s.y, m: a.m, d: min(a.d, Day.daysIn(s.y, a.m)))
            ctx3.lastDay = nil
            if var f = relativeZh(t, w.end, ctx3) { f.a = i; return f }
        }
        // 下周末, 这周末: that week's Saturday and Sunday
        if g == "week", t[w.end] == 0x672B /*末*/ {
            return Found(a: i, b: w.end + 1, value: DateValue(start: s.adding(days: 5).iso, end: e.iso, granularity: "day", inferred: true))
        }
        // 今年最后一个周三, 下个月的第一周
        if g == "year" || g == "month", let (v, e2) = weekWithinZh(t, w.end, first: s, last: e, inferred: true) {
            return Found(a: i, b: e2, value: v)
        }
        if g == "month", let (d, e2) = number(t, w.end), t[e2] == Self.ri || t[e2] == Self.hao, d >= 1, d <= Day.daysIn(s.y, s.m) {
            let day = Day(y: s.y, m: s.m, d: d)
            return Found(a: i, b: e2 + 1, value: DateValue(start: day.iso, end: day.iso, granularity: "day", inferred: true))
        }
        return Found(a: i, b: w.end, value: DateValue(start: s.iso, end: e.iso, granularity: g, inferred: true),
                     part: parts.count > 2 ? String(parts[2]) : nil)
    }

    /// 近三年, 近 三 年, 最近一周, 上1月, 下1天: the span of that many days, weeks, months or years
    /// just before (after) the published day, as 过去十年 is. 近 after 将, 接, 了, 达, 历时 … is
    /// "nearly", and 近三年时间 a length; 上 and 下 count only digits (上三个月的课 is no span).
    func lastOrNextZh(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        guard let (p, sign) = [("最近", -1), ("近", -1), ("上", -1), ("下", 1)].first(where: { t.hasPrefix($0.0, at: i) }) else { return nil }
        var j = i + p.unicodeScalars.count
        while t[j] == 0x20 { j += 1 }
        let single = p.count == 1
        if p == "近", "将接附最了达约已有用花过经历时隔续逾超".unicodeScalars.contains(where: { $0.value == t[i - 1] }) { return nil }
        // 以上1年, 之下3天, 网上24小时: above, below and on, not last and next
        if single, p != "近" { guard isDigit(t[j]), !"以之网线".unicodeScalars.contains(where: { $0.value == t[i - 1] }) else { return nil } }
        if p == "最近", nearest(t, i, i + 2) { return nil }
        // 上1月: after 上 and 下 a count of months goes without 个 (1月 alone is January)
        let months = single && p != "近" ? number(t, j).flatMap { n, e in
            t[e] == Self.yue ? Length(count: Double(n), unitSeconds: 2592000, end: e + 1, approximate: false) : nil } : nil
        guard let len = months ?? length(t, j), !t.hasPrefix("时间", at: len.end), !t.hasPrefix("之久", at: len.end),
              !t.hasPrefix("左右", at: len.end) else { return nil }
        // 近两个小时的营救: hours and minutes after 近 are nearly that long
        if single, len.unitSeconds < 86400 { return nil }
        return pointed(i, len.end, len, sign: sign, span: true, ctx)
    }

    /// 最近 at [a, b) meaning nearest (离地球最近, 最近的医院, 最近点), not recently.
    func nearest(_ t: ScanText, _ a: Int, _ b: Int) -> Bool {
        "离距得".unicodeScalars.contains(where: { $0.value == t[a - 1] }) || "的点处距".unicodeScalars.contains(where: { $0.value == t[b] })
    }

    /// 国庆节, Christmas, independence day of this year, Día del Trabajador: a holiday on a fixed
    /// day (date-words.tsv), in the year said after it or the year in context.
    func holiday(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        let zh = isHan(t[i])
        guard let w = (zh ? lex.dateWordsZh : lex.dateWordsLatin).longest(t, at: i), zh || !isLatinLetter(t[w.end]),
              let md = w.values.first(where: { $0.kind == "holiday" })?.value.split(separator: "-").compactMap({ Int($0) }),
              md.count == 2 else { return nil }
        // Día Internacional de los Trabajadores Sociales, Día del Trabajo Social: a longer name
        if !zh, t[w.end] == 0x20, isUpper(t[w.end + 1]) { return nil }
        var end = w.end, year = ctx.year, inferred = true
        for p in [" of this year", " de este año"] where t.hasPrefixFolded(p, at: end) { end += p.unicodeScalars.count }
        for p in [" of ", " de ", " ", ""] where t.hasPrefixFolded(p, at: end) {
            let k = end + p.unicodeScalars.count
            if isDigit(t[k]), isDigit(t[k + 3]), !isDigit(t[k + 4]), let (y, e) = number(t, k), e - k == 4 {
                year = y; end = e; inferred = false
                if zh, t[e] == Self.nian { end = e + 1 }
                break
            }
        }
        guard let y = year else { return nil }
        let d = Day(y: y, m: md[0], d: md[1])
        return Found(a: i, b: end, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: inferred))
    }

    /// 民国三年 (an era's year, through chinese()), 九十年代, 十九世纪七十年代 (a decade).
    func eraOrDecade(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        if let w = lex.dateWordsZh.longest(t, at: i), w.values.contains(where: { $0.kind == "era" }) { return chinese(t, i, ctx) }
        return decade(t, i)
    }

    /// 九十年代 (the 1990s), 十九世纪七十年代 (the 1870s), 20世纪80年代.
    func decade(_ t: ScanText, _ i: Int) -> Found? {
        var j = i, century: Int?
        if let (c, e) = number(t, j), e - j <= 2, t[e] == 0x4E16 /*世*/, t[e + 1] == 0x7EAA /*纪*/ { century = c; j = e + 2 }
        guard let (n, e) = number(t, j), n >= 10, n <= 90, n % 10 == 0, t[e] == Self.nian, t[e + 1] == 0x4EE3 /*代*/ else { return nil }
        let y = ((century ?? 20) - 1) * 100 + n
        return Found(a: i, b: e + 2, value: DateValue(start: Day(y: y, m: 1, d: 1).iso, end: Day(y: y + 9, m: 12, d: 31).iso,
                                                      granularity: "decade", inferred: century == nil))
    }

    /// 周一, 星期三, 上周五, 下个星期一, 上一个周三: that day of this, the last or the next week;
    /// 最后一个周三, 最后一个的周三 (last Wednesday, as Recognizers-Text reads it): the last week's.
    func weekdayZh(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        // 上 下 本 这 周 星 礼 最: the only characters one starts with
        guard [0x4E0A, 0x4E0B, 0x672C, 0x8FD9, 0x5468, 0x661F, 0x793C, 0x6700].contains(t[i]), let a = ctx.lastDay ?? ctx.published else { return nil }
        // 四月的最后一个星期一, 今年最后一个周三: the last of a period (read with the period), not of last week
        if t[i] == 0x6700, [0x7684, Self.nian, Self.yue].contains(t[i - 1]) { return nil }
        var j = i, shift = 0
        for (p, n) in [("上一个", -1), ("下一个", 1), ("上个", -1), ("下个", 1), ("上", -1), ("下", 1), ("本", 0), ("这个", 0), ("这", 0),
                       ("最后一个的", -1), ("最后一个", -1)] where t.hasPrefix(p, at: j) {
            if let w = lex.dateWordsZh.longest(t, at: j + p.unicodeScalars.count), w.values.contains(where: { $0.kind == "weekday" }) {
                j += p.unicodeScalars.count; shift = n
            }
            break
        }
        guard let w = lex.dateWordsZh.longest(t, at: j),
              let wd = w.values.first(where: { $0.kind == "weekday" }).flatMap({ Int($0.value) }) else { return nil }
        let d = a.adding(days: wd - a.weekday + 7 * shift)
        return Found(a: i, b: w.end, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: true))
    }
}
