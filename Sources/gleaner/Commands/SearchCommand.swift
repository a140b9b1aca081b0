import ArgumentParser
import Foundation
import GleanerSegment
import GleanerArchive

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the archive's documents, ranked by BM25, with highlighted snippets.",
        discussion: """
            Words are matched after folding case, width and accents (Día = dia, ＡＢＣ = abc); \
            Chinese matches any run of characters, whatever its length (社, 社工, 社会工作). \
            Several words must all match. FTS5 syntax works as well: "a phrase", AND, OR, NOT, \
            parentheses, prefix*, title:word. --from/--to, --place, --org, --min-people and \
            --lang keep documents whose extracted dates, places (with their parents), \
            organizations, headcounts or language match.
            """)

    @OptionGroup var archiveOption: ArchiveOption
    @OptionGroup var filters: FilterOptions

    @Option(help: "How many results to show (0 for all).")
    var limit: Int = 10

    @Option(help: "Skip this many results first (for paging).")
    var offset: Int = 0

    @Option(help: "text, json, jsonl or csv.")
    var format: OutputFormat = .text

    @Option(help: "Run every query in this file (one a line, plain or {\"q\": …}) and print one JSON line each: count, the ranked page, and elapsed_ms (ranked page + total count).")
    var batch: String?

    @Flag(help: "With --batch: also list the ids of every matching document, unranked, timed apart (ids_elapsed_ms).")
    var allIds = false

    @Argument(help: "The query.")
    var query: [String] = []

    func validate() throws {
        if batch == nil && query.isEmpty { throw ValidationError("give a query, or --batch FILE") }
        if limit < 0 || offset < 0 { throw ValidationError("--limit and --offset cannot be negative") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: archiveOption.archive) else {
            throw ValidationError("no archive at \(archiveOption.archive): run gleaner ingest first, or pass --archive")
        }
        let archive = try Archive(path: archiveOption.archive)
        if let batch { return try runBatch(archive, file: batch) }
        let parsed: SearchQuery
        let page: SearchPage
        do {
            parsed = try SearchQuery(query.joined(separator: " "))
            let filter = filters.filter()
            page = try archive.search(parsed, limit: limit, offset: offset, filter: filter.isEmpty ? nil : filter,
                                      words: try? Segmenter.standard())
        } catch let error as SearchError {
            throw ValidationError(error.description)
        }
        let out = StandardOutput()
        defer { out.flush() }
        SearchRenderer(format: format, out: out).render(page, offset: offset)
    }

    private func runBatch(_ archive: Archive, file: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let out = StandardOutput()
        defer { out.flush() }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            var text = String(line)
            if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
               let q = object["q"] as? String ?? object["query"] as? String {
                text = q
            }
            var record: [String: AnyEncodable] = ["query": AnyEncodable(text)]
            do {
                let q = try SearchQuery(text)
                let t0 = DispatchTime.now()
                let page = try archive.search(q, limit: limit, offset: offset)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - t0.uptimeNanoseconds) / 1e6
                record["count"] = AnyEncodable(page.total)
                record["elapsed_ms"] = AnyEncodable(ms)
                record["results"] = AnyEncodable(page.hits.map { $0.externalId ?? $0.path })
                if allIds {
                    let t1 = DispatchTime.now()
                    let ids = try archive.matchingIDs(q).map { $0.externalId ?? String($0.id) }
                    record["ids_elapsed_ms"] = AnyEncodable(Double(DispatchTime.now().uptimeNanoseconds - t1.uptimeNanoseconds) / 1e6)
                    record["ids"] = AnyEncodable(ids)
                }
            } catch let error as SearchError {
                record["error"] = AnyEncodable(error.description)
            }
            out.line(Records.json(record))
        }
    }
}

/// Type-erased Encodable for ad-hoc JSON objects.
struct AnyEncodable: Encodable {
    private let encodeValue: (Encoder) throws -> Void
    init<T: Encodable>(_ value: T) { encodeValue = value.encode }
    func encode(to encoder: Encoder) throws { try encodeValue(encoder) }
}
