import GRDB

/// The archive's migrations, in order. A migration once shipped is never edited: later
/// changes are new migrations, so every archive file can be brought up to date.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1: snapshots, documents, paragraphs, full text") { db in
            // Raw bytes exactly as received, content-addressed: the same bytes are stored once.
            try db.create(table: "snapshot") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sha256", .text).notNull().unique()
                t.column("size", .integer).notNull()
                t.column("bytes", .blob).notNull()
                t.column("firstSeen", .text).notNull()
            }
            // Every place the same bytes were seen (files, records, URLs).
            try db.create(table: "snapshotOrigin") { t in
                t.column("snapshotId", .integer).notNull().indexed()
                    .references("snapshot", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("record", .text).notNull().defaults(to: "")
                t.column("externalId", .text)
                t.column("url", .text)
                t.column("fetchedAt", .text)
                t.uniqueKey(["snapshotId", "path", "record"])
            }
            // The decoded, repaired text of a snapshot: derived, so it can be rebuilt.
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("snapshotId", .integer).notNull().unique()
                    .references("snapshot", onDelete: .cascade)
                t.column("title", .text)
                t.column("body", .text).notNull()
                t.column("charset", .text).notNull()
                t.column("charsetReason", .text).notNull()
                t.column("charsetOverruled", .text)
                t.column("language", .text)
                t.column("published", .text)
                t.column("externalId", .text).indexed()
                t.column("url", .text)
                t.column("path", .text).notNull()
            }
            // Paragraphs as offsets (Unicode scalars) into the body: the text is not stored twice.
            try db.create(table: "paragraph") { t in
                t.column("documentId", .integer).notNull().references("document", onDelete: .cascade)
                t.column("ordinal", .integer).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.primaryKey(["documentId", "ordinal"])
            }
            // Every change the repair stage made, so a clerk can see why the text differs.
            try db.create(table: "edit") { t in
                t.column("documentId", .integer).notNull().indexed()
                    .references("document", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("before", .text).notNull()
                t.column("after", .text).notNull()
                t.column("rule", .text).notNull()
                t.column("confidence", .double).notNull()
            }
            // External-content FTS5 over title and body, kept in sync by triggers.
            try db.create(virtualTable: "documentFTS", using: FTS5()) { t in
                t.synchronize(withTable: "document")
                t.tokenizer = SearchTokenizer.tokenizerDescriptor()
                t.column("title")
                t.column("body")
            }
        }
        registerNearDuplicates(&migrator)
        registerParagraphBoilerplate(&migrator)
        registerEvents(&migrator)
        registerSearchText(&migrator)
        registerPayloadDigests(&migrator)
        registerDocumentMetadata(&migrator)
        return migrator
    }
}
