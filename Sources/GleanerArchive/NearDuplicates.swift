import Foundation
import GRDB

/// How the archive finds a new document's near-duplicates among everything stored: its
/// MinHash signature and LSH band keys are stored with it, candidates are the documents
/// sharing a band key, and the dedup stage's `verify` decides. The archive knows nothing of
/// MinHash itself; it stores bytes and keys.
public struct NearDuplicateKey: Sendable {
    public var signature: [UInt8]
    public var bands: [Int64]
    /// One folded-text hash per paragraph of the document (0 for none), for boilerplate.
    public var paragraphs: [Int64]

    public init(signature: [UInt8], bands: [Int64], paragraphs: [Int64] = []) {
        self.signature = signature
        self.bands = bands
        self.paragraphs = paragraphs
    }
}

/// Decides whether two stored signatures are the same story.
public typealias NearDuplicateVerifier = @Sendable (_ new: [UInt8], _ stored: [UInt8]) -> Bool

extension Schema {
    static func registerNearDuplicates(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: near-duplicate signatures and links") { db in
            try db.create(table: "documentSignature") { t in
                t.primaryKey("documentId", .integer).references("document", onDelete: .cascade)
                t.column("signature", .blob).notNull()
            }
            // One B-tree keyed by (band, document): the lookup key is the table itself.
            try db.create(table: "documentBand", options: [.withoutRowID]) { t in
                t.column("band", .integer).notNull()
                t.column("documentId", .integer).notNull()
                t.primaryKey(["band", "documentId"])
            }
            // The earliest document of the same story; NULL for a representative.
            try db.alter(table: "document") { t in
                t.add(column: "duplicateOf", .integer).references("document", onDelete: .setNull).indexed()
            }
        }
    }
}

extension Archive {
    /// Stores a document's signature and links it to the representative of the first
    /// verified near-duplicate already stored (inside the same transaction, so documents of
    /// one batch find each other too). Returns the representative, if any.
    func linkNearDuplicate(documentId: Int64, key: NearDuplicateKey, verify: NearDuplicateVerifier,
                           _ db: Database) throws -> Int64? {
        var representative: Int64?
        if !key.bands.isEmpty {
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT s.documentId, s.signature, d.duplicateOf
                FROM documentSignature s JOIN document d ON d.id = s.documentId
                WHERE s.documentId IN (SELECT documentId FROM documentBand
                                       WHERE band IN (\(databaseQuestionMarks(count: key.bands.count))))
                """), arguments: StatementArguments(key.bands))
            for row in rows {
                let stored: Data = row["signature"]
                guard verify(key.signature, [UInt8](stored)) else { continue }
                let rep: Int64 = row["duplicateOf"] ?? row["documentId"]
                if representative == nil || rep < representative! { representative = rep }
            }
        }
        try db.execute(sql: "INSERT INTO documentSignature(documentId, signature) VALUES (?, ?)",
                       arguments: [documentId, Data(key.signature)])
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO documentBand(band, documentId) VALUES (?, ?)")
        for band in key.bands {
            try insert.execute(arguments: [band, documentId])
        }
        if let representative {
            try db.execute(sql: "UPDATE document SET duplicateOf = ? WHERE id = ?", arguments: [representative, documentId])
        }
        return representative
    }

    /// Documents linked to another as near-duplicates.
    public func nearDuplicateCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE duplicateOf IS NOT NULL") ?? 0 }
    }

    /// The representative of a document found by its external id (nil when it is one).
    public func representative(ofExternalId id: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: """
                SELECT r.externalId FROM document d JOIN document r ON r.id = d.duplicateOf WHERE d.externalId = ?
                """, arguments: [id])
        }
    }
}
