import GRDB

/// What the full-text index reads: a document's title and its body less the paragraphs
/// flagged as site boilerplate (related-article lists, disclaimers, crawler notices), so a
/// search for a word that only a site's sidebar carries finds nothing. The text is not stored
/// twice: the index's content is a view that cuts the body by the paragraphs' offsets
/// (`substr` counts Unicode scalars, as the offsets do).
extension Schema {
    static func registerSearchText(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: full text without site boilerplate") { db in
            for trigger in ["__documentFTS_ai", "__documentFTS_ad", "__documentFTS_au"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
            }
            try db.drop(table: "documentFTS")
            try db.execute(sql: """
                CREATE VIEW searchDocument AS
                SELECT d.id AS id, d.title AS title,
                  CASE WHEN EXISTS (SELECT 1 FROM paragraph p WHERE p.documentId = d.id AND p.boilerplate)
                  THEN (SELECT group_concat(kept, char(10)) FROM (
                          SELECT substr(d.body, p.start + 1, p."end" - p.start) AS kept FROM paragraph p
                          WHERE p.documentId = d.id AND NOT p.boilerplate ORDER BY p.ordinal))
                  ELSE d.body END AS body
                FROM document d
                """)
            try db.create(virtualTable: "documentFTS", using: FTS5()) { t in
                t.content = "searchDocument"
                t.contentRowID = "id"
                t.tokenizer = SearchTokenizer.tokenizerDescriptor()
                t.column("title")
                t.column("body")
            }
            try db.execute(sql: "INSERT INTO documentFTS(documentFTS) VALUES('rebuild')")
            // A new document has no paragraphs flagged yet: its whole body is indexed. An
            // external-content index must be told the exact text it indexed to forget a row,
            // so deletes and updates read the view before the change.
            try db.execute(sql: """
                CREATE TRIGGER documentFTS_ai AFTER INSERT ON document BEGIN
                  INSERT INTO documentFTS(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                CREATE TRIGGER documentFTS_bd BEFORE DELETE ON document BEGIN
                  INSERT INTO documentFTS(documentFTS, rowid, title, body)
                  SELECT 'delete', id, title, body FROM searchDocument WHERE id = old.id;
                END;
                CREATE TRIGGER documentFTS_bu BEFORE UPDATE OF title, body ON document BEGIN
                  INSERT INTO documentFTS(documentFTS, rowid, title, body)
                  SELECT 'delete', id, title, body FROM searchDocument WHERE id = old.id;
                END;
                CREATE TRIGGER documentFTS_au AFTER UPDATE OF title, body ON document BEGIN
                  INSERT INTO documentFTS(rowid, title, body) SELECT id, title, body FROM searchDocument WHERE id = new.id;
                END;
                """)
        }
    }
}

extension Archive {
    /// Runs `change` (which flags paragraphs of `documents`) with those documents taken out of
    /// the full-text index before it and put back, as the view now reads them, after it.
    func reindexing(_ documents: Set<Int64>, _ db: Database, _ change: () throws -> Void) throws {
        let ids = Array(documents)
        let marks = databaseQuestionMarks(count: ids.count)
        try db.execute(sql: """
            INSERT INTO documentFTS(documentFTS, rowid, title, body)
            SELECT 'delete', id, title, body FROM searchDocument WHERE id IN (\(marks))
            """, arguments: StatementArguments(ids))
        try change()
        try db.execute(sql: """
            INSERT INTO documentFTS(rowid, title, body) SELECT id, title, body FROM searchDocument WHERE id IN (\(marks))
            """, arguments: StatementArguments(ids))
    }
}
