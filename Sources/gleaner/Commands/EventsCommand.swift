import ArgumentParser
import Foundation
import GleanerArchive
import GleanerModel

/// `gleaner events`: the archive's events, each once, with every source that reported it.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the archive's events (what, when, where, who, how many), each with its sources.",
        discussion: """
            QUERY matches words in an event's title or in the sentences that report it (either \
            Chinese script). Events come dated first, by date, then by id, so pages are stable. \
            --facets adds counts by year, province, city and organizer. --format csv writes one \
            row per event with its sources' URLs (or files); jsonl one event per line with all \
            its sources (document, sentence, offsets in Unicode scalars, URL, crawl time).
            """)

    @OptionGroup var archiveOption: ArchiveOption
    @OptionGroup var filters: FilterOptions

    @Option(help: "How many events to show (0 for all).")
    var limit: Int = 20

    @Option(help: "Skip this many events first (for paging).")
    var offset: Int = 0

    @Option(help: "text, json, jsonl or csv.")
    var format: OutputFormat = .text

    @Flag(help: "Also count the matching events by year, province, city and organizer.")
    var facets = false

    @Argument(help: "Words the event's title or sources must contain.")
    var query: [String] = []

    func validate() throws {
        if limit < 0 || offset < 0 { throw ValidationError("--limit and --offset cannot be negative") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: archiveOption.archive) else {
            throw ValidationError("no archive at \(archiveOption.archive): run gleaner ingest first, or pass --archive")
        }
        let archive = try Archive(path: archiveOption.archive)
        let filter = filters.filter(text: query.isEmpty ? nil : query.joined(separator: " "))
        let page = try archive.events(filter, limit: limit, offset: offset)
        let counts = facets ? try archive.eventFacets(filter) : nil
        let out = StandardOutput()
        defer { out.flush() }
        switch format {
        case .text:
            out.line("\(page.total) events" + (page.total > page.events.count ? ", showing \(offset + 1)–\(offset + page.events.count)" : ""))
            for e in page.events { out.write(EventText.describe(e)) }
            if let counts { out.write(facetText(counts)) }
        case .json:
            struct Out: Encodable { var total: Int; var events: [Event]; var facets: EventFacets? }
            out.line(Records.json(Out(total: page.total, events: page.events, facets: counts)))
        case .jsonl:
            for e in page.events { out.line(Records.json(e)) }
            if let counts { out.line(Records.json(["facets": counts])) }
        case .csv:
            out.line("id,title,start,end,place,place_id,organizers,people,language,sources,source_count")
            for e in page.events {
                let fields: [String] = [
                    e.id.map(String.init) ?? "", e.title, e.date?.start ?? "", e.date?.end ?? "", e.place?.name ?? "",
                    e.place?.id ?? "", e.organizers.map { "\($0.name) (\($0.role))" }.joined(separator: "; "),
                    e.people.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "", e.language ?? "",
                    Array(Set(e.sources.map { $0.url ?? $0.path ?? "" })).sorted().joined(separator: " "), String(e.sources.count),
                ]
                out.line(fields.map(csv).joined(separator: ","))
            }
        }
    }

    func csv(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    func facetText(_ f: EventFacets) -> String {
        var out = ""
        for (name, counts) in [("year", f.years), ("province", f.provinces), ("city", f.cities), ("organizer", f.organizations)]
        where !counts.isEmpty {
            out += "by \(name): " + counts.map { "\($0.value) \($0.count)" }.joined(separator: " · ") + "\n"
        }
        return out
    }
}
