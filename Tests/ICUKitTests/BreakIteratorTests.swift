import Testing
@testable import ICUKit

@Suite struct BreakIteratorTests {
    func words(_ text: String) throws -> [String] {
        let it = try BreakIterator(.word)
        let units = Array(text.utf16)
        try it.setText(utf16: units)
        return it.segments().filter { $0.status != .none }.map {
            String(decoding: units[$0.start..<$0.end], as: UTF16.self)
        }
    }

    @Test func chineseWordsFromSeed004() throws {
        let line = try Fixtures.seed("004").split(separator: "\n").first { $0.contains("七星岗街道社工站") }!
        let w = try words(String(line))
        #expect(w.contains("宣传"))
        #expect(w.contains("重庆市") || w.contains("重庆"))
        #expect(w.joined() == String(line).filter { !$0.isPunctuation && !$0.isWhitespace && !"“”".contains($0) })
    }

    @Test func spanishWordsFromSeed002() throws {
        let w = try words("Para dar la bienvenida al 20xx Día Internacional del Trabajo Social")
        #expect(w == ["Para", "dar", "la", "bienvenida", "al", "20xx", "Día", "Internacional", "del", "Trabajo", "Social"])
    }

    @Test func englishWordsKeepContractionsAndNumbers() throws {
        let w = try words("Volunteers didn't stop: 1,360 people joined on March 29.")
        #expect(w == ["Volunteers", "didn't", "stop", "1,360", "people", "joined", "on", "March", "29"])
    }

    @Test func utf8OffsetsAreBytes() throws {
        let it = try BreakIterator(.word)
        let text = Array("社工 día".utf8)
        try it.setText(utf8: text)
        let segs = it.segments().filter { $0.status != .none }.map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
        #expect(segs == ["社工", "día"])
    }

    @Test func sentences() throws {
        let it = try BreakIterator(.sentence)
        let text = "今年的3月21日是第11个国际社工日。这是全世界社会工作者的共同节日!"
        let units = Array(text.utf16)
        try it.setText(utf16: units)
        #expect(it.segments().count == 2)
    }
}
