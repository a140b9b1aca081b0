import GleanerExtract
import GleanerModel
import Testing

/// Chinese date rules: one test per pattern, on Recognizers-Text's spec sentences and news
/// lines, checking the span and its value.
@Suite struct ChineseDateRuleTests {
    static let lexicons = try! ExtractLexicons.load()

    func find(_ text: String, _ published: String? = nil, _ type: Entity.Kind = .date) -> [Entity] {
        EntityExtractor(lexicons: Self.lexicons).extract(text, published: published).filter { $0.type == type }
    }
    func one(_ text: String, _ published: String? = nil, _ type: Entity.Kind = .date) -> (String, DateValue)? {
        find(text, published, type).first.flatMap { e in e.value.date.map { (e.text, $0) } }
    }

    // MARK: the lunar calendar, resolved by ICU's Chinese calendar

    @Test func lunarCalendarNamedFirst() throws {
        let d = try #require(one("农历2015年十月初一", "2017-03-22"))
        #expect(d.0 == "农历2015年十月初一" && d.1.start == "2015-11-12" && d.1.end == "2015-11-12" && d.1.granularity == "day" && !d.1.inferred)
    }
    @Test func lunarCalendarNamedAfterTheYear() throws {
        let d = try #require(one("2015年农历正月初一是春节", "2016-11-07"))
        #expect(d.0 == "2015年农历正月初一" && d.1.start == "2015-02-19" && d.1.end == "2015-02-19")
    }
    @Test func lunarDateTakesItsTime() throws {
        let d = try #require(one("农历2015年十月初一早上九点二十", "2016-11-07"))
        #expect(d.0 == "农历2015年十月初一早上九点二十" && d.1.start == "2015-11-12T09:20")
    }
    @Test func lunarMonthWordWithItsDayBeforeText() throws {
        let d = try #require(one("腊月二十三有庙会", "2017-03-22"))
        #expect(d.0 == "腊月二十三" && d.1.start == "2018-02-08" && d.1.inferred)
    }
    @Test func lunarDayTheMonthLacksIsUnresolved() throws {
        // 正月 of the lunar year 2017 has 29 days
        let d = try #require(one("微软在正月三十有活动", "2017-03-22"))
        #expect(d.0 == "正月三十" && d.1.unknown && d.1.start == nil && d.1.granularity == "day")
    }
    @Test func lunarNewYearsDay() throws {
        let d = try #require(one("大年初一", "2016-11-07"))
        #expect(d.0 == "大年初一" && d.1.start == "2016-02-08" && d.1.inferred)
    }
    @Test func lunarNewYearsEveIsTheLastDayOfTheYear() throws {
        let d = try #require(one("大年三十", "2016-11-07"))
        #expect(d.0 == "大年三十" && d.1.start == "2017-01-27")
    }
    @Test func lunarNewYearsEveOfAShortTwelfthMonth() throws {
        // 腊月 of the lunar year 2015 has 29 days: the eve is its 29th
        let d = try #require(one("2015年大年三十", "2016-11-07"))
        #expect(d.0 == "2015年大年三十" && d.1.start == "2016-02-07")
    }
    @Test func lunarDateBeforeTheTablesIsUnresolved() throws {
        let d = try #require(one("雍正四年大年三十", "2017-03-22"))
        #expect(d.0 == "雍正四年大年三十" && d.1.unknown)
    }
    @Test func lunarNewYearWithoutDayIsOnlyTheYear() throws {
        let d = try #require(one("2015年农历新年", "2016-11-07"))
        #expect(d.0 == "2015年" && d.1.granularity == "year")
    }
}

extension ChineseDateRuleTests {
    // MARK: weekdays, weekends and words relative to the published day

    @Test func lastOneWeekday() throws {
        let d = try #require(one("上一个周三", "2016-11-07"))
        #expect(d.0 == "上一个周三" && d.1.start == "2016-11-02" && d.1.end == "2016-11-02" && d.1.inferred)
    }
    @Test func finalWeekdayAloneIsLastWeeks() throws {
        let d = try #require(one("最后一个周三", "2016-11-07"))
        #expect(d.0 == "最后一个周三" && d.1.start == "2016-11-02")
        let e = try #require(one("最后一个的周三", "2016-11-07"))
        #expect(e.0 == "最后一个的周三" && e.1.start == "2016-11-02")
    }
    @Test func nextWeekend() throws {
        let d = try #require(one("下周末", "2016-11-07"))
        #expect(d.0 == "下周末" && d.1.start == "2016-11-19" && d.1.end == "2016-11-20" && d.1.granularity == "day")
    }
    @Test func thisMonthOfLastYear() throws {
        let d = try #require(one("去年本月十日", "2016-11-07"))
        #expect(d.0 == "去年本月十日" && d.1.start == "2015-11-10" && d.1.end == "2015-11-10")
    }
    @Test func recentlyIsThePublishedDay() throws {
        let d = try #require(one("最近还好吗", "2017-03-22"))
        #expect(d.0 == "最近" && d.1.start == "2017-03-22" && d.1.end == "2017-03-22" && d.1.inferred)
    }
    @Test func theLastDayIsNoDayAfterNow() {
        #expect(find("比赛最后一天", "2019-07-30").isEmpty)
    }
}

extension ChineseDateRuleTests {
    // MARK: weeks and weekdays within a month or year

    @Test func firstWeekOfAMonth() throws {
        let d = try #require(one("十月的第一周是国庆节", "2017-03-22"))
        #expect(d.0 == "十月的第一周" && d.1.start == "2017-10-02" && d.1.end == "2017-10-08" && d.1.granularity == "week" && d.1.inferred)
    }
    @Test func firstWeekOfAYear() throws {
        let d = try #require(one("Created On 是在 2021年的第一周", "2018-11-29"))
        #expect(d.0 == "2021年的第一周" && d.1.start == "2021-01-04" && d.1.end == "2021-01-10" && !d.1.inferred)
    }
    @Test func lastWeekdayOfAMonthOpensARange() throws {
        let d = try #require(one("我从四月的最后一个星期一到十月一日不在", "2019-07-30"))
        #expect(d.0 == "从四月的最后一个星期一到十月一日" && d.1.start == "2019-04-29" && d.1.end == "2019-10-01" && d.1.range == true)
    }
    @Test func lastWeekdayOfThisYear() throws {
        let d = try #require(one("今年最后一个周三", "2019-07-30"))
        #expect(d.0 == "今年最后一个周三" && d.1.start == "2019-12-25")
    }
}

extension ChineseDateRuleTests {
    // MARK: spans just before or after the published day

    @Test func pastYearsWithSpaces() throws {
        let d = try #require(one("近 三 年，犯罪数量逐步下降", "2016-11-07"))
        #expect(d.0 == "近 三 年" && d.1.start == "2013-11-07" && d.1.end == "2016-11-06" && d.1.inferred)
    }
    @Test func nearlyThreeYearsIsALength() throws {
        #expect(find("历时近三年", "2016-11-07").isEmpty)
        let d = try #require(find("历时近三年", "2016-11-07", .duration).first)
        #expect(d.text == "三年")
    }
    @Test func lastMonthCountedInDigits() throws {
        let d = try #require(one("上1月", "2016-11-07"))
        #expect(d.0 == "上1月" && d.1.start == "2016-10-07" && d.1.end == "2016-11-06")
    }
    @Test func nextYearAndDayCountedInDigits() throws {
        let y = try #require(one("下1年", "2016-11-07"))
        #expect(y.0 == "下1年" && y.1.start == "2016-11-08" && y.1.end == "2017-11-07")
        let d = try #require(one("下1天", "2016-11-07"))
        #expect(d.0 == "下1天" && d.1.start == "2016-11-08" && d.1.end == "2016-11-08")
    }
    @Test func recentDays() throws {
        let d = try #require(one("最近三天", "2016-11-07"))
        #expect(d.0 == "最近三天" && d.1.start == "2016-11-04" && d.1.end == "2016-11-06")
    }
    @Test func aboveIsNoLastSpan() {
        #expect(find("上三个月的课", "2016-11-07").isEmpty)
    }
}

extension ChineseDateRuleTests {
    // MARK: years and days in digits

    @Test func threeDigitYearAfterZai() throws {
        let d = try #require(one("在789年", "2016-11-07"))
        #expect(d.0 == "789年" && d.1.start == "0789-01-01" && d.1.end == "0789-12-31" && d.1.granularity == "year" && !d.1.inferred)
    }
    @Test func threeDigitYearsOfALengthAreNoYear() {
        #expect(find("在100年内", "2016-11-07").isEmpty)
        #expect(find("在300年来", "2016-11-07").isEmpty)
    }
    @Test func twoDigitYearFirstInChineseText() throws {
        let d = try #require(one("你12-11-10有时间吗", "2020-12-15"))
        #expect(d.0 == "12-11-10" && d.1.start == "2012-11-10" && d.1.end == "2012-11-10" && !d.1.inferred)
    }

    // MARK: ranges

    @Test func afterThenBeforeIsOneRange() throws {
        let d = try #require(one("帮我统计一下2010年之后2018年之前的销量", "2016-11-07"))
        #expect(d.0 == "2010年之后2018年之前" && d.1.start == "2011-01-01" && d.1.end == "2017-12-31" && d.1.granularity == "year")
        #expect(find("帮我统计一下2010年之后2018年之前的销量", "2016-11-07").count == 1)
    }
}

extension ChineseDateRuleTests {
    // MARK: words that look like those above but are none

    @Test func nearestIsNoRecently() {
        #expect(find("当该彗星飞抵距地球的最近点时", "2016-11-07").isEmpty)
        #expect(find("最近的医院在哪里", "2016-11-07").isEmpty)
    }
    @Test func nearlyTwoHoursIsALength() throws {
        #expect(find("经过消防官兵近两个小时的紧张营救", "2016-11-07").isEmpty)
        let d = try #require(find("搭乘近一个小时的观光车", "2016-11-07", .duration).first)
        #expect(d.text == "一个小时")
    }
    @Test func onlineIsNoLastSpan() {
        #expect(find("联合进行网上24小时互动守岁大行动", "2016-11-07").isEmpty)
    }
    @Test func twoNumeralsInARowAreAboutTheLarger() throws {
        let d = try #require(one("天津市青少年的发明创造活动近一两年取得显著成绩", "2016-11-07"))
        #expect(d.0 == "近一两年" && d.1.start == "2014-11-07" && d.1.end == "2016-11-06")
        let e = try #require(find("一两年", "2016-11-07", .duration).first)
        guard case let .duration(v) = e.value else { Issue.record("not a duration: \(e.value)"); return }
        #expect(e.text == "一两年" && v.seconds == 2 * 31_536_000 && v.approximate)
    }
    @Test func aWeekendIsNoWeek() {
        #expect(!find("千年大厦在2000年最后一个周末共接待游客6万多人次", "2016-11-07", .duration).contains { $0.text.contains("周") })
        #expect(find("千年大厦在2000年最后一个周末共接待游客6万多人次", "2016-11-07").map(\.text) == ["2000年"])
    }
}
