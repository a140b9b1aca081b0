import Foundation
import GleanerSegment
import GRDB

/// One ranked search result.
public struct SearchHit: Sendable, Codable, Equatable {
    public var documentId: Int64
    public var title: String?
    public var path: String
    public var externalId: String?
    public var url: String?
    /// The published date, and the original source the page names (本文转自, 来源), if known.
    public var published: String?
    public var source: String?
    /// BM25 score: lower is better, as SQLite reports it.
    public var score: Double
    /// A short excerpt with each match between `Search.markStart` and `Search.markEnd`.
    public var snippet: String
}

public struct SearchPage: Sendable {
    public var query: SearchQuery
    /// Set when the query as typed matched nothing and these are the documents holding all of
    /// its words instead (`SearchQuery.words(using:)`); the query searched for is this one.
    public var asWords: SearchQuery? = nil
    /// How many documents match in all.
    public var total: Int
    public var hits: [SearchHit]
}

extension Archive {
    /// Match markers inside snippets; renderers turn them into bold, <mark> or brackets.
    public static let markStart = "\u{2}"
    public static let markEnd = "\u{3}"

    /// Ranked documents for a query: BM25 with the title weighted above the body.
    /// `filter` keeps only documents with matching entities (dates, places with their parents,
    /// organizations, headcounts) or language.
    /// With a segmenter, a Chinese query that matches nothing verbatim is searched again as its
    /// words, all required (the page says so in `asWords`).
    public func search(_ query: SearchQuery, limit: Int = 10, offset: Int = 0, filter: EventFilter? = nil,
                       words segmenter: Segmenter?) throws -> SearchPage {
        let page = try search(query, limit: limit, offset: offset, filter: filter)
        guard page.total == 0, let segmenter, let relaxed = query.words(using: segmenter) else { return page }
        var again = try search(relaxed, limit: limit, offset: offset, filter: filter)
        guard again.total > 0 else { return page }
        again.query = query
        again.asWords = relaxed
        return again
    }

    public func search(_ query: SearchQuery, limit: Int = 10, offset: Int = 0, filter: EventFilter? = nil) throws -> SearchPage {
        try pool.read { db in
            do {
                var restrict = ""
                var restrictArgs = StatementArguments()
                if let (clause, args) = filter?.documentClause() {
                    restrict = " AND documentFTS.rowid IN (SELECT d.id FROM document d WHERE \(clause))"
                    restrictArgs = args
                }
                let total = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM documentFTS WHERE documentFTS MATCH ?\(restrict)",
                    arguments: [query.fts5] + restrictArgs) ?? 0
                // Rank first (rowid and score only), then build snippets for the page alone:
                // in one query SQLite would compute snippet() and join the document for every
                // match before sorting, which dominates for common characters.
                let ranked = try Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(documentFTS, 3.0, 1.0) AS score FROM documentFTS
                    WHERE documentFTS MATCH ?\(restrict) ORDER BY score, rowid LIMIT ? OFFSET ?
                    """, arguments: [query.fts5] + restrictArgs + [limit <= 0 ? -1 : limit, offset])
                let order = ranked.map { $0["rowid"] as Int64 }
                let scores = Dictionary(uniqueKeysWithValues: ranked.map { ($0["rowid"] as Int64, $0["score"] as Double) })
                var byID: [Int64: Row] = [:]
                for chunk in stride(from: 0, to: order.count, by: 500).map({ Array(order[$0..<min($0 + 500, order.count)]) }) {
                    let page = try Row.fetchAll(db, sql: """
                        SELECT d.id, d.title, d.path, d.externalId, d.url, d.published, d.source,
                               snippet(documentFTS, 1, ?, ?, '…', 24) AS snippet
                        FROM documentFTS JOIN document d ON d.id = documentFTS.rowid
                        WHERE documentFTS MATCH ? AND documentFTS.rowid IN (\(databaseQuestionMarks(count: chunk.count)))
                        """, arguments: StatementArguments([Self.markStart, Self.markEnd, query.fts5]) + StatementArguments(chunk))
                    for row in page { byID[row["id"]] = row }
                }
                let rows = order.compactMap { byID[$0] }
                let hits = rows.map { row in
                    var snippet: String = row["snippet"] ?? ""
                    if let terms = query.cjkTerms { snippet = Self.remark(snippet, terms) }
                    return SearchHit(documentId: row["id"], title: row["title"], path: row["path"],
                                     externalId: row["externalId"], url: row["url"], published: row["published"],
                                     source: row["source"], score: scores[row["id"]] ?? 0,
                                     snippet: snippet)
                }
                return SearchPage(query: query, total: total, hits: hits)
            } catch let error as DatabaseError {
                throw Self.explain(error, query)
            }
        }
    }

    /// Marks every occurrence of the terms (longest first) in a snippet, replacing FTS5's marks.
    static func remark(_ snippet: String, _ terms: [String]) -> String {
        let plain = Array(snippet.replacingOccurrences(of: markStart, with: "")
            .replacingOccurrences(of: markEnd, with: "").unicodeScalars)
        let patterns = terms.map { Array($0.unicodeScalars) }
        var out = String.UnicodeScalarView()
        var i = 0
        scan: while i < plain.count {
            for p in patterns where i + p.count <= plain.count && plain[i..<(i + p.count)].elementsEqual(p) {
                out.append(contentsOf: markStart.unicodeScalars)
                out.append(contentsOf: p)
                out.append(contentsOf: markEnd.unicodeScalars)
                i += p.count
                continue scan
            }
            out.append(plain[i])
            i += 1
        }
        return String(out)
    }

    /// The ids of every matching document, unranked (for exports and recall checks).
    public func matchingIDs(_ query: SearchQuery) throws -> [(id: Int64, externalId: String?)] {
        try pool.read { db in
            do {
                return try Row.fetchAll(db, sql: """
                    SELECT d.id, d.externalId FROM documentFTS JOIN document d ON d.id = documentFTS.rowid
                    WHERE documentFTS MATCH ?
                    """, arguments: [query.fts5]).map { ($0["id"], $0["externalId"]) }
            } catch let error as DatabaseError {
                throw Self.explain(error, query)
            }
        }
    }

    /// SQLite's FTS5 errors become a reader's message; anything else stays a database error.
    static func explain(_ error: DatabaseError, _ query: SearchQuery) -> Error {
        let message = error.message ?? ""
        if message.contains("fts5") || message.contains("syntax error") || message.contains("no such column")
            || message.contains("unterminated") || message.contains("unknown special query") {
            let why = message.replacingOccurrences(of: "fts5: ", with: "")
            return SearchError.malformedQuery(query.text, why)
        }
        return error
    }
}
