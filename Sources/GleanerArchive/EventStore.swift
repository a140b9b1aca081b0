import Foundation
import GRDB
import GleanerModel

/// Entities and events in the archive. Each entity is a row with the columns searches filter
/// on (full-date range, the place's chain of ids and names, organization name, headcount). An
/// event is a row of what it says (title, dates, place and its chain, organizers, people), with
/// one row per source mention. A document's events join stored events the events stage says
/// agree (`EventLinker`); a near-duplicate's events join its representative's events, so a
/// re-scraped copy adds sources, never events.
extension Schema {
    static func registerEvents(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: entities and events") { db in
            try db.create(table: "entity") { t in
                t.column("documentId", .integer).notNull().indexed().references("document", onDelete: .cascade)
                t.column("type", .text).notNull()
                t.column("text", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("value", .text).notNull()
                // Full dates only (a month-day without a year is in `value` alone).
                t.column("dateStart", .text)
                t.column("dateEnd", .text)
                // "|id|name|…|" for the place and every parent: a filter on any of them finds it.
                t.column("places", .text)
                t.column("name", .text)
                t.column("number", .double)
            }
            try db.create(index: "entity_type_date", on: "entity", columns: ["type", "dateStart"])
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("key", .text).notNull().indexed()
                t.column("date", .text)
                t.column("dateStart", .text).indexed()
                t.column("dateEnd", .text)
                t.column("place", .text)
                t.column("places", .text)
                t.column("province", .text)
                t.column("city", .text)
                t.column("organizers", .text).notNull()
                t.column("people", .double)
                t.column("language", .text)
            }
            try db.create(table: "eventOrganizer") { t in
                t.column("eventId", .integer).notNull().references("event", onDelete: .cascade)
                t.column("name", .text).notNull().indexed()
                t.column("role", .text).notNull()
                t.primaryKey(["eventId", "name"])
            }
            try db.create(table: "eventMention") { t in
                t.column("eventId", .integer).notNull().indexed().references("event", onDelete: .cascade)
                t.column("documentId", .integer).notNull().references("document", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("sentence", .text).notNull()
                t.column("title", .text).notNull()
                t.primaryKey(["documentId", "start"])
            }
        }
    }
}

/// The events stage's rules, handed to the archive: whether a document's event is one already
/// stored, and how alike two folded titles are (to place a near-duplicate's event that no rule
/// accepts among its representative's).
public struct EventLinker: Sendable {
    public var agrees: @Sendable (_ new: Event, _ stored: Event) -> Bool
    public var similarity: @Sendable (_ a: String, _ b: String) -> Double

    public init(agrees: @escaping @Sendable (Event, Event) -> Bool, similarity: @escaping @Sendable (String, String) -> Double) {
        self.agrees = agrees
        self.similarity = similarity
    }
}

/// One document's event with the mentions it was built from.
public struct DocumentEvent: Sendable {
    public var event: Event
    public var mentions: [EventMention]
    public init(event: Event, mentions: [EventMention]) {
        self.event = event
        self.mentions = mentions
    }
}

extension Archive {
    static let json: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func encode<T: Encodable>(_ v: T?) -> String? {
        guard let v, let d = try? json.encode(v) else { return nil }
        return String(decoding: d, as: UTF8.self)
    }

    /// A date's ISO day bounds, or nil when it has no year.
    static func fullRange(_ d: DateValue?) -> (String, String)? {
        guard let d, !d.unknown, let s = d.start, !s.hasPrefix("--") else { return nil }
        let e = d.end ?? s
        guard !e.hasPrefix("--") else { return nil }
        return (String(s.prefix(10)), String(e.prefix(10)))
    }

    /// "|id|name|…|" for a place and its parents (names from `names`, ids → names).
    static func chain(_ p: PlaceValue?, names: [String: String]) -> String? {
        guard let p else { return nil }
        var parts: [String] = []
        for id in p.parents { parts.append(id); if let n = names[id] { parts.append(n) } }
        if let id = p.id { parts.append(id) }
        parts.append(p.name)
        return "|" + parts.joined(separator: "|") + "|"
    }

    func storeEntities(documentId: Int64, entities: [Entity], names: [String: String], _ db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO entity(documentId, type, text, start, "end", value, dateStart, dateEnd, places, name, number)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for e in entities {
            let range = Self.fullRange(e.value.date)
            let name = e.value.organization?.name ?? e.value.place?.name
            try insert.execute(arguments: [documentId, e.type.rawValue, e.text, e.start, e.end,
                                           Self.encode(e.value) ?? "{}", range?.0, range?.1,
                                           Self.chain(e.value.place, names: names), name, e.value.quantity?.number])
        }
    }

    /// Stores a document's events: each joins the first stored event `link` accepts (for a
    /// near-duplicate, among its representative's events first) or becomes a new one.
    func storeEvents(documentId: Int64, duplicateOf: Int64?, events: [DocumentEvent], names: [String: String],
                     link: EventLinker?, _ db: Database) throws {
        for de in events {
            var target: (Int64, Event)?
            var candidates: [(Int64, Event)] = []
            if let rep = duplicateOf {
                candidates = try storedEvents(db, sql: """
                    SELECT * FROM event WHERE id IN (SELECT eventId FROM eventMention
                      WHERE documentId = ?1 OR documentId IN (SELECT id FROM document WHERE duplicateOf = ?1))
                    """, [rep])
            }
            if let r = Self.fullRange(de.event.date) {
                candidates += try storedEvents(db, sql: "SELECT * FROM event WHERE dateStart <= ? AND dateEnd >= ?", [r.1, r.0])
            } else {
                candidates += try storedEvents(db, sql: "SELECT * FROM event WHERE key = ?", [de.event.key])
            }
            if let link { target = candidates.first { link.agrees(de.event, $0.1) } }
            // A re-scraped copy adds sources, not events: failing a match, its closest title.
            if target == nil, duplicateOf != nil, let link {
                target = candidates.max { link.similarity($0.1.key, de.event.key) < link.similarity($1.1.key, de.event.key) }
            }
            var event = target?.1 ?? de.event
            if target != nil { for m in de.mentions { event.absorb(m) } }
            let id = try saveEvent(id: target?.0, event, names: names, db)
            let insert = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO eventMention(eventId, documentId, start, "end", sentence, title) VALUES (?, ?, ?, ?, ?, ?)
                """)
            for m in de.mentions {
                try insert.execute(arguments: [id, documentId, m.start, m.end, m.sentence, m.title])
            }
        }
    }

    /// Drops the entities and event mentions a document's text gave inside `range` (a paragraph
    /// found to be site boilerplate after the document was stored), and the events left with
    /// no source.
    func forgetExtraction(documentId: Int64, within range: Range<Int>, _ db: Database) throws {
        let args: StatementArguments = [documentId, range.lowerBound, range.upperBound]
        try db.execute(sql: "DELETE FROM entity WHERE documentId = ? AND start >= ? AND \"end\" <= ?", arguments: args)
        let events = try Int64.fetchAll(db, sql: """
            SELECT eventId FROM eventMention WHERE documentId = ? AND start >= ? AND "end" <= ?
            """, arguments: args)
        guard !events.isEmpty else { return }
        try db.execute(sql: "DELETE FROM eventMention WHERE documentId = ? AND start >= ? AND \"end\" <= ?", arguments: args)
        try db.execute(sql: """
            DELETE FROM event WHERE id IN (\(databaseQuestionMarks(count: events.count)))
              AND NOT EXISTS (SELECT 1 FROM eventMention m WHERE m.eventId = event.id)
            """, arguments: StatementArguments(events))
    }

    private func saveEvent(id: Int64?, _ e: Event, names: [String: String], _ db: Database) throws -> Int64 {
        let range = Self.fullRange(e.date)
        let chain = e.place.map { p in p.parents + (p.id.map { [$0] } ?? []) } ?? []
        // Facets: the province and the prefecture-level city the place lies in.
        let province = chain.first.flatMap { names[$0] } ?? (e.place?.level == "province" ? e.place?.name : nil)
        let city = chain.count > 1 ? names[chain[1]] : nil
        let args: StatementArguments = [e.title, e.key, Self.encode(e.date), range?.0, range?.1, Self.encode(e.place),
                                        Self.chain(e.place, names: names), province, city,
                                        Self.encode(e.organizers) ?? "[]", e.people, e.language]
        let eventId: Int64
        if let id {
            try db.execute(sql: """
                UPDATE event SET title = ?, key = ?, date = ?, dateStart = ?, dateEnd = ?, place = ?, places = ?,
                  province = ?, city = ?, organizers = ?, people = ?, language = ? WHERE id = ?
                """, arguments: args + [id])
            eventId = id
        } else {
            try db.execute(sql: """
                INSERT INTO event(title, key, date, dateStart, dateEnd, place, places, province, city, organizers, people, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: args)
            eventId = db.lastInsertedRowID
        }
        let org = try db.cachedStatement(sql: "INSERT OR IGNORE INTO eventOrganizer(eventId, name, role) VALUES (?, ?, ?)")
        for o in e.organizers { try org.execute(arguments: [eventId, o.name, o.role]) }
        return eventId
    }

    func storedEvents(_ db: Database, sql: String, _ args: StatementArguments) throws -> [(Int64, Event)] {
        try Row.fetchAll(db, sql: sql, arguments: args).map { ($0["id"], Self.event($0)) }
    }

    static func event(_ row: Row) -> Event {
        func decode<T: Decodable>(_ t: T.Type, _ s: String?) -> T? {
            guard let s else { return nil }
            return try? JSONDecoder().decode(t, from: Data(s.utf8))
        }
        return Event(id: row["id"], title: row["title"], key: row["key"], date: decode(DateValue.self, row["date"]),
                     place: decode(PlaceValue.self, row["place"]),
                     organizers: decode([Organizer].self, row["organizers"]) ?? [], people: row["people"],
                     language: row["language"])
    }
}
