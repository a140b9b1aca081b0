import Foundation
import Testing
@testable import GleanerSegment

/// Language per paragraph, written out for every paragraph of the five seeds and of a mixed file.
@Suite struct LanguageTests {
    static let identifier = try! LanguageIdentifier.standard()

    static func paragraphs(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static func seed(_ prefix: String) throws -> URL {
        let dir = SegmenterTests.seeds
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) }!
        return dir.appendingPathComponent(name)
    }

    /// Every paragraph of each seed has its seed's language, except seed 003's crawler
    /// timestamps of related articles ("2023-03-18 19:21:00"), which are no language.
    @Test(arguments: [("000", "zh-Hant"), ("001", "zh-Hant"), ("002", "es"), ("003", "zh-Hans"), ("004", "zh-Hans")])
    func seedParagraphs(seed: String, language: String) throws {
        let paragraphs = try Self.paragraphs(Self.seed(seed))
        let found = Self.identifier.identify(paragraphs: paragraphs)
        for (p, l) in zip(paragraphs, found) {
            let timestamp = p.trimmingCharacters(in: .whitespaces).allSatisfy { $0.isNumber || "-: ".contains($0) }
            #expect(l == (timestamp ? "other" : language), "\(p.prefix(40))")
        }
    }

    @Test func mixedFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mixed-languages.txt")
        let found = Self.identifier.identify(paragraphs: try Self.paragraphs(url))
        #expect(found == ["en", "es", "zh-Hans", "zh-Hant", "other", "en", "es", "zh-Hans", "zh-Hant"])
    }

    @Test func sentencesFollowTheChineseRules() throws {
        let text = "他说：“今天很好。我们走吧！”然后离开了……大家都笑了。(一)高度重视。二、丰富形式。"
        let scalars = Array(text.unicodeScalars)
        let sentences = try SentenceSplitter().sentences(text).map { r -> String in
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[r]); return String(v)
        }
        #expect(sentences == ["他说：“今天很好。我们走吧！”", "然后离开了……", "大家都笑了。", "(一)高度重视。", "二、丰富形式。"])
    }
}
