import GRDB

/// What a page says about itself besides its title and date: author, original source (本文转自,
/// 来源), the site's own name and the canonical address, so researchers can cite and weigh a
/// story by who published it.
extension Schema {
    static func registerDocumentMetadata(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7: document author, source, site name, canonical URL") { db in
            try db.alter(table: "document") { t in
                t.add(column: "author", .text)
                t.add(column: "source", .text)
                t.add(column: "siteName", .text)
                t.add(column: "canonicalURL", .text)
            }
        }
    }
}
