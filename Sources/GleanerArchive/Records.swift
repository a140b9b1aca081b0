import Foundation
import GRDB
import GleanerModel

/// Row types, one per table (GRDB records).
struct SnapshotRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "snapshot"
    var id: Int64?
    var sha256: String
    var size: Int
    /// Data, not [UInt8]: GRDB stores Data as a BLOB but encodes arrays as JSON text.
    var bytes: Data
    var firstSeen: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct SnapshotOriginRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "snapshotOrigin"
    var snapshotId: Int64
    var path: String
    var record: String
    var externalId: String?
    var url: String?
    var fetchedAt: String?
}

struct DocumentRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"
    var id: Int64?
    var snapshotId: Int64
    var title: String?
    var body: String
    var charset: String
    var charsetReason: String
    var charsetOverruled: String?
    var language: String?
    var published: String?
    var externalId: String?
    var url: String?
    var path: String
    var author: String?
    var source: String?
    var siteName: String?
    var canonicalURL: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct ParagraphRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "paragraph"
    var documentId: Int64
    var ordinal: Int
    var start: Int
    var end: Int
}

struct EditRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "edit"
    var documentId: Int64
    var start: Int
    var end: Int
    var before: String
    var after: String
    var rule: String
    var confidence: Double
}
