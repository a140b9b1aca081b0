import GleanerExtract
import GleanerModel
import Testing

/// Money: a number with a currency before or after it, named from currencies.tsv.
@Suite struct MoneyRuleTests {
    static let lexicons = try! ExtractLexicons.load()

    func money(_ text: String, _ language: String? = nil) -> [String] {
        EntityExtractor(lexicons: Self.lexicons).extract(text, published: nil, language: language)
            .filter { $0.type == .money }
            .map { e in
                let q = e.value.quantity!
                let n = q.number == q.number.rounded() ? String(Int(q.number)) : String(q.number)
                return "\(e.text)=\(n) \(q.currency ?? "?")"
            }
    }

    @Test func aSymbolOrCodeBeforeTheNumber() {
        #expect(money("national paid siegel and shuster $94,000 to drop all claims .") == ["$94,000=94000 Dollar"])
        #expect(money("the price of the second simulator ranges between c $ 16.4 million") == ["c $ 16.4 million=16400000 Canadian dollar"])
        #expect(money("coyle ' s net worth was estimated at £ 8.10 million in october 2014 .") == ["£ 8.10 million=8100000 Pound"])
    }
    @Test func aCurrencyWordAfterTheNumber() {
        #expect(money("the december contract rose 1.20 cents") == ["1.20 cents=1.2 Cent"])
        #expect(money("national income realty trust will resume dividend payments with a 12-cent dividend") == ["12-cent=12 Cent"])
        #expect(money("nokia agreed to buy the company for 420 million finnish markka") == ["420 million finnish markka=420000000 Finnish markka"])
    }
    @Test func spanishAmounts() {
        // Seed 002: "una donación de 1.000 yuanes".
        #expect(money("les entregaron una donación de 1.000 yuanes", "es") == ["1.000 yuanes=1000 Yuan chino"])
        #expect(money("El fettuccine con champiñones portobello cuesta $ 8,50.", "es") == ["$ 8,50=8.5 Dólar"])
        #expect(money("una inversión de 3 millones de dólares", "es") == ["3 millones de dólares=3000000 Dólar"])
        // Millions with no number are some millions, not one: no amount (mil dólares is a thousand).
        #expect(money("un acuerdo de varios billones de dólares", "es").isEmpty)
        #expect(money("pérdidas de miles de millones de dólares y mil dólares de multa", "es") == ["mil dólares=1000 Dólar"])
    }
    @Test func oneAmountsSuffixIsNotTheNextOnesPrefix() {
        #expect(money("50 dollar 50 dollar") == ["50 dollar=50 Dollar", "50 dollar=50 Dollar"])
        #expect(money("I want to loan $10000 over 3 years") == ["$10000=10000 Dollar"])
    }
    @Test func hundredthsAfterAnAmount() {
        #expect(money("it only cost thirteen dollars and forty-five cents") == ["thirteen dollars and forty-five cents=13.45 Dollar"])
        #expect(money("solo cuesta 3 euros con 99 céntimos.", "es") == ["3 euros con 99 céntimos=3.99 Euro"])
        #expect(money("Pagaron 75 USD millones", "es") == ["75 USD millones=75000000 Dólar estadounidense"])
        // An amount with its hundredths takes no more: the 32 is a quantity.
        #expect(money("Hey, the cost is $4.25 and 32 is the quantity!") == ["$4.25=4.25 Dollar"])
    }
    @Test func chineseMoneyIsNamedByItsUnit() {
        // Seed 003: "共募集慈善资金800万余元".
        #expect(money("等共募集慈善资金800万余元，形成共建") == ["800万余元=8000000 Chinese yuan"])
        #expect(money("央行到期定存单5306亿台币") == ["5306亿台币=530600000000 New Taiwan dollar"])
    }
}
