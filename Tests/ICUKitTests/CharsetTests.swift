import Testing
@testable import ICUKit

@Suite struct CharsetTests {
    @Test(arguments: ["GB18030", "Big5", "UTF-16LE", "UTF-16BE", "Shift_JIS"])
    func roundTripsSeedText(charset: String) throws {
        // Seed 000 is traditional Chinese: GB18030 and Big5 both cover it; Shift_JIS does not,
        // so the strict encoder must say so instead of substituting.
        var text = try Fixtures.seed("000")
        if charset == "Big5" { text = Self.representable(text, in: "Big5") } // U+FFFD, pinyin ǖ are not in Big5
        let encoded = try CharsetConverter.encode(text, charset: charset)
        if charset == "Shift_JIS" {
            #expect(encoded == nil)
            return
        }
        let bytes = try #require(encoded)
        let decoded = try CharsetConverter.decode(bytes, charset: charset)
        #expect(decoded.invalidSequences == 0)
        #expect(decoded.text == text)
    }

    @Test func invalidBytesAreCounted() throws {
        let decoded = try CharsetConverter.decode([0x61, 0xFF, 0x62], charset: "UTF-8")
        #expect(decoded.invalidSequences == 1)
        #expect(decoded.text == "a\u{FFFD}b")
    }

    @Test func detectorNamesChineseCharsets() throws {
        let text = try Fixtures.seed("003")
        let gb = try #require(try CharsetConverter.encode(text, charset: "GB18030"))
        #expect(CharsetDetector.detect(gb).first?.charset == "GB18030")
        let big5Text = Self.representable(try Fixtures.seed("001"), in: "Big5")
        let big5 = try #require(try CharsetConverter.encode(big5Text, charset: "Big5"))
        #expect(CharsetDetector.detect(big5).first?.charset == "Big5")
    }

    static func representable(_ text: String, in charset: String) -> String {
        text.filter { (try? CharsetConverter.encode(String($0), charset: charset)) != nil }
    }

    @Test func canonicalNames() {
        #expect(CharsetConverter.canonicalName("gbk") != nil)
        #expect(CharsetConverter.canonicalName("no-such-charset") == nil)
    }
}
