import Foundation
import GRDB
import GleanerModel

/// The embedded archive: one SQLite file (WAL) with snapshots, documents and a full-text
/// index. Writes go through one writer, a transaction per batch; reads run concurrently.
public final class Archive: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) and migrates the archive at `path`.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.prepareDatabase { db in
            db.add(tokenizer: SearchTokenizer.self)
        }
        config.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: config)
        try Schema.migrator.migrate(pool)
    }

    /// A snapshot ready to be stored, with the document derived from it (nil when no text could
    /// be derived, which stores the bytes alone).
    public struct Entry: Sendable {
        public var snapshot: Snapshot
        public var sha256: String
        public var document: Document?
        /// The document's near-duplicate signature and band keys, when the dedup stage made one.
        public var nearDuplicateKey: NearDuplicateKey?
        /// The entities found in the document's text, and its events.
        public var entities: [Entity]
        public var events: [DocumentEvent]
        /// Names of the places the entities' and events' parent chains name (id → name).
        public var placeNames: [String: String]

        public init(snapshot: Snapshot, sha256: String, document: Document?, nearDuplicateKey: NearDuplicateKey? = nil,
                    entities: [Entity] = [], events: [DocumentEvent] = [], placeNames: [String: String] = [:]) {
            self.nearDuplicateKey = nearDuplicateKey
            self.entities = entities
            self.events = events
            self.placeNames = placeNames
            self.snapshot = snapshot
            self.sha256 = sha256
            self.document = document
        }
    }

    public enum StoreOutcome: Sendable, Equatable {
        case added
        /// The same bytes were already stored; only the new origin (if any) was recorded.
        case alreadyPresent
    }

    /// Which of these digests are already stored (so callers can skip work before doing it).
    public func existing(sha256 digests: [String]) throws -> Set<String> {
        guard !digests.isEmpty else { return [] }
        return try pool.read { db in
            let rows = try String.fetchAll(
                db, sql: "SELECT sha256 FROM snapshot WHERE sha256 IN (\(databaseQuestionMarks(count: digests.count)))",
                arguments: StatementArguments(digests))
            return Set(rows)
        }
    }

    /// Stores a batch in one transaction: all of it lands, or none of it.
    /// `verify` decides near-duplicates among entries that carry a `nearDuplicateKey`.
    /// `link` decides whether a document's event is one already stored.
    public func store(_ batch: [Entry], verify: NearDuplicateVerifier? = nil, link: EventLinker? = nil) throws -> [StoreOutcome] {
        let now = ISO8601DateFormatter().string(from: Date())
        return try pool.write { db in
            try batch.map { entry in try store(entry, now: now, verify: verify, link: link, db) }
        }
    }

    private func store(_ entry: Entry, now: String, verify: NearDuplicateVerifier?, link: EventLinker?,
                       _ db: Database) throws -> StoreOutcome {
        let origin = entry.snapshot.origin
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM snapshot WHERE sha256 = ?", arguments: [entry.sha256]) {
            try SnapshotOriginRow(snapshotId: id, path: origin.path, record: origin.record ?? "",
                                  externalId: origin.externalID, url: origin.url, fetchedAt: origin.fetchedAt)
                .insert(db, onConflict: .ignore)
            try recordPayload(digest: entry.snapshot.payloadDigest, snapshotId: id, contentType: entry.snapshot.contentType, db)
            return .alreadyPresent
        }
        var snapshot = SnapshotRow(id: nil, sha256: entry.sha256, size: entry.snapshot.bytes.count,
                                   bytes: Data(entry.snapshot.bytes), firstSeen: now)
        try snapshot.insert(db)
        guard let snapshotId = snapshot.id else { return .added }
        try SnapshotOriginRow(snapshotId: snapshotId, path: origin.path, record: origin.record ?? "",
                              externalId: origin.externalID, url: origin.url, fetchedAt: origin.fetchedAt)
            .insert(db, onConflict: .ignore)
        try recordPayload(digest: entry.snapshot.payloadDigest, snapshotId: snapshotId, contentType: entry.snapshot.contentType, db)
        guard let doc = entry.document else { return .added }
        var row = DocumentRow(id: nil, snapshotId: snapshotId, title: doc.title, body: doc.text,
                              charset: doc.charset.charset, charsetReason: doc.charset.reason.rawValue,
                              charsetOverruled: doc.charset.overruled, language: doc.language,
                              published: doc.published, externalId: origin.externalID,
                              url: origin.url, path: origin.path, author: doc.author, source: doc.source,
                              siteName: doc.site, canonicalURL: doc.canonicalURL)
        try row.insert(db)
        guard let documentId = row.id else { return .added }
        var representative: Int64?
        if let key = entry.nearDuplicateKey, let verify {
            representative = try linkNearDuplicate(documentId: documentId, key: key, verify: verify, db)
        }
        for (k, p) in doc.paragraphs.enumerated() {
            try ParagraphRow(documentId: documentId, ordinal: k, start: p.start, end: p.end).insert(db)
        }
        if let hashes = entry.nearDuplicateKey?.paragraphs, !hashes.isEmpty {
            try recordParagraphHashes(documentId: documentId, site: Self.site(url: origin.url, path: origin.path),
                                      hashes: hashes, db)
        }
        for e in doc.edits {
            try EditRow(documentId: documentId, start: e.start, end: e.end, before: e.before,
                        after: e.after, rule: e.rule, confidence: e.confidence).insert(db)
        }
        // Site boilerplate (related-article lists, disclaimers) yields no entities and no events.
        let boiler = try Row.fetchAll(db, sql: "SELECT start, \"end\" FROM paragraph WHERE documentId = ? AND boilerplate",
                                      arguments: [documentId]).map { ($0["start"] as Int)..<($0["end"] as Int) }
        func kept(_ a: Int, _ b: Int) -> Bool { !boiler.contains { $0.lowerBound <= a && b <= $0.upperBound } }
        try storeEntities(documentId: documentId, entities: entry.entities.filter { kept($0.start, $0.end) },
                          names: entry.placeNames, db)
        let events = entry.events.compactMap { de -> DocumentEvent? in
            let ms = de.mentions.filter { kept($0.start, $0.end) }
            return ms.isEmpty ? nil : DocumentEvent(event: de.event, mentions: ms)
        }
        try storeEvents(documentId: documentId, duplicateOf: representative, events: events, names: entry.placeNames,
                        link: link, db)
        return .added
    }

    /// Counts of what the archive holds.
    public struct Counts: Sendable, Equatable {
        public var snapshots: Int
        public var documents: Int
        public var paragraphs: Int
        public var bytes: Int
        public var entities: Int
        public var events: Int
        public var mentions: Int
    }

    public func counts() throws -> Counts {
        try pool.read { db in
            Counts(
                snapshots: try Int.fetchOne(db, sql: "SELECT count(*) FROM snapshot") ?? 0,
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                paragraphs: try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraph") ?? 0,
                bytes: try Int.fetchOne(db, sql: "SELECT coalesce(sum(size), 0) FROM snapshot") ?? 0,
                entities: try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM eventMention") ?? 0)
        }
    }
}
