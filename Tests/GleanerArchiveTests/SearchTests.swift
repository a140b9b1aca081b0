import Foundation
import GRDB
import Testing
@testable import GleanerArchive
@testable import GleanerModel
import GleanerSegment

/// Search over a small archive of real seed sentences.
@Suite struct SearchTests {
    let archive: Archive

    static let texts = [
        "a": "3月17日上午，2022年全国社会工作主题宣传暨第六届巴渝社会工作宣传周活动在重庆启动。",
        "b": "秀洲区优秀社工代表讲述了他们的“助人故事”，志愿者1.36万人。",
        "c": "El Día Social Mundial, también conocido como Día Social Internacional.",
        "d": "Xi'an La Oficina del Distrito de Hongmen designó del 9 al 15 de abril como Semana de Promoción del Trabajo Social.",
        "e": "ＡＢＣ公司的社區(qū)開展活動",
    ]

    init() throws {
        let path = NSTemporaryDirectory() + "gleaner-search-\(UUID().uuidString).sqlite"
        archive = try Archive(path: path)
        let entries = Self.texts.sorted { $0.key < $1.key }.map { id, text in
            Archive.Entry(
                snapshot: Snapshot(bytes: Array(text.utf8), origin: .init(path: "t", record: id, externalID: id)),
                sha256: id,
                document: Document(title: nil, text: text, paragraphs: Paragraph.split(text),
                                   charset: CharsetDecision(charset: "UTF-8", reason: .validUTF8)))
        }
        _ = try archive.store(entries)
    }

    func ids(_ q: String) throws -> Set<String> {
        Set(try archive.search(SearchQuery(q), limit: 0).hits.compactMap(\.externalId))
    }

    @Test func oneCharacterChinese() throws {
        #expect(try ids("社") == ["a", "b", "e"])
        #expect(try ids("渝") == ["a"])
        #expect(try ids("鳥") == [])
    }

    @Test func twoCharacterChineseAcrossWordBoundaries() throws {
        #expect(try ids("社工") == ["b"])
        // 会工 straddles 社会|工作: dictionary words alone cannot find it, bigrams can.
        #expect(try ids("会工") == ["a"])
        #expect(try ids("工社") == [])
    }

    @Test func aSentenceWithNoVerbatimMatchIsSearchedAsItsWords() throws {
        let segmenter = try Segmenter.standard()
        // Not in any document as written; 重庆, 社会工作 and 宣传周 are all in document a.
        let page = try archive.search(SearchQuery("重庆社会工作宣传周"), limit: 0, words: segmenter)
        #expect(page.hits.compactMap(\.externalId) == ["a"])
        #expect(page.asWords?.text.split(separator: " ").count ?? 0 >= 3)
        #expect(page.query.text == "重庆社会工作宣传周")
        // A verbatim match is never widened, and words no document holds together give nothing.
        let exact = try archive.search(SearchQuery("社会工作宣传周"), limit: 0, words: segmenter)
        #expect(exact.asWords == nil && exact.total == 1)
        let none = try archive.search(SearchQuery("重庆志愿者宣传周"), limit: 0, words: segmenter)
        #expect(none.total == 0 && none.asWords == nil)
        // Quoted phrases and operators are taken as written.
        #expect(try SearchQuery("\"重庆社会工作宣传周\"").words(using: segmenter) == nil)
        #expect(try SearchQuery("重庆 OR 北京").words(using: segmenter) == nil)
    }

    @Test func fourCharacterChinese() throws {
        #expect(try ids("社会工作") == ["a"])
        #expect(try ids("社会工人") == [])
        #expect(try ids("助人故事") == ["b"])
    }

    @Test func spanishWithAndWithoutAccents() throws {
        #expect(try ids("Día") == ["c"])
        #expect(try ids("dia") == ["c"])
        #expect(try ids("DIA") == ["c"])
        #expect(try ids("promocion") == ["d"])
        #expect(try ids("trabajo social") == ["d"])
        #expect(try ids("\"social mundial\"") == ["c"])
        #expect(try ids("\"mundial social\"") == [])
    }

    @Test func widthFolding() throws {
        #expect(try ids("abc") == ["e"])
        #expect(try ids("ＡＢＣ") == ["e"])
    }

    @Test func barewordsFTS5WouldRejectAreQuoted() throws {
        #expect(try ids("Xi'an") == ["d"])
        #expect(try ids("1.36万") == ["b"])
    }

    @Test func booleanQueries() throws {
        #expect(try ids("社工 OR 渝") == ["a", "b"])
        #expect(try ids("社 NOT 渝") == ["b", "e"])
        #expect(try ids("(Día OR abril) AND social") == ["c", "d"])
    }

    @Test func malformedQueriesGiveAReadableError() throws {
        for q in ["\"unterminated", "AND", "社工 AND", "(社工", ""] {
            #expect(throws: SearchError.self) { try archive.search(SearchQuery(q)) }
        }
    }

    @Test func snippetsMarkTheMatch() throws {
        let hit = try #require(try archive.search(SearchQuery("助人故事")).hits.first)
        #expect(hit.snippet.contains(Archive.markStart + "助人故事" + Archive.markEnd))
        let one = try #require(try archive.search(SearchQuery("渝")).hits.first)
        #expect(one.snippet.contains(Archive.markStart + "渝" + Archive.markEnd))
    }

    @Test func rankingPrefersMoreMatches() throws {
        let page = try archive.search(SearchQuery("社会"))
        #expect(page.total == 1)
        #expect(try archive.search(SearchQuery("social")).hits.first?.externalId == "c")
    }
}
