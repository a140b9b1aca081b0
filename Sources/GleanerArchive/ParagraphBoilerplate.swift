import Foundation
import GRDB

/// Paragraph boilerplate by site: a paragraph whose folded hash recurs in many documents of
/// one site (the URL's host, or the folder of a file) is a related-article list, a disclaimer
/// or a crawler notice rather than the story, and is flagged so that extraction and search can
/// skip it. The dedup stage supplies the hashes (one per paragraph, 0 for none); the archive
/// only counts them.
extension Schema {
    static func registerParagraphBoilerplate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: paragraph hashes and boilerplate by site") { db in
            try db.alter(table: "paragraph") { t in
                t.add(column: "hash", .integer)
                t.add(column: "site", .text)
                t.add(column: "boilerplate", .boolean).notNull().defaults(to: false)
            }
            try db.create(index: "paragraph_site_hash", on: "paragraph", columns: ["site", "hash"])
        }
    }
}

extension Archive {
    /// A paragraph repeated in at least this many documents of one site is boilerplate.
    public static let boilerplateParagraphDocuments = 5

    /// The site of a document: its URL's host, or else the folder of its file path.
    static func site(url: String?, path: String) -> String {
        if let url, let host = URL(string: url)?.host, !host.isEmpty { return host.lowercased() }
        return (path as NSString).deletingLastPathComponent
    }

    /// Records the paragraphs' hashes and site, then flags every paragraph of the site whose
    /// hash now recurs in enough documents (earlier documents' copies included). A flagged
    /// paragraph leaves the full-text index, and earlier documents lose the entities and event
    /// mentions it gave them.
    func recordParagraphHashes(documentId: Int64, site: String, hashes: [Int64], _ db: Database) throws {
        let update = try db.cachedStatement(
            sql: "UPDATE paragraph SET hash = ?, site = ? WHERE documentId = ? AND ordinal = ?")
        for (k, h) in hashes.enumerated() where h != 0 {
            try update.execute(arguments: [h, site, documentId, k])
        }
        let crossing = try db.cachedStatement(sql: """
            SELECT documentId, start, "end" FROM paragraph
            WHERE site = ?1 AND hash = ?2 AND boilerplate = 0
              AND (SELECT count(DISTINCT documentId) FROM paragraph WHERE site = ?1 AND hash = ?2) >= ?3
            """)
        var flagged: [Int64] = []
        var newly: [(documentId: Int64, range: Range<Int>)] = []
        for h in Set(hashes) where h != 0 {
            let rows = try Row.fetchAll(crossing, arguments: [site, h, Self.boilerplateParagraphDocuments])
            if rows.isEmpty { continue }
            flagged.append(h)
            newly += rows.map { ($0["documentId"], ($0["start"] as Int)..<($0["end"] as Int)) }
        }
        guard !flagged.isEmpty else { return }
        try reindexing(Set(newly.map(\.documentId)), db) {
            let flag = try db.cachedStatement(sql: "UPDATE paragraph SET boilerplate = 1 WHERE site = ? AND hash = ?")
            for h in flagged { try flag.execute(arguments: [site, h]) }
        }
        // The document being stored has not had its entities stored yet: they are filtered then.
        for (doc, range) in newly where doc != documentId {
            try forgetExtraction(documentId: doc, within: range, db)
        }
    }

    /// Paragraphs flagged as site boilerplate.
    public func boilerplateParagraphCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraph WHERE boilerplate") ?? 0 }
    }
}
