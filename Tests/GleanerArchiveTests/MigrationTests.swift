import Foundation
import GRDB
import Testing
@testable import GleanerArchive

/// Archives written by earlier versions open, migrate and keep what they held.
@Suite struct MigrationTests {
    @Test func aVersion4ArchiveMigratesAndStaysSearchable() throws {
        let path = NSTemporaryDirectory() + "gleaner-v4-\(UUID().uuidString).sqlite"
        let body = "社区开展志愿服务活动\n相关文章：热线电话"
        do {
            var config = Configuration()
            config.prepareDatabase { db in db.add(tokenizer: SearchTokenizer.self) }
            let queue = try DatabaseQueue(path: path, configuration: config)
            try Schema.migrator.migrate(queue, upTo: "v4: entities and events")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO snapshot(id, sha256, size, bytes, firstSeen) VALUES (1, 'x', 3, x'616263', '2026-11-30')")
                try db.execute(sql: """
                    INSERT INTO document(id, snapshotId, title, body, charset, charsetReason, path)
                    VALUES (1, 1, '标题', ?, 'UTF-8', 'valid-utf8', 'p')
                    """, arguments: [body])
                try db.execute(sql: """
                    INSERT INTO paragraph(documentId, ordinal, start, "end", boilerplate) VALUES (1, 0, 0, 10, 0), (1, 1, 11, 20, 1)
                    """)
            }
        }
        let archive = try Archive(path: path)
        #expect(try archive.search(SearchQuery("志愿")).total == 1)
        #expect(try archive.search(SearchQuery("标题")).total == 1)
        #expect(try archive.search(SearchQuery("热线")).total == 0, "a paragraph flagged before the migration is out of the index")
        // The rebuilt index agrees with the view it reads.
        try archive.pool.write { try $0.execute(sql: "INSERT INTO documentFTS(documentFTS, rank) VALUES('integrity-check', 1)") }
    }
}
