import ArgumentParser
import Foundation
import GleanerEvents
import GleanerExtract
import GleanerModel

/// `gleaner extract`: dates, places, headcounts, counts, money and organizations in text.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find dates, places, headcounts, counts, money and organizations in text.",
        discussion: """
            Reads FILE... (or stdin). With --format text or json each file is one document; with \
            --format jsonl the input is records too: one {"id","text","published","lang"} object per line (lang optional: zh, es or en), \
            and the output is one {"id","entities":[…]} line per record, in order. Each entity is \
            {"type","text","start","end","value"}; type is date, time, duration, set, place, \
            headcount, count, money or organization. start/end are offsets in Unicode scalars (code points) into the text, end \
            exclusive. Relative and partial dates (今年, 3月26日, este año) are resolved against the \
            published date and marked inferred; placeholders (20xx) are marked unknown. Lexicons \
            come from $GLEANER_LEXICONS.
            """)

    @Argument(help: "Text files (or JSONL record files with --format jsonl); stdin when none.")
    var files: [String] = []

    @Option(help: "Published date (ISO, e.g. 2024-04-01) to resolve relative dates against.")
    var published: String?

    @Option(help: "Output: text, json or jsonl (jsonl also reads records).")
    var format: OutputFormat = .text

    @Flag(help: "Also report the events each text describes (title, date, place, organizers, headcount).")
    var events = false

    @Flag(help: "Also report every plain number (type number: digits or words, value and subtype integer, decimal, fraction or power).")
    var numbers = false

    @Flag(help: "Also report dimensions, ages and temperatures (types dimension, age, temperature: number and unit name).")
    var units = false

    struct Record: Decodable { var id: String?; var text: String?; var published: String? }
    struct Out: Encodable { var id: String?; var entities: [Entity]; var events: [Event]? }
    struct IntOut: Encodable { var id: Int; var entities: [Entity] }

    func run() throws {
        let lexicons: ExtractLexicons
        do { lexicons = try ExtractLexicons.load() } catch {
            FileHandle.standardError.write(Data("gleaner extract: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let extractor = EntityExtractor(lexicons: lexicons)
        extractor.numbers = numbers
        extractor.units = units
        var eventExtractor: EventExtractor?
        if events {
            do { eventExtractor = EventExtractor(lexicon: try EventLexicon.load()) } catch {
                FileHandle.standardError.write(Data("gleaner extract: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        func eventsOf(_ text: String, _ entities: [Entity]) -> [Event] {
            guard let eventExtractor else { return [] }
            let doc = Document(title: nil, text: text, paragraphs: Paragraph.split(text),
                               charset: CharsetDecision(charset: "UTF-8", reason: .validUTF8))
            return eventExtractor.events(doc, entities: entities).map { e, ms in
                var e = e
                e.sources = ms.map { EventSource(document: 0, sentence: $0.sentence, start: $0.start, end: $0.end) }
                return e
            }
        }
        var inputs: [(String, Data)] = []
        if files.isEmpty { inputs.append(("-", FileHandle.standardInput.readDataToEndOfFile())) }
        for f in files {
            guard let d = FileManager.default.contents(atPath: f) else {
                FileHandle.standardError.write(Data("gleaner extract: cannot read \(f)\n".utf8))
                throw ExitCode(1)
            }
            inputs.append((f, d))
        }
        var out = ""
        var failed = false
        for (name, data) in inputs {
            let text = String(decoding: data, as: UTF8.self)
            switch format {
            case .jsonl:
                // Records are independent: a batch at a time is spread over the cores, the
                // output kept in input order; a bad line is reported by its number.
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                var from = 0
                while from < lines.count {
                    let batch = Array(lines[from..<min(lines.count, from + 256)])
                    let first = from + 1
                    from += batch.count
                    let rendered: [String?] = Parallel.map(batch.count, worthIt: batch.count > 1) { k in
                        let line = batch[k]
                        if line.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) { return "" }
                        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
                        let body = obj["text"] as? String ?? ""
                        let pub = obj["published"] as? String
                        let entities = extractor.extract(body, published: pub ?? published, language: obj["lang"] as? String)
                        let idJSON: String
                        if let id = obj["id"], let d = try? JSONSerialization.data(withJSONObject: [id], options: [.fragmentsAllowed]) {
                            idJSON = String(decoding: d, as: UTF8.self).dropFirst().dropLast().description
                        } else { idJSON = "null" }
                        let ev = events ? ",\"events\":\(Records.json(eventsOf(body, entities)))" : ""
                        return "{\"id\":\(idJSON),\"entities\":\(Records.json(entities))\(ev)}\n"
                    }
                    for (k, r) in rendered.enumerated() {
                        guard let r else {
                            FileHandle.standardError.write(Data("gleaner extract: \(name): line \(first + k) is not a JSON object\n".utf8))
                            failed = true
                            continue
                        }
                        out += r
                        if out.utf8.count > 1 << 16 { print(out, terminator: ""); out = "" }
                    }
                }
            case .json, .csv:
                let entities = extractor.extract(text, published: published)
                out += Records.json(Out(id: name, entities: entities, events: events ? eventsOf(text, entities) : nil)) + "\n"
            case .text:
                let entities = extractor.extract(text, published: published)
                if inputs.count > 1 { out += "== \(name)\n" }
                for e in entities { out += "\(e.type.rawValue)\t\(e.start)-\(e.end)\t\(e.text)\t\(describe(e.value))\n" }
                for e in eventsOf(text, entities) { out += EventText.describe(e) }
            }
        }
        print(out, terminator: "")
        if failed { throw ExitCode(1) }
    }

    func describe(_ v: EntityValue) -> String {
        switch v {
        case let .date(d):
            if d.unknown { return "unknown" }
            let r = d.start == d.end ? (d.start ?? "?") : "\(d.start ?? "?")/\(d.end ?? "?")"
            return r + " (\(d.granularity)\(d.inferred ? ", inferred" : "")\(d.twelveHour == true ? ", a.m. or p.m." : ""))"
        case let .place(p):
            return "\(p.name) \(p.level) \(p.id ?? "-")" + (p.parents.isEmpty ? "" : " in " + p.parents.joined(separator: ">"))
                + (p.candidates.isEmpty ? "" : " candidates " + p.candidates.joined(separator: ","))
        case let .quantity(q):
            var s = q.number == q.number.rounded() ? String(Int(q.number)) : String(q.number)
            if q.lower != nil { s = "≥" + s } else if q.upper != nil { s = "≤" + s } else if q.approximate { s = "~" + s }
            return s + (q.subject.map { " " + $0 } ?? "") + (q.unit.map { " [\($0)]" } ?? "")
        case let .organization(o):
            return o.name + (o.abbreviation.map { " (\($0))" } ?? "") + (o.place.map { " @\($0)" } ?? "")
        case let .number(n):
            return n.value + " (\(n.subtype))"
        case let .duration(d):
            return (d.approximate ? "~" : "") + "\(d.seconds == d.seconds.rounded() ? String(Int(d.seconds)) : String(d.seconds)) s"
        case let .recurrence(r):
            return "every \(r.every)" + (r.on.map { " on day \($0)" } ?? "") + (r.at.map { " at \($0)" } ?? "")
        case let .unit(u):
            return "[\(u.unit)]"
        }
    }
}
