import GleanerExtract
import GleanerModel
import Testing

/// `--numbers`: one test per pattern of the number readers, on real sentences where the seeds
/// have them (corpora/seeds) and on cases written for the rule.
@Suite struct NumberRuleTests {
    static let lexicons = try! ExtractLexicons.load()

    func numbers(_ text: String, _ language: String? = nil) -> [String] {
        let x = EntityExtractor(lexicons: Self.lexicons)
        x.numbers = true
        return x.extract(text, published: nil, language: language).filter { $0.type == .number }.map { "\($0.text)=\($0.value.number!.value)" }
    }

    @Test func plainNumbersAreReportedOnlyWhenAsked() {
        let x = EntityExtractor(lexicons: Self.lexicons)
        #expect(x.extract("志愿者120人参加。", published: nil).allSatisfy { $0.type != .number })
        #expect(numbers("志愿者120人参加。") == ["120=120"])
    }

    // MARK: Chinese

    @Test func chineseNumeralsWithSections() {
        // Seed 003: "2000多家社会组织"; written out with sections and elided digits.
        #expect(numbers("全市共有2000多家社会组织") == ["2000=2000"])
        #expect(numbers("四亿五千六百四十二万零一十五") == ["四亿五千六百四十二万零一十五=456420015"])
        #expect(numbers("五兆六十二亿四万五千二") == ["五兆六十二亿四万五千二=5006200045200"])
        #expect(numbers("一千三") == ["一千三=1300"])
        #expect(numbers("九十二万四") == ["九十二万四=924000"])
        #expect(numbers("四万万") == ["四万万=400000000"])
    }
    @Test func financialAndTraditionalForms() {
        #expect(numbers("壹佰伍拾") == ["壹佰伍拾=150"])
        #expect(numbers("負四十五億零四百零四萬") == ["負四十五億零四百零四萬=-4504040000"])
    }
    @Test func arabicDigitsInsideChineseNumbers() {
        #expect(numbers("5万4千6百") == ["5万4千6百=54600"])
        #expect(numbers("1,100.9亿") == ["1,100.9亿=110090000000"])
        #expect(numbers("3万4000") == ["3万4000=34000"])
    }
    @Test func approximationsAndDozens() {
        #expect(numbers("十 余 万") == ["十 余 万=100000"])
        #expect(numbers("二十几万") == ["二十几万=200000"])
        #expect(numbers("十打苹果") == ["十打=120"])
        #expect(numbers("四百多") == ["四百=400"])
    }
    @Test func chineseDecimalsAndFractions() {
        #expect(numbers("两千万点五五四四") == ["两千万点五五四四=20000000.5544"])
        #expect(numbers("两百点两") == ["两百=200", "两=2"])
        #expect(numbers("三 百 五 又 三 分之 一") == ["三 百 五 又 三 分之 一=350.333333333333"])
        #expect(numbers("负3分之负一百五十七") == ["负3分之负一百五十七=52.3333333333333"])
    }
    @Test func wordsThatHoldANumeralAreNoNumbers() {
        // Seed-style sentences: 队伍, 四川, 一切 are words, not numbers.
        #expect(numbers("社工队伍不断壮大") == [])
        #expect(numbers("我家在四川") == [])
        #expect(numbers("这台电脑两美刀") == [])
        #expect(numbers("小明有十个手指头") == ["十=10"])
    }

    // MARK: English

    @Test func englishWords() {
        #expect(numbers("one hundred and sixty-one", "en") == ["one hundred and sixty-one=161"])
        #expect(numbers("twenty-one trillion and three hundred", "en") == ["twenty-one trillion and three hundred=21000000000300"])
        #expect(numbers("Twenty-six people die in accident at Techiman", "en") == ["Twenty-six=26"])
    }
    @Test func englishDigitsSuffixesAndPowers() {
        #expect(numbers("For now, China's population is 1 414 021 100.", "en") == ["1 414 021 100=1414021100"])
        #expect(numbers("I can give you 10M.", "en") == ["10M=10000000"])
        #expect(numbers("the 180.25ml liquid", "en") == [])
        #expect(numbers("1.1^23", "en") == ["1.1^23=8.95430243255239"])
        #expect(numbers("192.168.1.2", "en") == ["192=192", "168=168", "1=1", "2=2"])
    }
    @Test func englishFractionsAndDecimals() {
        #expect(numbers("five eighths", "en") == ["five eighths=0.625"])
        #expect(numbers("one hundred thirty fifths", "en") == ["one hundred thirty fifths=2.85714285714286"])
        #expect(numbers("twenty and three fifths", "en") == ["twenty and three fifths=20.6"])
        #expect(numbers("one and a half", "en") == ["one and a half=1.5"])
        #expect(numbers("one over three", "en") == ["one over three=0.333333333333333"])
        #expect(numbers("two hundred point zero three", "en") == ["two hundred point zero three=200.03"])
        #expect(numbers("three hundred and two dozens", "en") == ["three hundred and two dozens=324"])
        #expect(numbers("Book a first class seat to seattle", "en") == [])
    }

    // MARK: Spanish

    @Test func spanishWordsAndLongScale() {
        #expect(numbers("cuatrocientos cincuenta y dos mil trescientos cuarenta y siete", "es")
                == ["cuatrocientos cincuenta y dos mil trescientos cuarenta y siete=452347"])
        #expect(numbers("dos mil millones", "es") == ["dos mil millones=2000000000"])
        // The seed's Spanish: "más de 1.000 voluntarios".
        #expect(numbers("participaron más de 1.000 voluntarios", "es") == ["1.000=1000"])
    }
    @Test func spanishDecimalsAndFractions() {
        #expect(numbers("siete con cincuenta", "es") == ["siete con cincuenta=7,5"])
        #expect(numbers("veinte con tres quintos", "es") == ["veinte con tres quintos=20,6"])
        #expect(numbers("un veinticincoavo", "es") == ["un veinticincoavo=0,04"])
        #expect(numbers("tres dosmilesimos", "es") == ["tres dosmilesimos=0,0015"])
        #expect(numbers("1.234.567,51274", "es") == ["1.234.567,51274=1234567,51274"])
    }
    @Test func aPointThatCannotMarkThousandsIsADecimalPoint() {
        // As Mexican papers write it; 1.000 still reads a thousand, 192.168.1.2 four numbers.
        #expect(numbers("el peso cerró en 19.85 unidades por dólar", "es") == ["19.85=19,85"])
        #expect(numbers("Ayer me pidió $5.00 prestados", "es") == ["5.00=5"])
        #expect(numbers("más de 1.000 voluntarios y 0.683 puntos", "es") == ["1.000=1000", "0.683=0,683"])
        #expect(numbers("192.168.1.2", "es") == ["192.168=192168", "1=1", "2=2"])
    }
    @Test func aDashBetweenNumbersIsNoMinus() {
        #expect(numbers("Tiene unos 40 - 50 años", "es") == ["40=40", "50=50"])
        #expect(numbers("a 75 -300 mm zoom lens") == ["75=75", "300=300"])
        #expect(numbers("temperatures of - 20 degrees") == ["- 20=-20"])
    }
    @Test func languageFromTheWordsWhenNotGiven() {
        #expect(numbers("cuarenta y siete coma veintiocho") == ["cuarenta y siete coma veintiocho=47,28"])
        #expect(numbers("forty seven point two eight") == ["forty seven point two eight=47.28"])
    }
}
