import Foundation
import Testing
@testable import GleanerSegment

@Suite struct SegmenterTests {
    static let segmenter = try! Segmenter.standard()
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora/seeds")

    func words(_ s: String) -> [String] { Self.segmenter.words(s).split(separator: " ").map(String.init) }

    @Test func numbersKeepTheirUnits() {
        // Seed 003: "志愿者1.36万人"; seed 000: "今年的3月21日是第11個國際社工日".
        #expect(words("志愿者1.36万人").suffix(2) == ["1.36万", "人"])
        #expect(words("今年的3月21日是第11個").contains("21日"))
        #expect(words("2022年3月17日至23日").prefix(3) == ["2022年", "3月", "17日"])
        #expect(words("二○○一年十二月三十一日") == ["二○○一年", "十二月", "三十一日"])
        #expect(words("占96.5%").last == "96.5%")
    }

    @Test func latinWordsAndCodesStayWhole() {
        #expect(words("COVID-19疫情").first == "COVID-19")
        #expect(words("用iPhone拍照").contains("iPhone"))
        #expect(words("Xi'an La Oficina").first == "Xi'an")
    }

    @Test func lexiconWordsFromTheSeeds() {
        // Seed 004's first line.
        let w = words("重庆市渝中区七星岗街道社工站与辖区八个社工室紧密联动")
        #expect(w.contains("紧密"))
        #expect(w.contains("联动"))
        #expect(w.joined() == "重庆市渝中区七星岗街道社工站与辖区八个社工室紧密联动")
    }

    @Test func setPhrasesOfTheListAreCutIntoTheirWords() {
        // Seed 000: the list has 專家學者 and 主管部門 as words; the standards cut them.
        let w = words("融合了專家學者、政府主管部門和一線社工的不同聲音")
        #expect(w == ["融合", "了", "專家", "學者", "、", "政府", "主管", "部門", "和", "一線", "社工", "的", "不同", "聲音"])
        // The re-cut only splits the first path's words: 市|民政局 stays (not 市民|政局), and
        // a word is never broken into characters (民政局, not 民政|局).
        #expect(words("由市民政局、昆區民政局主辦") == ["由", "市", "民政局", "、", "昆", "區", "民政局", "主辦"])
    }

    @Test func personNamesTheListDoesNotKnowAreOneWord() {
        // Seed 000: 郝慧玲 is no word of the list; surname 郝 and given-name characters 慧 玲.
        #expect(words("郭孝紅、郝慧玲、劉海清等人頒發了榮譽證書").contains("郝慧玲"))
        #expect(words("张钧和李明到场") == ["张钧", "和", "李明", "到场"])
        // A character that is mostly a word of its own is no given name: 王|说 stays apart.
        #expect(words("王说") == ["王", "说"])
    }

    @Test func traditionalTextUsesTraditionalVariants() {
        #expect(words("社會工作者的共同節日").contains("社會工作者") || words("社會工作者的共同節日").contains("社會"))
        #expect(words("社會工作者的共同節日").contains("節日"))
    }

    @Test func aLoneNumeralCircleIsAToken() {
        // Regression: ○ is a numeral but not Han; alone it used to loop forever.
        #expect(words("○ 圈") == ["○", "圈"])
    }

    /// Number+unit spans in the seeds are never split: every digit run followed by 年/月/日
    /// comes out as one word with its unit.
    @Test func numberUnitSpansInTheSeedsAreNeverSplit() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: Self.seeds.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let tokens = Self.segmenter.tokens(String(line))
                for (k, t) in tokens.enumerated() where t.kind == .number && t.text.last.map({ $0.isNumber }) == true {
                    if k + 1 < tokens.count, let next = tokens[k + 1].text.unicodeScalars.first {
                        #expect(!"年月日".unicodeScalars.contains(next), "split: \(t.text)|\(tokens[k + 1].text) in \(name)")
                    }
                }
            }
        }
    }

    @Test func offsetsAreScalarOffsets() {
        let t = Self.segmenter.tokens("社工 día")
        #expect(t.map(\.start) == [0, 2, 3])
        #expect(t.last?.end == 6)
    }
}

@Suite struct WordLexiconCacheTests {
    @Test func aCachedTableLoadsBackIdenticalAndABrokenOneIsIgnored() throws {
        let table = SegmenterTests.segmenter.lexicon
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gleaner-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stale = folder.appendingPathComponent("words-zh@100-200-v1.table")
        try Data("old".utf8).write(to: stale)
        let other = folder.appendingPathComponent("words-zh-extra@100-200-v1.table")
        try Data("another list".utf8).write(to: other)
        let url = folder.appendingPathComponent("words-zh@300-400-v\(WordLexiconCache.format).table")
        WordLexiconCache.write(table, to: url)
        #expect(!FileManager.default.fileExists(atPath: stale.path)) // an earlier version of this list
        #expect(FileManager.default.fileExists(atPath: other.path))  // another list's table stays
        let back = try #require(WordLexiconCache.read(url))
        #expect(back.slots == table.slots)
        #expect(back.unknown == table.unknown && back.maxLength == table.maxLength)
        #expect(Segmenter(lexicon: back).words("融合了專家學者、政府主管部門") == SegmenterTests.segmenter.words("融合了專家學者、政府主管部門"))
        // Truncated (a crash mid-write by some other tool) or foreign bytes: not a table.
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count - 4).write(to: url)
        #expect(WordLexiconCache.read(url) == nil)
        try Data("not a table at all, just text".utf8).write(to: url)
        #expect(WordLexiconCache.read(url) == nil)
    }

    @Test func theCacheNameFollowsTheWordList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gleaner-list-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let list = folder.appendingPathComponent("words-zh.tsv")
        try Data("# test\nword\tfreq\tpos\n社工\t10\tn\n".utf8).write(to: list)
        let before = try #require(WordLexiconCache.location(for: list))
        try Data("# test\nword\tfreq\tpos\n社工\t10\tn\n社工站\t5\tn\n".utf8).write(to: list)
        let after = try #require(WordLexiconCache.location(for: list))
        #expect(before != after) // an edited list never reads the old table
    }
}

@Suite struct OtherScriptTests {
    func tokens(_ s: String) -> [String] { SegmenterTests.segmenter.tokens(s).filter { $0.kind != .space }.map(\.text) }

    @Test func lettersOfOtherScriptsAreICUWordsNotCharacters() {
        // Cyrillic and Greek words by their spaces, Thai by ICU's dictionary (no spaces).
        #expect(tokens("Москва, 2017 год") == ["Москва", ",", "2017", "год"])
        #expect(tokens("Αθήνα") == ["Αθήνα"])
        let thai = tokens("สวัสดีครับ")
        #expect(thai.count >= 2 && thai.count <= 3 && thai.joined() == "สวัสดีครับ")
        #expect(tokens("안녕하세요 여러분") == ["안녕하세요", "여러분"])
        // Japanese kana beside Han: the Han run by the word list, the kana by ICU.
        let ja = tokens("東京タワーに行く")
        #expect(ja.contains("タワー") && ja.joined() == "東京タワーに行く")
    }

    @Test func offsetsStayUnicodeScalarOffsets() {
        let t = SegmenterTests.segmenter.tokens("社工 Москва 😀ok")
        let moscow = t.first { $0.text == "Москва" }
        #expect(moscow?.start == 3 && moscow?.end == 9)
        #expect(moscow?.kind == .other)
    }
}
