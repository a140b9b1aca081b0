import ArgumentParser
import Foundation
import GleanerDedup

struct DedupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "Cluster near-duplicate pages of a collection outside an archive.",
        discussion: """
            Reads JSON lines {"id", "text"} (FILE, or stdin when none) and writes one line \
            {"id", "cluster"} for every input line, in order; the cluster is the id of its \
            earliest member, so a page with no duplicate is its own cluster. Each text is a \
            whole page as crawled: lines that recur across many pages (site headers, copyright, \
            related-article lists) are dropped, the rest is folded (traditional → simplified, \
            width, case, punctuation) and compared by MinHash over character 5-grams with LSH; \
            every candidate is verified by estimated Jaccard, or by containment so that \
            truncated copies are found. A line that is not a record is reported and gets \
            {"id": null, "cluster": null, "error": …}; the exit status is then 1.
            """)

    @Option(help: "Estimated Jaccard similarity at which two bodies are duplicates.")
    var threshold: Double = 0.4

    @Option(help: "Estimated containment at which a shorter body is a cut-down copy of a longer one.")
    var containment: Double = 0.9

    @Option(help: "Containment is trusted only when the shorter body has at least this many shingles.")
    var minContained: Int = 150

    @Flag(help: "Print the seconds of each phase (read, count lines, sign, cluster) as JSON on stderr.")
    var timings = false

    @Argument(help: "A JSON lines file (stdin when none).")
    var file: String?

    func validate() throws {
        guard (0...1).contains(threshold), (0...1).contains(containment) else {
            throw ValidationError("--threshold and --containment are between 0 and 1")
        }
    }

    func run() throws {
        let started = DispatchTime.now()
        let data: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        var ids: [String?] = []
        var texts: [String] = []
        var errors: [Int: String] = [:]
        var lineNumber = 0
        for line in data.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let text = object["text"] as? String else {
                let where_ = file ?? "stdin"
                Terminal.error("gleaner: \(where_), line \(lineNumber): not a {\"id\", \"text\"} record")
                errors[ids.count] = "line \(lineNumber): not a {\"id\", \"text\"} record"
                ids.append(nil)
                texts.append("")
                continue
            }
            ids.append((object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? String(lineNumber))
            texts.append(text)
        }
        var dedup = Deduplicator(folding: try ShingleText())
        dedup.thresholds = .init(jaccard: threshold, containment: containment, minimumContained: minContained)
        let valid = texts.indices.filter { errors[$0] == nil }
        let readSeconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        var phases = Deduplicator.Timings()
        let reps = dedup.clusters(valid.map { texts[$0] }, timings: &phases)
        if timings {
            struct Report: Encodable { let documents: Int; let read: Double; let phases: Deduplicator.Timings }
            Terminal.error(Records.json(Report(documents: valid.count, read: readSeconds, phases: phases)))
        }
        var cluster: [Int: String] = [:]
        for (k, i) in valid.enumerated() { cluster[i] = ids[valid[reps[k]]] }
        struct Out: Encodable { let id: String?; let cluster: String?; let error: String? }
        let out = StandardOutput()
        defer { out.flush() }
        for i in ids.indices {
            out.line(Records.json(Out(id: ids[i], cluster: cluster[i], error: errors[i])))
        }
        if !errors.isEmpty { out.flush(); throw ExitCode(1) }
    }
}
