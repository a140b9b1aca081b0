import Foundation
import GRDB
import GleanerModel
import ICUKit

/// What researchers filter events (and documents) by: words, a date range, a place (a city
/// finds its districts and communities: every stored place carries its chain of parents), an
/// organizer, a least headcount, a language. Chinese filters match either script.
public struct EventFilter: Sendable, Equatable {
    public var text: String?
    /// ISO dates or their prefixes (2017, 2017-03); the event's dates must overlap [from, to].
    public var from: String?
    public var to: String?
    public var place: String?
    public var organization: String?
    public var minPeople: Double?
    /// zh matches zh-Hans and zh-Hant.
    public var language: String?

    public init(text: String? = nil, from: String? = nil, to: String? = nil, place: String? = nil,
                organization: String? = nil, minPeople: Double? = nil, language: String? = nil) {
        self.text = text
        self.from = from
        self.to = to
        self.place = place
        self.organization = organization
        self.minPeople = minPeople
        self.language = language
    }

    public var isEmpty: Bool { self == EventFilter() }

    /// The lower and upper day of the range, completed (2017 → 2017-01-01 … 2017-12-31).
    var days: (String, String) {
        func lower(_ s: String?) -> String {
            guard let s, !s.isEmpty else { return "0000-01-01" }
            return s.count == 4 ? s + "-01-01" : s.count == 7 ? s + "-01" : String(s.prefix(10))
        }
        func upper(_ s: String?) -> String {
            guard let s, !s.isEmpty else { return "9999-12-31" }
            return s.count == 4 ? s + "-12-31" : s.count == 7 ? s + "-31" : String(s.prefix(10))
        }
        return (lower(from), upper(to))
    }

    /// Traditional → simplified, as the gazetteer and organization names are stored (the
    /// process-wide table, not a transliterator compiled per query).
    static func simplified(_ s: String) -> String {
        let map = Transliterator.traditionalToSimplified
        return String(String.UnicodeScalarView(s.unicodeScalars.map { map[$0.value].flatMap(Unicode.Scalar.init) ?? $0 }))
    }

    static func folded(_ s: String) -> String {
        String(String.UnicodeScalarView(Normalizer.fold(simplified(s)).unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    /// A place filter as LIKE patterns over a "|id|name|…|" chain: a segment starting with the
    /// name (either script) or the code.
    var placePatterns: StatementArguments {
        let p = place ?? ""
        return ["%|\(Self.simplified(p))%", "%|\(p)%"]
    }

    /// An organization filter as LIKE patterns (either script).
    var organizationPatterns: StatementArguments {
        let o = organization ?? ""
        return ["%\(Self.simplified(o))%", "%\(o)%"]
    }

    /// The WHERE clause over `event e`, with its arguments.
    func eventClause() -> (String, StatementArguments) {
        var parts: [String] = ["1"]
        var args = StatementArguments()
        if let t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty {
            // The title as written, the folded title (either script), or any source sentence.
            parts.append("""
                (e.title LIKE ? OR e.key LIKE ? OR EXISTS (SELECT 1 FROM eventMention m WHERE m.eventId = e.id AND m.sentence LIKE ?))
                """)
            args += ["%\(t)%", "%\(Self.folded(t))%", "%\(t)%"]
        }
        if from != nil || to != nil {
            parts.append("(e.dateEnd >= ? AND e.dateStart <= ?)")
            args += [days.0, days.1]
        }
        if place?.isEmpty == false {
            parts.append("(e.places LIKE ? OR e.places LIKE ?)")
            args += placePatterns
        }
        if organization?.isEmpty == false {
            parts.append("e.id IN (SELECT eventId FROM eventOrganizer WHERE name LIKE ? OR name LIKE ?)")
            args += organizationPatterns
        }
        if let n = minPeople {
            parts.append("e.people >= ?")
            args += [n]
        }
        if let l = language, !l.isEmpty {
            parts.append("e.language LIKE ?")
            args += ["\(l)%"]
        }
        return (parts.joined(separator: " AND "), args)
    }

    /// The documents these filters keep (the words excepted: the full-text index does those),
    /// as a clause over `document d`; nil when nothing but words is asked.
    func documentClause() -> (String, StatementArguments)? {
        var parts: [String] = []
        var args = StatementArguments()
        if from != nil || to != nil {
            parts.append("""
                (d.id IN (SELECT documentId FROM entity WHERE type = 'date' AND dateEnd >= ? AND dateStart <= ?)
                 OR substr(d.published, 1, 10) BETWEEN ? AND ?)
                """)
            args += [days.0, days.1, days.0, days.1]
        }
        if place?.isEmpty == false {
            parts.append("d.id IN (SELECT documentId FROM entity WHERE type = 'place' AND (places LIKE ? OR places LIKE ?))")
            args += placePatterns
        }
        if organization?.isEmpty == false {
            parts.append("d.id IN (SELECT documentId FROM entity WHERE type = 'organization' AND (name LIKE ? OR name LIKE ?))")
            args += organizationPatterns
        }
        if let n = minPeople {
            parts.append("d.id IN (SELECT documentId FROM entity WHERE type = 'headcount' AND number >= ?)")
            args += [n]
        }
        if let l = language, !l.isEmpty {
            parts.append("d.language LIKE ?")
            args += ["\(l)%"]
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " AND "), args)
    }
}

/// A page of events with their sources, and how many match in all.
public struct EventPage: Sendable {
    public var total: Int
    public var events: [Event]
}

/// Counts of the matching events by year, by province and city, and by organizer.
public struct EventFacets: Sendable, Codable, Equatable {
    public struct Count: Sendable, Codable, Equatable {
        public var value: String
        public var count: Int
    }
    public var years: [Count]
    public var provinces: [Count]
    public var cities: [Count]
    public var organizations: [Count]
}

extension Archive {
    /// Events matching the filter, dated ones first by date, then by id: stable pages.
    public func events(_ filter: EventFilter, limit: Int = 20, offset: Int = 0) throws -> EventPage {
        try pool.read { db in
            let (clause, args) = filter.eventClause()
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM event e WHERE \(clause)", arguments: args) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.* FROM event e WHERE \(clause)
                ORDER BY e.dateStart IS NULL, e.dateStart, e.id LIMIT ? OFFSET ?
                """, arguments: args + [limit <= 0 ? -1 : limit, offset])
            var events = rows.map(Self.event)
            let ids = events.compactMap(\.id)
            guard !ids.isEmpty else { return EventPage(total: total, events: []) }
            let sources = try Row.fetchAll(db, sql: """
                SELECT m.eventId, m.documentId, m.start, m."end", m.sentence, d.url, d.path,
                       (SELECT fetchedAt FROM snapshotOrigin o WHERE o.snapshotId = d.snapshotId AND fetchedAt IS NOT NULL LIMIT 1) AS fetchedAt
                FROM eventMention m JOIN document d ON d.id = m.documentId
                WHERE m.eventId IN (\(databaseQuestionMarks(count: ids.count)))
                ORDER BY m.documentId, m.start
                """, arguments: StatementArguments(ids))
            var byEvent: [Int64: [EventSource]] = [:]
            for r in sources {
                byEvent[r["eventId"], default: []].append(EventSource(
                    document: r["documentId"], sentence: r["sentence"], start: r["start"], end: r["end"],
                    url: r["url"], path: r["path"], fetchedAt: r["fetchedAt"]))
            }
            for i in events.indices { events[i].sources = byEvent[events[i].id!] ?? [] }
            return EventPage(total: total, events: events)
        }
    }

    /// Facet counts over every event the filter matches.
    public func eventFacets(_ filter: EventFilter, top: Int = 20) throws -> EventFacets {
        try pool.read { db in
            let (clause, args) = filter.eventClause()
            func counts(_ sql: String) throws -> [EventFacets.Count] {
                try Row.fetchAll(db, sql: sql, arguments: args + [top]).map { EventFacets.Count(value: $0[0], count: $0[1]) }
            }
            return EventFacets(
                years: try counts("""
                    SELECT substr(e.dateStart, 1, 4) AS v, count(*) FROM event e WHERE \(clause) AND e.dateStart IS NOT NULL
                    GROUP BY v ORDER BY v LIMIT ?
                    """),
                provinces: try counts("""
                    SELECT e.province AS v, count(*) AS n FROM event e WHERE \(clause) AND e.province IS NOT NULL
                    GROUP BY v ORDER BY n DESC, v LIMIT ?
                    """),
                cities: try counts("""
                    SELECT e.province || ' / ' || e.city AS v, count(*) AS n FROM event e WHERE \(clause) AND e.city IS NOT NULL
                    GROUP BY v ORDER BY n DESC, v LIMIT ?
                    """),
                organizations: try counts("""
                    SELECT o.name AS v, count(DISTINCT o.eventId) AS n FROM eventOrganizer o JOIN event e ON e.id = o.eventId
                    WHERE \(clause) GROUP BY v ORDER BY n DESC, v LIMIT ?
                    """))
        }
    }
}
