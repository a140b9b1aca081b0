import GleanerExtract
import GleanerModel
import Testing

/// Times of day, date-times, parts of the day, durations, recurrences and open ranges: one test
/// per pattern, on real sentences (news lines and Recognizers-Text's spec sentences).
@Suite struct TimeRuleTests {
    static let lexicons = try! ExtractLexicons.load()

    func find(_ text: String, _ published: String? = nil, _ type: Entity.Kind) -> [Entity] {
        EntityExtractor(lexicons: Self.lexicons).extract(text, published: published).filter { $0.type == type }
    }
    func one(_ text: String, _ published: String? = nil, _ type: Entity.Kind) -> (String, DateValue)? {
        find(text, published, type).first.flatMap { e in e.value.date.map { (e.text, $0) } }
    }

    // MARK: times alone

    @Test func chineseClockWithPartOfDay() throws {
        let d = try #require(one("会议定于下午5:00开始。", nil, .time))
        #expect(d.0 == "下午5:00" && d.1.start == "T17:00" && d.1.twelveHour == nil)
    }
    @Test func chineseHalfHourBeforeDawn() throws {
        let d = try #require(one("凌晨2点半，消防员赶到现场。", nil, .time))
        #expect(d.0 == "凌晨2点半" && d.1.start == "T02:30")
    }
    @Test func chineseHourWithoutPartIsTwelveHour() throws {
        let d = try #require(one("大约十点", nil, .time))
        #expect(d.0 == "大约十点" && d.1.start == "T10:00" && d.1.twelveHour == true)
    }
    @Test func threePointsAreNoTime() throws {
        #expect(find("会议提出三点要求。", nil, .time).isEmpty)
    }
    @Test func chineseTimeRangeCarriesThePart() throws {
        let d = try #require(one("从下午五点一刻到六点", nil, .time))
        #expect(d.1.start == "T17:15" && d.1.end == "T18:00")
    }
    @Test func englishClockWithSeconds() throws {
        let d = try #require(one("I'll be back 7:56:30 pm", nil, .time))
        #expect(d.0 == "7:56:30 pm" && d.1.start == "T19:56:30")
    }
    @Test func englishHalfPast() throws {
        let d = try #require(one("It's half past seven o'clock", nil, .time))
        #expect(d.1.start == "T07:30" && d.1.twelveHour == true)
    }
    @Test func englishRangeTakesThePMOfItsEnd() throws {
        let d = try #require(one("I'll be out 5 to 6pm", nil, .time))
        #expect(d.0 == "5 to 6pm" && d.1.start == "T17:00" && d.1.end == "T18:00")
    }
    @Test func spanishHourOfTheAfternoon() throws {
        let d = try #require(one("La reunión será a las cinco de la tarde.", nil, .time))
        #expect(d.0 == "cinco de la tarde" && d.1.start == "T17:00")
    }
    @Test func englishPartOfDayThenClock() throws {
        let d = try #require(one("I'll be back in the afternoon at 7", nil, .time))
        #expect(d.0 == "in the afternoon at 7" && d.1.start == "T19:00")
    }
    @Test func moneyIsNoClock() throws {
        #expect(find("me pidio $5.00 prestados", "2018-10-15", .time).isEmpty)
    }

    // MARK: a day with its time or part

    @Test func chineseDayWithClock() throws {
        let d = try #require(one("明天下午5:00", "2016-11-07T14:07:00", .date))
        #expect(d.0 == "明天下午5:00" && d.1.start == "2016-11-08T17:00" && d.1.granularity == "minute")
    }
    @Test func chineseDayWithPartOfDay() throws {
        let d = try #require(one("2019年7月25日早间粮油行情简析", nil, .date))
        #expect(d.0 == "2019年7月25日早间" && d.1.start == "2019-07-25T08:00" && d.1.end == "2019-07-25T12:00")
    }
    @Test func englishDayThenClock() throws {
        let d = try #require(one("I'll go back tomorrow 8:00am", "2016-11-07", .date))
        #expect(d.0 == "tomorrow 8:00am" && d.1.start == "2016-11-08T08:00")
    }
    @Test func clockThenTonight() throws {
        let d = try #require(one("I'll go back 10, tonight", "2016-11-07", .date))
        #expect(d.1.start == "2016-11-07T22:00" && d.1.twelveHour == nil)
    }
    @Test func bareNumberAfterADayIsNoClock() throws {
        let d = try #require(one("I'll go back July 1st, 17th times.", "2018-04-07", .date))
        #expect(d.0 == "July 1st" && d.1.start == "2018-07-01")
    }
    @Test func weekdayAfterTheDayBelongsToIt() throws {
        let d = try #require(one("10月12号，星期一", "2017-03-22", .date))
        #expect(d.0 == "10月12号，星期一" && d.1.start == "2017-10-12")
    }

    // MARK: days

    @Test func loneDayOfTheMonth() throws {
        let d = try #require(one("29日你来吗", "2016-02-22", .date))
        #expect(d.0 == "29日" && d.1.start == "2016-02-29" && d.1.inferred)
    }
    @Test func riBeforeBenIsJapan() throws {
        #expect(find("3日本田公司宣布", "2016-02-22", .date).isEmpty)
    }
    @Test func twoDigitYear() throws {
        let d = try #require(one("08年奥运会在北京举办", nil, .date))
        #expect(d.0 == "08年" && d.1.start == "2008-01-01" && d.1.end == "2008-12-31")
    }
    @Test func lunarStyleDay() throws {
        let d = try #require(one("2015年十月初一早上九点二十", nil, .date))
        #expect(d.1.start == "2015-10-01T09:20")
    }
    @Test func monthDayAtSentenceEnd() throws {
        let d = try #require(one("二零零四年八月十五", nil, .date))
        #expect(d.1.start == "2004-08-15" && d.1.end == "2004-08-15")
    }
    @Test func rangeOpenedByCong() throws {
        let d = try #require(one("时间从2016年一月十日到十二日", nil, .date))
        #expect(d.0 == "从2016年一月十日到十二日" && d.1.end == "2016-01-12" && d.1.range == true)
    }
    @Test func spanishSlashDateIsDayFirst() throws {
        let found = EntityExtractor(lexicons: Self.lexicons).extract("organizame una reunion el 27/11 a las 23", published: "2020-05-30", language: "es")
            .first { $0.type == .date }
        let d = try #require(found)
        #expect(d.text == "27/11 a las 23" && d.value.date?.start == "2020-11-27T23:00")
    }
    @Test func englishSlashDateIsMonthFirst() throws {
        let d = try #require(one("I'll go back 5/3/18 @ 17:49:19", "2018-05-01", .date))
        #expect(d.1.start == "2018-05-03T17:49:19")
    }
    @Test func nextWeekdayIsNextWeeks() throws {
        let d = try #require(one("Do you have any arrangement on next Friday?", "2019-01-31", .date))
        #expect(d.1.start == "2019-02-08")
    }
    @Test func weekdayOfNextWeek() throws {
        let d = try #require(one("Let's go for coffee on tuesday of next week", "2019-07-30", .date))
        #expect(d.0 == "tuesday of next week" && d.1.start == "2019-08-06")
    }
    @Test func chineseWeekday() throws {
        let d = try #require(one("禮拜一", "2018-09-18", .date))
        #expect(d.1.start == "2018-09-17")
    }

    // MARK: open ranges

    @Test func beforeAYear() throws {
        let d = try #require(one("show me sales before 2010 or after 2018", "2018-05-31", .date))
        #expect(d.0 == "before 2010" && d.1.start == nil && d.1.end == "2009-12-31")
    }
    @Test func sinceAMonth() throws {
        let d = try #require(one("I'll be out since August", "2016-11-07", .date))
        #expect(d.0 == "since August" && d.1.start == "2016-08-01" && d.1.end == nil)
    }
    @Test func chineseYiLai() throws {
        let d = try #require(one("2015年以来，全市共建成社工站120个。", nil, .date))
        #expect(d.0 == "2015年以来" && d.1.start == "2015-01-01" && d.1.end == nil)
    }

    // MARK: durations and moments from now

    @Test func chineseDuration() throws {
        let d = try #require(find("第31次國際社工日主題宣傳周活動歷時兩天", nil, .duration).first)
        #expect(d.text == "兩天" && d.value == .duration(DurationValue(seconds: 172_800)))
    }
    @Test func anniversaryIsNoDuration() throws {
        #expect(find("庆祝建站十周年", nil, .duration).isEmpty)
    }
    @Test func englishHalfHours() throws {
        let d = try #require(find("I suppose one and a half hours are sufficient to finish the task.", nil, .duration).first)
        #expect(d.text == "one and a half hours" && d.value == .duration(DurationValue(seconds: 5400)))
    }
    @Test func fewIsApproximate() throws {
        let d = try #require(find("I'll leave for a few minutes", nil, .duration).first)
        #expect(d.value == .duration(DurationValue(seconds: 180, approximate: true)))
    }
    @Test func ageIsNoDuration() throws {
        #expect(find("When she was five years old, she learned to ride a bike.", nil, .duration).isEmpty)
    }
    @Test func hoursLaterFromThePublishedMoment() throws {
        let d = try #require(one("他2小时后就回来了", "2018-08-30T14:16:03", .date))
        #expect(d.0 == "2小时后" && d.1.start == "2018-08-30T16:16:03")
    }
    @Test func pastTenYears() throws {
        let d = try #require(one("过去十年中国有了巨大的变化", "2018-07-24", .date))
        #expect(d.1.start == "2008-07-24" && d.1.end == "2018-07-23")
    }

    // MARK: recurrences

    @Test func chineseWeeklyWithTime() throws {
        let r = try #require(find("事件每周一下午八点都发生", nil, .set).first)
        #expect(r.text == "每周一下午八点" && r.value == .recurrence(RecurrenceValue(every: "P1W", on: 1, at: "20:00")))
    }
    @Test func everyNDays() throws {
        let r = try #require(find("I'll leave each two days", nil, .set).first)
        #expect(r.text == "each two days" && r.value == .recurrence(RecurrenceValue(every: "P2D")))
    }
    @Test func spanishEveryDay() throws {
        let r = try #require(find("para patrullar sus comunidades todos los días e informar", nil, .set).first)
        #expect(r.text == "todos los días" && r.value == .recurrence(RecurrenceValue(every: "P1D")))
    }
    @Test func pluralWeekdayAtTime() throws {
        let r = try #require(find("Add meeting with boss to my calendar - Tuesdays at 9am", nil, .set).first)
        #expect(r.text == "Tuesdays at 9am" && r.value == .recurrence(RecurrenceValue(every: "P1W", on: 2, at: "09:00")))
    }
    @Test func annualInsideATitleIsPartOfTheName() throws {
        #expect(find("sobre el XX Examen Anual de Calificación", nil, .set).isEmpty)
    }

    // MARK: more day forms

    @Test func aDayNoCalendarHasIsUnknown() throws {
        let d = try #require(one("2019年2月29日", "2020-03-22", .date))
        #expect(d.0 == "2019年2月29日" && d.1.unknown && d.1.start == nil)
    }
    @Test func dateTimeRangeAcrossDays() throws {
        let d = try #require(one("从昨天下午两点到明天四点", "2016-11-07T16:12:00", .date))
        #expect(d.0 == "从昨天下午两点到明天四点" && d.1.start == "2016-11-06T14:00" && d.1.end == "2016-11-08T04:00")
    }
    @Test func dateTimeRangeWithZhijian() throws {
        let d = try #require(one("1月15号4点和2月3号9点之间", "2016-11-07", .date))
        #expect(d.0 == "1月15号4点和2月3号9点之间" && d.1.range == true)
    }
    @Test func firstLunarMonthName() throws {
        // a lunar month: 正月 of the lunar year 2017 (from January 28th) has 29 days
        let d = try #require(one("正月三十", "2017-03-22", .date))
        #expect(d.0 == "正月三十" && d.1.unknown)
        let e = try #require(one("正月十五", "2017-03-22", .date))
        #expect(e.0 == "正月十五" && e.1.start == "2017-02-11")
    }
    @Test func yearSpaceMonth() throws {
        let d = try #require(one("2018年 12月", nil, .date))
        #expect(d.0 == "2018年 12月" && d.1.start == "2018-12-01" && d.1.end == "2018-12-31")
    }
    @Test func ageInWeeksOfYearsIsNoDuration() {
        #expect(find("我今年18周岁了", "2018-07-16", .duration).isEmpty)
    }
    @Test func everyDayInChinese() throws {
        let r = try #require(find("事件每日都发生", nil, .set).first)
        #expect(r.text == "每日" && r.value == .recurrence(RecurrenceValue(every: "P1D")))
    }
    @Test func loneDayFallsBackToTheMonthBefore() throws {
        let d = try #require(one("29日你放假吗", "2018-02-22", .date))
        #expect(d.1.start == "2018-01-29")
    }
    @Test func aboutSeventeenKilometresIsNoTime() {
        #expect(find("the javadi hills are located about 17 km from ambur.", nil, .time).isEmpty)
    }

    // MARK: Spanish and English forms

    @Test func twoDatesAsARange() throws {
        let d = try #require(one("Viajaré a Japón de 26 de junio de 2019 a 28 de junio de 2020.", "2019-05-30", .date))
        #expect(d.0 == "de 26 de junio de 2019 a 28 de junio de 2020" && d.1.start == "2019-06-26" && d.1.end == "2020-06-28" && d.1.range == true)
    }
    @Test func betweenTwoSlashDates() throws {
        let d = try #require(find("Tendré unas largas vacaciones entre 1/10 y 7/11", "2018-10-24", .date).first)
        #expect(d.text == "entre 1/10 y 7/11")
    }
    @Test func mananaAloneIsTomorrow() throws {
        let d = try #require(one("Volveré mañana", "2016-11-07", .date))
        #expect(d.0 == "mañana" && d.1.start == "2016-11-08")
        #expect(find("Regresaré por la mañana", "2016-11-07", .date).isEmpty)
    }
    @Test func dayMonthAbbreviationYear() throws {
        let d = try #require(one("Eli Lilly vendió IVAC el 31-dic-1994", nil, .date))
        #expect(d.0 == "31-dic-1994" && d.1.start == "1994-12-31")
    }
    @Test func spanishMinutesAfterY() throws {
        let d = try #require(one("Son las ocho y veinte de la noche", nil, .time))
        #expect(d.1.start == "T20:20")
    }
    @Test func spanishWeekdayOfNextWeek() throws {
        let d = try #require(one("¿Cuál es tu plan para el miércoles de la próxima semana?", "2018-11-28", .date))
        #expect(d.0 == "miércoles de la próxima semana" && d.1.start == "2018-12-05")
    }
    @Test func clockRangeBeforeADay() throws {
        let d = try #require(one("Saldré 3:00 a 4:00 mañana", "2016-11-07", .date))
        #expect(d.1.start == "2016-11-08T03:00" && d.1.end == "2016-11-08T04:00" && d.1.twelveHour == true)
    }

    // MARK: eras and decades

    @Test func republicOfChinaYear() throws {
        let d = try #require(one("民國111年3月5日，台北市舉辦活動。", nil, .date))
        #expect(d.0 == "民國111年3月5日" && d.1.start == "2022-03-05")
    }
    @Test func imperialEraYearAndMonth() throws {
        let d = try #require(one("康熙二十年9月", nil, .date))
        #expect(d.1.start == "1681-09-01" && d.1.end == "1681-09-30")
    }
    @Test func decadeOfTheLastCentury() throws {
        let d = try #require(one("九十年代，这里还是一片农田。", nil, .date))
        #expect(d.0 == "九十年代" && d.1.start == "1990-01-01" && d.1.end == "1999-12-31" && d.1.granularity == "decade")
    }
    @Test func decadeOfANamedCentury() throws {
        let d = try #require(one("十九世纪七十年代", nil, .date))
        #expect(d.1.start == "1870-01-01" && d.1.end == "1879-12-31")
    }

    // MARK: weeks, year-months, starting

    @Test func isoFirstWeekOfAYear() throws {
        let d = try #require(one("How about first week of 2015", "2018-11-29", .date))
        #expect(d.0 == "first week of 2015" && d.1.start == "2014-12-29" && d.1.end == "2015-01-04")
    }
    @Test func lastWeekOfAMonth() throws {
        let d = try #require(one("I'll be out the last week of july", "2016-11-07", .date))
        #expect(d.1.start == "2016-07-25" && d.1.end == "2016-07-31")
    }
    @Test func theWeekOfADay() throws {
        let d = try #require(one("We do have a few dates available the week of April 10th.", "2018-03-14", .date))
        #expect(d.0 == "the week of April 10th" && d.1.start == "2018-04-09")
    }
    @Test func weekByNumber() throws {
        let d = try #require(one("Show sales in the week 31", "2018-07-02", .date))
        #expect(d.0 == "week 31" && d.1.start == "2018-07-30")
    }
    @Test func yearDashMonth() throws {
        let d = try #require(one("I'll be out 2015-3", nil, .date))
        #expect(d.1.start == "2015-03-01" && d.1.end == "2015-03-31" && d.1.granularity == "month")
    }
    @Test func slashDatesFromTo() throws {
        let d = try #require(one("from 10/1 to 11/7", "2018-10-24", .date))
        #expect(d.0 == "from 10/1 to 11/7" && d.1.start == "2018-10-01" && d.1.end == "2018-11-07")
        #expect(find("from 10/1 to 11/7", "2018-10-24", .time).isEmpty)
    }
    @Test func startingADay() throws {
        let d = try #require(one("arrange a meeting starting January 7th to discuss", "2019-04-24", .date))
        #expect(d.0 == "starting January 7th" && d.1.start == "2019-01-07" && d.1.end == nil)
    }

    // MARK: days in words, weekdays naming a date

    @Test func monthThenDayInWords() throws {
        let d = try #require(one("Let's meet on february twenty second.", "2019-04-25", .date))
        #expect(d.0 == "february twenty second" && d.1.start == "2019-02-22")
    }
    @Test func ordinalWordOfMonth() throws {
        let d = try #require(one("I'll go back second of Aug.", "2016-11-07", .date))
        #expect(d.0 == "second of Aug" && d.1.start == "2016-08-02")
    }
    @Test func weekdayAbbreviationBeforeADate() throws {
        let d = try #require(one("Book this lunch in my calendar on Tue May 9.", "2018-01-07", .date))
        #expect(d.0 == "Tue May 9" && d.1.start == "2018-05-09")
    }
    @Test func weekdayBeforeASlashDate() throws {
        let d = try #require(one("please set up a Skype call sometime Friday 7/6 with Jim.", "2018-07-06", .date))
        #expect(d.0 == "Friday 7/6" && d.1.start == "2018-07-06")
    }
    @Test func yearMonthNameDay() throws {
        let d = try #require(one("How about 2019/aug/01", nil, .date))
        #expect(d.1.start == "2019-08-01")
    }
    @Test func febThirtyIsUnknown() throws {
        let d = try #require(one("feb 30", "2019-01-30", .date))
        #expect(d.1.unknown)
    }

    // MARK: halves of parts, open times, European dates, end of a day

    @Test func lateAfternoonIsItsSecondHalf() throws {
        let d = try #require(one("What happened in late afternoon.", nil, .time))
        #expect(d.0 == "late afternoon" && d.1.start == "T14:00" && d.1.end == "T16:00")
    }
    @Test func earlyThisEvening() throws {
        let d = try #require(one("let's meet early this evening.", "2019-08-01", .date))
        #expect(d.0 == "early this evening" && d.1.start == "2019-08-01T16:00" && d.1.end == "2019-08-01T18:00")
    }
    @Test func beforeATime() throws {
        let d = try #require(one("Shall we leave before 2.30pm?", nil, .time))
        #expect(d.0 == "before 2.30pm" && d.1.start == nil && d.1.end == "T14:30")
    }
    @Test func europeanDateWithPoints() throws {
        let d = try #require(one("DateTime search phrase 23.04.2022 14:55", nil, .date))
        #expect(d.0 == "23.04.2022 14:55" && d.1.start == "2022-04-23T14:55")
    }
    @Test func endOfTomorrow() throws {
        let d = try #require(one("I'll go back end of tomorrow", "2016-11-07", .date))
        #expect(d.0 == "end of tomorrow" && d.1.start == "2016-11-08T23:59:59")
    }
    @Test func aNumberAfterABuildingIsNoClock() throws {
        let d = try #require(one("Let's go for coffee on building 4 this afternoon", "2019-07-30", .date))
        #expect(d.0 == "this afternoon")
    }
    @Test func lastNightEndsAtItsWord() throws {
        let d = try #require(one("Last night 26 people disappeared", "2018-07-17", .date))
        #expect(d.0 == "Last night" && d.1.start == "2018-07-16T20:00")
    }

    // MARK: quarters, dashed dates

    @Test func yearAndQuarter() throws {
        let d = try #require(one("The sales went up during 2017-q1", nil, .date))
        #expect(d.0 == "2017-q1" && d.1.start == "2017-01-01" && d.1.end == "2017-03-31" && d.1.granularity == "quarter")
    }
    @Test func lastQuarter() throws {
        let d = try #require(one("Sales for last quarter", "2019-01-28", .date))
        #expect(d.1.start == "2018-10-01" && d.1.end == "2018-12-31")
    }
    @Test func halfYear() throws {
        let d = try #require(one("2019 H2 will bring challenges", nil, .date))
        #expect(d.0 == "2019 H2" && d.1.start == "2019-07-01" && d.1.end == "2019-12-31")
    }
    @Test func dashedDayMonthYearRange() throws {
        let d = try #require(one("The COVID-19 was very serious at 02-02-2020 - 03-03-2020", nil, .date))
        #expect(d.0 == "02-02-2020 - 03-03-2020" && d.1.start == "2020-02-02" && d.1.end == "2020-03-03")
    }

    // MARK: holidays

    @Test func chineseNationalDay() throws {
        let d = try #require(find("今年国庆节期间，全市接待游客120万人次。", "2018-07-17", .date).last)
        #expect(d.text == "国庆节" && d.value.date?.start == "2018-10-01")
    }
    @Test func holidayOfThisYear() throws {
        let d = try #require(one("There is a event in the independence day of this year.", "2018-07-17", .date))
        #expect(d.0 == "independence day of this year" && d.1.start == "2018-07-04")
    }
    @Test func spanishWorkersDay() throws {
        let d = try #require(one("¡Celebremos el Día del Trabajador!", "2020-05-14", .date))
        #expect(d.0 == "Día del Trabajador" && d.1.start == "2020-05-01")
    }

    // MARK: false friends

    @Test func mayBeforeAPronounIsTheVerb() {
        #expect(find("Yes. May I ask why?", "2018-01-07", .date).isEmpty)
    }
    @Test func aSecondRoundIsNoDuration() {
        #expect(find("Let's target a second round", nil, .duration).isEmpty)
    }
    @Test func pluralPartOfDayRecurs() throws {
        let r = try #require(find("I'll be out Friday mornings", "2016-11-07", .set).first)
        #expect(r.text == "Friday mornings" && r.value == .recurrence(RecurrenceValue(every: "P1W", on: 5)))
    }
    @Test func dailyTitleIsNoRecurrence() {
        #expect(find("来源:每日看点快看", nil, .set).isEmpty)
    }
    @Test func clockThenEveryday() throws {
        let r = try #require(find("I'll leave 6am everyday", nil, .set).first)
        #expect(r.text == "6am everyday" && r.value == .recurrence(RecurrenceValue(every: "P1D", at: "06:00")))
    }

    // MARK: years, decades, centuries, bounds

    @Test func yearsAsRangeEnds() throws {
        let d = try #require(one("The range is between 2014 through 2018.", nil, .date))
        #expect(d.0 == "between 2014 through 2018" && d.1.start == "2014-01-01" && d.1.end == "2018-12-31" && d.1.range == true)
    }
    @Test func beforeTheYear() throws {
        let d = try #require(one("I'll stay in China before the year 2019.", nil, .date))
        #expect(d.0 == "before the year 2019" && d.1.end == "2018-12-31" && d.1.start == nil)
    }
    @Test func englishDecadeAndCentury() throws {
        let d = try #require(one("Who are us presidents in 1990 s.", nil, .date))
        #expect(d.1.start == "1990-01-01" && d.1.end == "1999-12-31")
        let c = try #require(one("It happens in 15th  century", nil, .date))
        #expect(c.1.start == "1400-01-01" && c.1.end == "1499-12-31")
    }
    @Test func socialSecurityNumberIsNoDate() {
        #expect(find("The ssn is 123-12-1234", "2020-05-14", .date).isEmpty)
    }
    @Test func weekdayAndDayNumber() throws {
        let d = try #require(one("Do you have any arrangement on Monday 21!", "2019-01-21", .date))
        #expect(d.0 == "Monday 21" && d.1.start == "2019-01-21")
    }
    @Test func withinMonths() throws {
        let d = try #require(one("I will handle all the stuff within 9 months.", "2018-03-23", .date))
        #expect(d.1.start == "2018-03-23" && d.1.end == "2018-12-22")
    }
    @Test func durationWithItsBound() throws {
        let d = try #require(find("show me records more than 4 days", nil, .duration).first)
        #expect(d.text == "more than 4 days" && d.value == .duration(DurationValue(seconds: 345_600)))
    }

    // MARK: halves of periods

    @Test func laterThisWeek() throws {
        let d = try #require(one("Please find us a time to meet later this week", "2018-05-28", .date))
        #expect(d.0 == "later this week" && d.1.start == "2018-05-31" && d.1.end == "2018-06-03")
    }
    @Test func earlierThisMonth() throws {
        let d = try #require(one("We could have scheduled a time to meet earlier this month.", "2018-05-28", .date))
        #expect(d.0 == "earlier this month" && d.1.start == "2018-05-01" && d.1.end == "2018-05-15")
    }
    @Test func followingWeek() throws {
        let d = try #require(one("please schedule something for the following week", "2018-07-31", .date))
        #expect(d.0 == "following week" && d.1.start == "2018-08-06")
    }
    @Test func minutesThenLaterThisWeek() throws {
        let d = try #require(find("Cortana find 30 minutes later this week", "2019-05-27", .duration).first)
        #expect(d.text == "30 minutes")
    }

    // MARK: month ranges, by, night hours

    @Test func monthDashMonthAcrossTheYear() throws {
        let d = try #require(one("APEC will happen in Korea Nov-Feb 2017", "2018-10-24", .date))
        #expect(d.0 == "Nov-Feb 2017" && d.1.start == "2016-11-01" && d.1.end == "2017-02-28")
    }
    @Test func endYearHoldsForTheStart() throws {
        let d = try #require(one("APEC will happen in Korea Nov 18-Dec 19, 2015", "2018-10-24", .date))
        #expect(d.1.start == "2015-11-18" && d.1.end == "2015-12-19")
    }
    @Test func byTheEndOfThisMonth() throws {
        let d = try #require(one("I'll go back by end of this month", "2016-11-07", .date))
        #expect(d.0 == "by end of this month" && d.1.start == nil && d.1.end == "2016-11-30")
    }
    @Test func oneNightIsAStay() throws {
        #expect(find("Book a room for 1 night?", nil, .time).isEmpty)
        let d = try #require(find("Book a room for 1 night?", nil, .duration).first)
        #expect(d.value == .duration(DurationValue(seconds: 86_400)))
    }
    @Test func threeAtNightStaysThree() throws {
        let d = try #require(one("I'll go back tonight around 3", "2019-12-26", .date))
        #expect(d.1.start == "2019-12-26T03:00")
    }
    @Test func labValuesAreNoDates() {
        #expect(find("Labs were notable for a BUN/Cr of 30/4.85, troponin 0.182", nil, .date).isEmpty)
    }

    // MARK: Spanish periods

    @Test func spanishLowercaseAbbreviationBeforeAYear() throws {
        let d = try #require(one("No estuve en sep de 2001", nil, .date))
        #expect(d.0 == "sep de 2001" && d.1.start == "2001-09-01")
    }
    @Test func spanishDayRangeWithEntre() throws {
        let d = try #require(one("Estare afuera entre el 3 y el 12 de Set jajaja", "2016-11-07", .date))
        #expect(d.0 == "entre el 3 y el 12 de Set" && d.1.start == "2016-09-03" && d.1.end == "2016-09-12")
    }
    @Test func monthYearWithTilde() throws {
        let d = try #require(one("Ya no estaré 11~2016", nil, .date))
        #expect(d.1.start == "2016-11-01" && d.1.end == "2016-11-30")
    }
    @Test func theMonthOf() throws {
        let d = try #require(one("Ya no estaré en el mes de enero", "2016-11-07", .date))
        #expect(d.0 == "el mes de enero" && d.1.start == "2016-01-01")
    }
    @Test func todayToADayInTheNextYear() throws {
        let d = try #require(one("Ya no estaré de hoy a 22 de octubre", "2016-11-07", .date))
        #expect(d.0 == "de hoy a 22 de octubre" && d.1.start == "2016-11-07" && d.1.end == "2017-10-22")
    }

    @Test func spanishWeekOfAMonth() throws {
        let d = try #require(one("Estare afuera la ultima semana de julio", "2016-11-07", .date))
        #expect(d.0 == "la ultima semana de julio" && d.1.start == "2016-07-25")
    }
    @Test func spanishEndOfNextYear() throws {
        let d = try #require(one("Búscanos un tiempo conveniente para fines del próximo año", "2016-11-07", .date))
        #expect(d.0 == "fines del próximo año" && d.1.start == "2017-07-01" && d.1.end == "2017-12-31")
    }
    @Test func spanishDayOfTheMonthWithTime() throws {
        let d = try #require(one("Voy a volver el 15 a las 8:00", "2016-11-07", .date))
        #expect(d.0 == "15 a las 8:00" && d.1.start == "2016-11-15T08:00")
    }

    @Test func theMonthOfAbbreviation() throws {
        let d = try #require(one("I'll be out the month of Nov", "2016-11-07", .date))
        #expect(d.0 == "the month of Nov" && d.1.start == "2016-11-01")
    }
    @Test func twoDaysBeforeYesterday() throws {
        let d = try #require(one("Where were you two days before yesterday?", "2018-05-31", .date))
        #expect(d.0 == "two days before yesterday" && d.1.start == "2018-05-28")
    }
    @Test func anniversaryOrdinalIsNoDay() {
        #expect(find("Commemorative Events for the 25th Anniversary of Diplomatic Relations", "2018-05-31", .date).isEmpty)
    }
    @Test func onOrBefore() throws {
        let d = try #require(one("He will leave before or on 1/1/2016", nil, .date))
        #expect(d.0 == "before or on 1/1/2016" && d.1.start == nil && d.1.end == "2016-01-01")
    }

    // MARK: Chinese relative periods

    @Test func nextYearsApril() throws {
        let d = try #require(one("明年四月", "2017-03-22", .date))
        #expect(d.0 == "明年四月" && d.1.start == "2018-04-01" && d.1.end == "2018-04-30")
    }
    @Test func tenthOfThisMonth() throws {
        let d = try #require(one("本月十日", "2017-03-22", .date))
        #expect(d.0 == "本月十日" && d.1.start == "2017-03-10")
    }
    @Test func lastWeeksMonday() throws {
        let d = try #require(one("上周一有考试", "2017-03-22", .date))
        #expect(d.0 == "上周一" && d.1.start == "2017-03-13")
    }
    @Test func threeDaysAgo() throws {
        let d = try #require(one("大前天可以吗", "2017-03-22", .date))
        #expect(d.0 == "大前天" && d.1.start == "2017-03-19")
    }
    @Test func chineseNumeralYear() throws {
        let d = try #require(one("两千年八月十五", nil, .date))
        #expect(d.1.start == "2000-08-15")
    }
    @Test func yearAsANounIsNoDuration() {
        #expect(find("1500看起来是一个年份", nil, .duration).isEmpty)
    }

    // MARK: seasons

    @Test func thisYearsSummer() throws {
        let d = try #require(one("今年夏天", "2017-03-22", .date))
        #expect(d.0 == "今年夏天" && d.1.start == "2017-06-01" && d.1.end == "2017-08-31" && d.1.granularity == "season")
    }
    @Test func winterRunsIntoTheNextYear() throws {
        let d = try #require(one("2016年冬天", nil, .date))
        #expect(d.1.start == "2016-12-01" && d.1.end == "2017-02-28")
    }
    @Test func spanishSummerOfAYear() throws {
        let d = try #require(one("Estare afuera verano del 2016", nil, .date))
        #expect(d.0 == "verano del 2016" && d.1.start == "2016-06-01")
    }
    @Test func bareFallIsNoSeason() {
        #expect(find("Prices may fall in the coming days", "2017-03-22", .date).isEmpty)
    }

    // MARK: more English forms

    @Test func firstSundayOfTheMonthInContext() throws {
        let d = try #require(one("i'll go back first sunday", "2016-11-07", .date))
        #expect(d.0 == "first sunday" && d.1.start == "2016-11-06")
    }
    @Test func yearSlashMonth() throws {
        let d = try #require(one("I'll be out 2016/11", nil, .date))
        #expect(d.1.start == "2016-11-01" && d.1.end == "2016-11-30")
    }
    @Test func beforeTomorrowAtFour() throws {
        let d = try #require(one("this is before tomorrow 4pm", "2016-11-07", .date))
        #expect(d.0 == "before tomorrow 4pm" && d.1.start == nil && d.1.end == "2016-11-08T16:00")
    }
    @Test func monthNextYear() throws {
        let d = try #require(one("I'll be out june next year", "2016-11-07", .date))
        #expect(d.0 == "june next year" && d.1.start == "2017-06-01")
    }
    @Test func percentFractionIsNoDate() {
        #expect(find("the face amount of its 6 1/4% convertible", nil, .date).isEmpty)
    }

    // MARK: a time moved to a bare hour

    @Test func appointmentMovedToABareHour() throws {
        let ts = find("I'll change the 3pm appointment to 4.", nil, .time)
        #expect(ts.map(\.text) == ["3pm", "4"])
        #expect(ts.last?.value.date?.start == "T16:00")
        let words = find("I'll change the ten am appointment to twenty four.", nil, .time)
        #expect(words.map(\.text) == ["ten am", "twenty four"] && words.last?.value.date?.start == "T00:00")
    }
    @Test func noMoveNoDecimalNoLaterIsNoHour() {
        #expect(find("I'll change the ten am appointment to 4.3", nil, .time).map(\.text) == ["ten am"])
        #expect(find("I'll change the ten am appointment to 4 or later", nil, .time).map(\.text) == ["ten am"])
        #expect(find("The 3pm train to 4 cities left.", nil, .time).map(\.text) == ["3pm"])
    }

    // MARK: a day and its time, said apart

    @Test func dayDashClock() throws {
        let d = try #require(one("I'll go back 6 Jan 2017 - 6:37am", "2016-11-07", .date))
        #expect(d.0 == "6 Jan 2017 - 6:37am" && d.1.start == "2017-01-06T06:37")
    }
    @Test func clockOnWeekdayAfternoon() throws {
        let d = try #require(one("I'll go back 7:00 on Sunday afternoon", "2016-11-07", .date))
        #expect(d.0 == "7:00 on Sunday afternoon" && d.1.start?.hasPrefix("2016-11-13T") == true)
    }
    @Test func oclockThenPM() throws {
        let d = try #require(one("this friday at one o'clock pm", "2016-11-07", .date))
        #expect(d.0 == "this friday at one o'clock pm" && d.1.start == "2016-11-11T13:00")
    }
    @Test func atHourOnBareDay() throws {
        let d = try #require(one("I'll go back at seven on 15", "2016-11-07", .date))
        #expect(d.0 == "seven on 15" && d.1.start == "2016-11-15T07:00")
    }
    @Test func minutesInWordsPastAnHour() throws {
        let d = try #require(one("I'll go back twenty minutes past five tomorrow morning", "2016-11-07", .date))
        #expect(d.0 == "twenty minutes past five tomorrow morning" && d.1.start == "2016-11-08T05:20")
    }

    @Test func lengthInSeveralUnitsIsOneDuration() throws {
        let d = find("the trip lasted 2 years, 5 months", nil, .duration)
        #expect(d.map(\.text) == ["2 years, 5 months"])
        let two = find("They worked for the last 3 months and 2 weeks and 2 days ago they found it", "2016-11-07", .duration)
        #expect(two.map(\.text) == ["2 weeks"])
    }
}
