import Foundation
import GRDB
import Testing
@testable import GleanerArchive

@Suite struct SearchTokenizerTests {
    func tokens(_ text: String, query: Bool = false) throws -> [String] {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            db.add(tokenizer: SearchTokenizer.self)
            let t = try db.makeTokenizer(SearchTokenizer.tokenizerDescriptor())
            return try (query ? t.tokenize(query: text) : t.tokenize(document: text)).map(\.token)
        }
    }

    @Test func documentsGetBigramsWithColocatedUnigrams() throws {
        #expect(try tokens("社工站") == ["社工", "社", "工站", "工", "站"])
    }

    @Test func queriesGetBigramsOnly() throws {
        #expect(try tokens("社工站", query: true) == ["社工", "工站"])
        #expect(try tokens("社", query: true) == ["社"])
    }

    @Test func latinWordsAreFolded() throws {
        #expect(try tokens("El Día, ＡＢＣ and COVID-19") == ["el", "dia", "abc", "and", "covid", "19"])
    }

    @Test func mixedScripts() throws {
        #expect(try tokens("2017年国际") == ["2017", "年国", "年", "国际", "国", "际"])
    }
}
