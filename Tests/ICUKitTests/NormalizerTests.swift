import Testing
@testable import ICUKit

@Suite struct NormalizerTests {
    @Test func foldingForSearch() {
        #expect(Normalizer.fold("Día") == "dia")
        #expect(Normalizer.fold("ＡＢＣ") == "abc")
        #expect(Normalizer.fold("Ñandú") == "nandu")
        #expect(Normalizer.fold("社工") == "社工")
        #expect(Normalizer.fold("２０１７") == "2017")
    }

    @Test func nfkcKeepsChinesePunctuationOnlyWhereAsked() throws {
        #expect(try Normalizer.normalize("，", .nfc) == "，")
        #expect(try Normalizer.normalize("，", .nfkc) == ",")
    }

    @Test func hanLatinGivesReadings() throws {
        let t = try Transliterator("Han-Latin")
        #expect(try t.apply("區") == "qū")
        #expect(try t.apply("動") == "dòng")
    }

    @Test func traditionalToSimplified() throws {
        let t = try Transliterator("Traditional-Simplified")
        #expect(try t.apply("社區開展") == "社区开展")
    }

    @Test func scripts() {
        #expect(UnicodeScript.script(of: "社") == UnicodeScript.han)
        #expect(UnicodeScript.script(of: "a") == UnicodeScript.latin)
        #expect(UnicodeScript.isHan(0x793E))
        #expect(!UnicodeScript.isHan(0x61))
    }
}
