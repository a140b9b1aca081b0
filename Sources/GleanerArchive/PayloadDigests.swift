import Foundation
import GRDB

/// WARC payload digests of stored snapshots, so a revisit record in a later crawl (a later
/// ingest run) resolves to the page it repeats: the crawler wrote only the digest, the archive
/// holds the bytes.
extension Schema {
    static func registerPayloadDigests(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6: WARC payload digests") { db in
            try db.create(table: "payload") { t in
                t.primaryKey("digest", .text)
                t.column("snapshotId", .integer).notNull().indexed().references("snapshot", onDelete: .cascade)
                // The HTTP Content-Type the original response declared (its charset decides decoding).
                t.column("contentType", .text)
            }
        }
    }
}

extension Archive {
    /// The bytes and declared content type of the snapshot stored under a payload digest.
    public func payload(digest: String) throws -> (bytes: [UInt8], contentType: String?)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.bytes, p.contentType FROM payload p JOIN snapshot s ON s.id = p.snapshotId WHERE p.digest = ?
                """, arguments: [digest]) else { return nil }
            return ([UInt8](row["bytes"] as Data), row["contentType"])
        }
    }

    func recordPayload(digest: String?, snapshotId: Int64, contentType: String?, _ db: Database) throws {
        guard let digest else { return }
        try db.execute(sql: "INSERT OR IGNORE INTO payload(digest, snapshotId, contentType) VALUES (?, ?, ?)",
                       arguments: [digest, snapshotId, contentType])
    }
}
