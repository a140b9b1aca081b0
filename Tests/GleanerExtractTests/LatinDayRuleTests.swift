import GleanerExtract
import GleanerModel
import Testing

/// Days, weeks and weekends in English and Spanish said the way people type them: lowercase
/// abbreviations, bare days of the month, days counted in a relative month, the rest of a period.
/// One test per pattern, on real sentences (Recognizers-Text's spec sentences and news lines).
@Suite struct LatinDayRuleTests {
    static let lexicons = try! ExtractLexicons.load()

    func date(_ text: String, _ published: String = "2016-11-07") -> (String, DateValue)? {
        EntityExtractor(lexicons: Self.lexicons).extract(text, published: published)
            .first { $0.type == .date }.flatMap { e in e.value.date.map { (e.text, $0) } }
    }

    @Test func lowercaseAbbreviationAfterAnOrdinalDay() throws {
        let d = try #require(date("i'll go back 1st jan"))
        #expect(d.0 == "1st jan" && d.1.start == "2016-01-01")
    }
    @Test func lowercaseAbbreviationBeforeADayInWords() throws {
        let d = try #require(date("i'll go back jan first"))
        #expect(d.0 == "jan first" && d.1.start == "2016-01-01")
    }
    @Test func dayAndAbbreviationJoinedByAHyphen() throws {
        let d = try #require(date("i'll go back 28-nov"))
        #expect(d.0 == "28-nov" && d.1.start == "2016-11-28")
        let e = try #require(date("i'll go back jan-1"))
        #expect(e.0 == "jan-1" && e.1.start == "2016-01-01")
    }
    @Test func ordinalWordOfAbbreviation() throws {
        let d = try #require(date("i'll go back second of aug"))
        #expect(d.0 == "second of aug" && d.1.start == "2016-08-02")
    }
    @Test func mayWithAnOrdinalIsTheMonth() throws {
        let d = try #require(date("a baseball on may the eleventh"))
        #expect(d.0 == "may the eleventh" && d.1.start == "2016-05-11")
        let e = try #require(date("i'll go back fourth of may"))
        #expect(e.0 == "fourth of may" && e.1.start == "2016-05-04")
    }
    @Test func mayHeadingANounIsTheVerb() {
        #expect(date("You may one day see it") == nil)
        #expect(date("I may the first time") == nil)
    }
    @Test func abbreviationWithItsPointBeforeAYear() throws {
        let d = try #require(date("I was missing Oct. 2001"))
        #expect(d.0 == "Oct. 2001" && d.1.start == "2001-10-01" && d.1.granularity == "month")
    }
    @Test func sentencePointAfterAFullMonthNameIsNotItsOwn() throws {
        let d = try #require(date("Regresaré el 22 de abril."))
        #expect(d.0 == "22 de abril")
    }
    @Test func dayWithAPointBeforeTheMonth() throws {
        let d = try #require(date("16. Nov. 2016 10:38"))
        #expect(d.0 == "16. Nov. 2016 10:38" && d.1.start == "2016-11-16T10:38")
    }
    @Test func rangeOfDaysInARelativeMonth() throws {
        let d = try #require(date("I'll be out 4 to 23 next month"))
        #expect(d.0 == "4 to 23 next month" && d.1.start == "2016-12-04" && d.1.end == "2016-12-23")
        let e = try #require(date("Estaré fuera de 4-23 del próximo mes"))
        #expect(e.0 == "de 4-23 del próximo mes" && e.1.start == "2016-12-04")
        let f = try #require(date("I'll be out between 4 and 22 this month"))
        #expect(f.0 == "between 4 and 22 this month" && f.1.end == "2016-11-22")
    }
    @Test func dayOfARelativeMonth() throws {
        let d = try #require(date("i'll go back 20th of next month"))
        #expect(d.0 == "20th of next month" && d.1.start == "2016-12-20")
    }
    @Test func dayTheMonthDoesNotHaveIsUnknown() throws {
        let d = try #require(date("i'll go back 31st of this month"))
        #expect(d.0 == "31st of this month" && d.1.unknown && d.1.start == nil)
    }
    @Test func monthThenBetweenTwoDays() throws {
        let d = try #require(date("I'll be out November between 19 and 20"))
        #expect(d.0 == "November between 19 and 20" && d.1.start == "2016-11-19" && d.1.end == "2016-11-20")
    }
    @Test func rangeThroughAnOrdinalDay() throws {
        let d = try #require(date("I'll be out between November 15th through the 19th"))
        #expect(d.0 == "between November 15th through the 19th" && d.1.end == "2016-11-19")
        let e = try #require(date("I'll be out from 3 until 12 of Sept hahaha"))
        #expect(e.0 == "from 3 until 12 of Sept" && e.1.start == "2016-09-03")
    }
    @Test func bareDayAfterOnEndingItsPhrase() throws {
        let d = try #require(date("i'll go back on 15"))
        #expect(d.0 == "15" && d.1.start == "2016-11-15" && d.1.inferred)
        let e = try #require(date("i went back on 22nd"))
        #expect(e.0 == "22nd" && e.1.start == "2016-11-22")
        #expect(date("he voted on 15 amendments") == nil)
    }
    @Test func bareDayWithItsTime() throws {
        let d = try #require(date("I'll go back 8pm on 15"))
        #expect(d.0 == "8pm on 15" && d.1.start == "2016-11-15T20:00")
        let e = try #require(date("I'll go back on 15, 8pm"))
        #expect(e.0 == "15, 8pm" && e.1.start == "2016-11-15T20:00")
    }
    @Test func theOrdinalDayAfterFor() throws {
        let d = try #require(date("i went back for the 27!"))
        #expect(d.0 == "the 27" && d.1.start == "2016-11-27")
        let e = try #require(date("i went back on the second!"))
        #expect(e.0 == "the second" && e.1.start == "2016-11-02")
        #expect(date("i went back for the second time") == nil)
    }
    @Test func weekends() throws {
        let d = try #require(date("I'll be out this weekend"))
        #expect(d.0 == "this weekend" && d.1.start == "2016-11-12" && d.1.end == "2016-11-13" && d.1.granularity == "weekend")
        let e = try #require(date("Iremos al campo este fin de semana"))
        #expect(e.0 == "este fin de semana" && e.1.start == "2016-11-12")
    }
    @Test func restOfThePeriod() throws {
        let d = try #require(date("I'll leave rest of the week"))
        #expect(d.0 == "rest of the week" && d.1.start == "2016-11-07" && d.1.end == "2016-11-13")
    }
    @Test func yearToDate() throws {
        let d = try #require(date("This bank stock is down 20% in the year to date.", "2018-09-07"))
        #expect(d.0 == "year to date" && d.1.start == "2018-01-01" && d.1.end == "2018-09-07")
    }
    @Test func comingWeekAndUpcomingMonth() throws {
        let d = try #require(date("I'll be out the coming week"))
        #expect(d.0 == "coming week" && d.1.start == "2016-11-14")
        let e = try #require(date("upcoming month holidays"))
        #expect(e.0 == "upcoming month" && e.1.start == "2016-12-01")
    }

    // MARK: quarters, word years, seasons

    @Test func bareQuarterIsThisYears() throws {
        let d = try #require(date("I'll be back during Q1"))
        #expect(d.0 == "Q1" && d.1.start == "2016-01-01" && d.1.end == "2016-03-31" && d.1.inferred)
    }
    @Test func yearThenOrdinalQuarter() throws {
        let d = try #require(date("I'll be out 2016 the third quarter"))
        #expect(d.0 == "2016 the third quarter" && d.1.start == "2016-07-01")
    }
    @Test func relativeYearsHyphenatedQuarter() throws {
        let d = try #require(date("I'll be out next year's fourth-quarter"))
        #expect(d.0 == "next year's fourth-quarter" && d.1.start == "2017-10-01" && d.1.end == "2017-12-31")
    }
    @Test func ordinalQuarterThenRelativeYear() throws {
        let d = try #require(date("I'll be out the third quarter this year"))
        #expect(d.0 == "the third quarter this year" && d.1.start == "2016-07-01")
        #expect(date("The third quarter results") == nil)
    }
    @Test func yearInWords() throws {
        let d = try #require(date("I'll be out the first quarter of two thousand and twenty"))
        #expect(d.0 == "the first quarter of two thousand and twenty" && d.1.start == "2020-01-01")
        let e = try #require(date("I'll be out from 2 to 7 Feb, two thousand and eighteen"))
        #expect(e.0 == "from 2 to 7 Feb, two thousand and eighteen" && e.1.start == "2018-02-02" && e.1.end == "2018-02-07")
    }
    @Test func seasonOfAYearInWords() throws {
        let d = try #require(date("In the spring of nineteen seventy eight"))
        #expect(d.0 == "the spring of nineteen seventy eight" && d.1.start == "1978-03-01" && d.1.end == "1978-05-31")
    }
    @Test func seasonAloneIsThisYears() throws {
        let d = try #require(date("I'll leave the summer"))
        #expect(d.0 == "the summer" && d.1.start == "2016-06-01" && d.1.inferred)
        #expect(date("Prices fall again") == nil)
        #expect(date("the Summer Olympics") == nil)
    }

    // MARK: open and closed ranges

    @Test func beforeOrInIsUpToTheEnd() throws {
        let d = try #require(date("This task will complete before or in Feb 2018"))
        #expect(d.0 == "before or in Feb 2018" && d.1.start == nil && d.1.end == "2018-02-28")
    }
    @Test func onOrEarlierThanAMoment() throws {
        let d = try #require(date("You need to leave on or earlier than 3pm 5/15/2018"))
        #expect(d.0 == "on or earlier than 3pm 5/15/2018" && d.1.start == nil && d.1.end == "2018-05-15T15:00")
    }
    @Test func untilAYear() throws {
        let d = try #require(date("The range is until 2012"))
        #expect(d.0 == "until 2012" && d.1.start == nil && d.1.end == "2012-12-31")
    }
    @Test func spanishYearToYear() throws {
        let d = try #require(date("Trabajó en la empresa de 2009 a 2010"))
        #expect(d.0 == "de 2009 a 2010" && d.1.start == "2009-01-01" && d.1.end == "2010-12-31")
    }
    @Test func betweenNowAndADay() throws {
        let d = try #require(date("I will do my work between now and November 15th", "2019-04-23"))
        #expect(d.0 == "between now and November 15th" && d.1.start == "2019-04-23" && d.1.end == "2019-11-15")
        let e = try #require(date("I have finished my work between Jan 22 and now", "2019-04-23"))
        #expect(e.0 == "between Jan 22 and now" && e.1.start == "2019-01-22" && e.1.end == "2019-04-23")
    }

    // MARK: weekdays and months counted from the published day

    @Test func weekdayThenMonthDotDay() throws {
        let d = try #require(date("Cortana, please set up a Skype call sometime on friday 7.6 with Jim.", "2018-07-06"))
        #expect(d.0 == "friday 7.6" && d.1.start == "2018-07-06")
        let e = try #require(date("Monday 8-9am or 9-10 am works.", "2017-12-04"))
        #expect(e.0 == "Monday 8-9am")
    }
    @Test func theOrdinalWeekdayOfAMonth() throws {
        let d = try #require(date("i'll go back the first friday of july"))
        #expect(d.0 == "the first friday of july" && d.1.start == "2016-07-01")
    }
    @Test func fifthWeekdayTheMonthLacksIsUnknown() throws {
        let d = try #require(date("i'll go back fifth sunday"))
        #expect(d.0 == "fifth sunday" && d.1.unknown)
    }
    @Test func nextOrLastMonthName() throws {
        let d = try #require(date("I'll be out next june"))
        #expect(d.0 == "next june" && d.1.start == "2017-06-01")
        let e = try #require(date("I'll be out last sept"))
        #expect(e.0 == "last sept" && e.1.start == "2016-09-01")
        #expect(date("next may i will") == nil)
    }
    @Test func weekdayAbbreviationAfterOn() throws {
        let d = try #require(date("i'll go back on tues. good news."))
        #expect(d.0 == "tues" && d.1.start == "2016-11-08")
    }
    @Test func weekdayThenRelativeWeek() throws {
        let d = try #require(date("i'll go back on friday next week"))
        #expect(d.0 == "friday next week" && d.1.start == "2016-11-18")
    }
    @Test func middleOfNextWeek() throws {
        let d = try #require(date("Cortana, please find us a time mid next week"))
        #expect(d.0 == "mid next week" && d.1.start == "2016-11-15" && d.1.end == "2016-11-17")
    }
    @Test func weekAfterNext() throws {
        let d = try #require(date("I'll be out the week after next"))
        #expect(d.0 == "the week after next" && d.1.start == "2016-11-21")
    }
    @Test func setIsAVerbWithoutADay() throws {
        let d = try #require(date("Set appointment for tomorrow morning at 9 o'clock."))
        #expect(d.0 == "tomorrow morning at 9 o'clock")
        let e = try #require(date("entre el 3 y el 12 de Set"))
        #expect(e.1.start == "2016-09-03")
    }

    // MARK: digits

    @Test func yearCommaMonth() throws {
        let d = try #require(date("I'll be out 2016, nov"))
        #expect(d.0 == "2016, nov" && d.1.start == "2016-11-01" && d.1.granularity == "month")
        let e = try #require(date("In 2016, the economy grew"))
        #expect(e.0 == "2016")
    }
    @Test func yearPointMonthSaidLast() throws {
        let d = try #require(date("I'll be out 2015.3"))
        #expect(d.0 == "2015.3" && d.1.start == "2015-03-01")
        #expect(date("revenue was 2015.3 million") == nil)
    }
    @Test func monthGluedToDayAndYear() throws {
        let d = try #require(date("i'll go back january12,2016"))
        #expect(d.0 == "january12,2016" && d.1.start == "2016-01-12")
    }
    @Test func monthOfThenPointAndDay() throws {
        let d = try #require(date("month of september.15th"))
        #expect(d.0 == "month of september.15th" && d.1.start == "2016-09-15")
    }
    @Test func slashDateThenCommaYear() throws {
        let d = try #require(date("i'll go back 11/12,2016"))
        #expect(d.0 == "11/12,2016" && d.1.start == "2016-11-12")
        let e = try #require(date("06/06, 2015"))
        #expect(e.0 == "06/06, 2015" && e.1.start == "2015-06-06")
    }
    @Test func dashedDateWithTwoDigitYear() throws {
        let d = try #require(date("i'll go back 9-18-15"))
        #expect(d.0 == "9-18-15" && d.1.start == "2015-09-18")
    }
    @Test func monthDashDayAfterOn() throws {
        let d = try #require(date("i'll go back on 4-22"))
        #expect(d.0 == "4-22" && d.1.start == "2016-04-22")
        let e = try #require(date("i'll go back on 4.22"))
        #expect(e.0 == "4.22" && e.1.start == "2016-04-22")
        #expect(date("the score was 4-22 in the end") == nil)
    }
    @Test func spanishDaysAfterToday() throws {
        let d = try #require(date("¿Estás disponible dos días después de hoy?"))
        #expect(d.0 == "dos días después de hoy" && d.1.start == "2016-11-09")
    }

    // MARK: Spanish

    @Test func spanishWithoutAccents() throws {
        let d = try #require(date("Volvere el dia siguiente"))
        #expect(d.0 == "el dia siguiente" && d.1.start == "2016-11-08")
        let e = try #require(date("Estare afuera el proximo junio"))
        #expect(e.0 == "proximo junio" && e.1.start == "2017-06-01")
    }
    @Test func spanishLastMonthName() throws {
        let d = try #require(date("Ya no estaré el último sept"))
        #expect(d.0 == "último sept" && d.1.start == "2016-09-01")
    }
    @Test func spanishNextSeasonAndWeekday() throws {
        let d = try #require(date("Me iré la próxima primavera"))
        #expect(d.0 == "próxima primavera" && d.1.start == "2017-03-01")
        let e = try #require(date("Volvere el siguiente domingo"))
        #expect(e.0 == "siguiente domingo" && e.1.start == "2016-11-13")
    }
    @Test func spanishOrdinalDayWords() throws {
        let d = try #require(date("Volvere el vigesimo segundo de Junio"))
        #expect(d.0 == "vigesimo segundo de Junio" && d.1.start == "2016-06-22")
        let e = try #require(date("Volvere el undecimo de mayo"))
        #expect(e.0 == "undecimo de mayo" && e.1.start == "2016-05-11")
    }
    @Test func spanishMonthOfNextYear() throws {
        let d = try #require(date("Ya no estaré en junio del próximo año"))
        #expect(d.0 == "junio del próximo año" && d.1.start == "2017-06-01")
    }
    @Test func spanishQuarterIsCuarto() throws {
        let d = try #require(date("Ya no estaré el tercer cuarto de este año"))
        #expect(d.0 == "el tercer cuarto de este año" && d.1.start == "2016-07-01" && d.1.granularity == "quarter")
        #expect(date("Entró en el tercer cuarto de la casa") == nil)
    }
    @Test func ordinalWeekOfARelativeYear() throws {
        let d = try #require(date("Estare afuera la tercer semana del proximo año"))
        #expect(d.0 == "la tercer semana del proximo año" && d.1.start == "2017-01-16")
        let e = try #require(date("I'll be out the third week of this month"))
        #expect(e.0 == "the third week of this month" && e.1.start == "2016-11-14")
    }
    @Test func spanishBareDayAfterEl() throws {
        let d = try #require(date("Volvere el 15"))
        #expect(d.0 == "15" && d.1.start == "2016-11-15")
        let e = try #require(date("Volvere el 4-22"))
        #expect(e.0 == "4-22")
        #expect(date("Cortana, ¿puedes configurar algo el 21ro?") == nil)
    }
    @Test func spanishWeekdayAbbreviationMi() throws {
        let d = try #require(date("Volvere el Mi, 22 de Ene"))
        #expect(d.0 == "Mi, 22 de Ene" && d.1.start == "2016-01-22")
    }
    @Test func spanishFromUntilLeavesDelOut() throws {
        let d = try #require(date("Estare fuera del 2 de Oct hasta el 22 de Octubre"))
        #expect(d.0 == "2 de Oct hasta el 22 de Octubre" && d.1.end == "2016-10-22")
        let e = try #require(date("Ya no estaré del 4 al 22 de este mes"))
        #expect(e.0 == "del 4 al 22 de este mes")
    }
    @Test func spanishBoundsWithArticle() throws {
        let d = try #require(date("desde el 7/2 "))
        #expect(d.0 == "desde el 7/2" && d.1.end == nil)
        let e = try #require(date("esto es antes de mañana a las 4pm "))
        #expect(e.0 == "antes de mañana a las 4pm" && e.1.end == "2016-11-08T16:00")
    }
    @Test func spanishRestOfTheWeekAndYearSoFar() throws {
        let d = try #require(date("Me iré en el resto de la semana"))
        #expect(d.0 == "resto de la semana" && d.1.start == "2016-11-07")
        let e = try #require(date("Las acciones del banco han disminuido un 20% en lo que va de año"))
        #expect(e.0 == "va de año" && e.1.start == "2016-01-01" && e.1.end == "2016-11-07")
    }
    @Test func spanishEndOfTheDay() throws {
        let d = try #require(date("Volveré mañana al finalizar el día"))
        #expect(d.0 == "mañana al finalizar el día" && d.1.start == "2016-11-08T23:59:59")
    }

    // MARK: weeks and lengths said in pieces

    @Test func weekdaysOfARelativeWeek() throws {
        let d = try #require(date("Cortana, please coordinate a 25 minutes meeting with antonio next week between Wednesday and Friday"))
        #expect(d.0 == "next week between Wednesday and Friday" && d.1.start == "2016-11-16" && d.1.end == "2016-11-18")
    }
    @Test func weekCommencingADay() throws {
        let d = try #require(date("please schedule a meeting for the week commencing february 4"))
        #expect(d.0 == "the week commencing february 4" && d.1.start == "2016-02-01" && d.1.granularity == "week")
        let e = try #require(date("please schedule a meeting for w/c feb 4."))
        #expect(e.0 == "w/c feb 4")
    }
    @Test func yearInWordsAfterIn() throws {
        let d = try #require(date("In nineteen twenty eight"))
        #expect(d.0 == "nineteen twenty eight" && d.1.start == "1928-01-01")
    }
    @Test func lengthInSeveralUnitsAgo() throws {
        let d = try #require(date("i left here 2 years 1 month 21 days ago"))
        #expect(d.0 == "2 years 1 month 21 days ago" && d.1.start == "2014-09-16")
        let e = try #require(date("I met him 2 months 1 day 2 hours ago"))
        #expect(e.0 == "2 months 1 day 2 hours ago" && e.1.start == "2016-09-05T22:00:00")
    }
    @Test func yearAfterAUnixStyleDateTime() throws {
        let d = try #require(date("I will go back on wed Oct 26 15:50:06 2016."))
        #expect(d.0 == "wed Oct 26 15:50:06 2016" && d.1.start == "2016-10-26T15:50:06" && !d.1.inferred)
    }
    @Test func rangeToTodayBeforeItsStartIsUnknown() throws {
        let d = try #require(date("I was not there from 2019-aug-1 to today"))
        #expect(d.0 == "from 2019-aug-1 to today" && d.1.unknown)
    }
    @Test func ordinalDayAfterAtWithItsTime() throws {
        let d = try #require(date("I'll go back at 5th at 4 a.m."))
        #expect(d.0 == "5th at 4 a.m." && d.1.start == "2016-11-05T04:00")
    }
}
