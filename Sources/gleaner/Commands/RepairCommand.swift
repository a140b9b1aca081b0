import ArgumentParser
import Foundation
import GleanerModel
import GleanerRepair

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Repair garbled text: wrong charsets, mojibake, ruby pinyin, entities, width, stray marks.",
        discussion: """
            Reads FILEs (stdin when none) as raw bytes of unknown charset, decodes them (BOM, \
            UTF-8, ICU detection) and writes the repaired text to stdout. Clean text comes back \
            byte-identical. Chinese punctuation and curly quotes are kept unless asked otherwise \
            (--uncurl-quotes, --fold-width; both together give ftfy.fix_text's policy). With --explain \
            each change is listed on stderr as LINE:COLUMN rule: before → after (positions in the \
            text as it was when the rule ran). With --format jsonl the input is records \
            {"id", "text"}, one a line, and each gives {"id", "text", "edits": [...]} in order; \
            edit offsets are Unicode scalar offsets.
            """)

    @Option(help: "text (repaired text) or jsonl (records in, records out).")
    var format: OutputFormat = .text

    @Flag(help: "List every change on stderr.")
    var explain = false

    @Flag(help: "Make curly quotes straight (‘ ’ “ ” → ' \"), as ftfy does by default.")
    var uncurlQuotes = false

    @Flag(help: "Fold fullwidth and halfwidth forms, punctuation included (，→ ,), as ftfy does by default.")
    var foldWidth = false

    @Argument(help: "Files to repair (stdin when none).")
    var files: [String] = []

    func validate() throws {
        if format == .json || format == .csv { throw ValidationError("--format is text or jsonl") }
    }

    func run() throws {
        let repairer = try Repairer.standard(policy: PunctuationPolicy(uncurlQuotes: uncurlQuotes, foldWidth: foldWidth))
        let out = StandardOutput()
        defer { out.flush() }
        var failed = false
        if format == .jsonl {
            let sources: [(String, FileHandle?)] = files.isEmpty
                ? [("stdin", FileHandle.standardInput)] : files.map { ($0, FileHandle(forReadingAtPath: $0)) }
            for (name, handle) in sources {
                guard let handle else { Terminal.error("gleaner: \(name): cannot open for reading"); failed = true; continue }
                var lineNumber = 0
                try Lines.read(handle, skippingEmpty: true) { line in
                    lineNumber += 1
                    guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                          let text = object["text"] as? String else {
                        Terminal.error("gleaner: \(name), line \(lineNumber): not a {\"id\", \"text\"} record")
                        out.line(Records.json(["error": "line \(lineNumber): not a {\"id\", \"text\"} record"]))
                        failed = true
                        return
                    }
                    let result = repairer.repair(text)
                    struct Record: Encodable { let id: AnyID?; let text: String; let edits: [Edit]; let flags: [Edit]? }
                    out.line(Records.json(Record(id: AnyID(object["id"]), text: result.text, edits: result.log.edits,
                                                 flags: result.log.flags.isEmpty ? nil : result.log.flags)))
                    if explain { report(result, name: "\(name), line \(lineNumber)", original: text) }
                }
            }
        } else {
            for name in files.isEmpty ? ["-"] : files {
                let data: Data?
                if name == "-" { data = FileHandle.standardInput.readDataToEndOfFile() }
                else { data = FileManager.default.contents(atPath: name) }
                guard let data else { Terminal.error("gleaner: \(name): cannot read"); failed = true; continue }
                let text: String
                do {
                    (text, _) = try ByteDecoder().decode([UInt8](data))
                } catch {
                    Terminal.error("gleaner: \(name == "-" ? "stdin" : name): \(error)")
                    failed = true
                    continue
                }
                var lines: [String] = []
                let result = repairer.repair(text, observe: explain ? { edit, line, column in
                    lines.append("\(line):\(column) \(edit.rule): \(Self.quote(edit.before)) → \(Self.quote(edit.after))")
                } : nil)
                out.write(result.text)
                for line in lines { Terminal.error("\(name == "-" ? "stdin" : name):\(line)") }
                for flag in result.log.flags where explain {
                    // A flag with a different `after` marks a repair that could not restore everything.
                    let what = flag.after == flag.before ? "left as it is" : "repaired, lost bytes marked \u{FFFD}"
                    Terminal.error("\(name == "-" ? "stdin" : name): flagged \(flag.rule) at scalar \(flag.start): \(what)")
                }
            }
        }
        if failed { out.flush(); throw ExitCode(1) }
    }

    private func report(_ result: RepairResult, name: String, original: String) {
        for e in result.log.edits {
            Terminal.error("\(name): \(e.rule): \(Self.quote(e.before)) → \(Self.quote(e.after))")
        }
    }

    static func quote(_ s: String) -> String {
        "\"" + s.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "\""
    }
}

/// A record id as given: string or number.
struct AnyID: Encodable {
    let value: Any
    init?(_ value: Any?) {
        guard let value, !(value is NSNull) else { return nil }
        self.value = value
    }
    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let s = value as? String { try c.encode(s) }
        else if let n = value as? NSNumber { try c.encode(n.doubleValue == n.doubleValue.rounded() ? String(n.intValue) : n.stringValue) }
        else { try c.encode(String(describing: value)) }
    }
}
