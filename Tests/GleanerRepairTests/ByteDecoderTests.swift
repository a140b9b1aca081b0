import Foundation
import Testing
@testable import GleanerModel
@testable import GleanerRepair
import ICUKit

/// Bytes of unknown charset → the right text, with the reason recorded.
@Suite struct ByteDecoderTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora/seeds")

    static func seed(_ prefix: String) throws -> String {
        let name = try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix(prefix) }!
        return try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
    }

    /// The seed text the charset can represent (U+FFFD and some pinyin are not in Big5).
    static func representable(_ text: String, _ charset: String) -> String {
        text.filter { (try? CharsetConverter.encode(String($0), charset: charset)) != nil }
    }

    @Test(arguments: [("003", "GB18030"), ("004", "GB18030"), ("000", "Big5"), ("001", "Big5")])
    func detectsChineseCharsetsOfReencodedSeeds(seed: String, charset: String) throws {
        let text = Self.representable(try Self.seed(seed), charset)
        let bytes = try #require(try CharsetConverter.encode(text, charset: charset))
        let (decoded, decision) = try ByteDecoder().decode(bytes)
        #expect(decision.reason == .detected)
        #expect(decision.invalidSequences == 0)
        #expect(decoded == text)
    }

    @Test(arguments: ["UTF-16LE", "UTF-16BE"])
    func utf16WithAndWithoutBOM(charset: String) throws {
        let text = try Self.seed("004")
        let body = try #require(try CharsetConverter.encode(text, charset: charset))
        let bom: [UInt8] = charset == "UTF-16LE" ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let (withBOM, d1) = try ByteDecoder().decode(bom + body)
        #expect(d1.reason == .bom)
        #expect(withBOM == text)
        let (without, d2) = try ByteDecoder().decode(body)
        #expect(d2.charset == charset)
        #expect(without == text)
    }

    @Test func validUTF8WinsAndIsUntouched() throws {
        let text = try Self.seed("002")
        let (decoded, decision) = try ByteDecoder().decode(Array(text.utf8))
        #expect(decision.reason == .validUTF8)
        #expect(decoded == text)
    }

    @Test func aDeclaredCharsetThatDoesNotDecodeCleanlyIsOverruled() throws {
        let text = try Self.seed("003")
        let gbk = try #require(try CharsetConverter.encode(text, charset: "GB18030"))
        let (decoded, decision) = try ByteDecoder().decode(gbk, declared: "shift_jis")
        #expect(decision.overruled == "Shift_JIS")
        #expect(decoded == text)
        let (_, honest) = try ByteDecoder().decode(gbk, declared: "gb2312")
        #expect(honest.reason == .declared)
        #expect(honest.charset == "GB18030")
    }

    @Test func binaryJunkIsRefused() throws {
        var rng = SystemRandomNumberGenerator()
        let junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
        #expect(throws: ByteDecoder.Failure.self) { try ByteDecoder().decode(junk) }
    }

    @Test func whatwgLabels() {
        #expect(CharsetLabel.canonical("GB2312") == "GB18030")
        #expect(CharsetLabel.canonical("iso-8859-1") == "windows-1252")
        #expect(CharsetLabel.canonical("big5") == "Big5-HKSCS")
        #expect(CharsetLabel.canonical("x-no-such") == nil)
    }
}
