import ArgumentParser
import Dispatch
import Foundation
import GleanerIngest
import GleanerModel

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the main text of pages (.html, .html.gz, or text snapshots), without boilerplate.",
        discussion: """
            Each FILE is one page. HTML is decoded the WHATWG way (byte-order mark, the page's \
            <meta charset>, then detection; a declared charset that does not decode cleanly is \
            overruled), parsed with libxml2's HTML parser, and its main text kept: paragraphs and \
            headings in order, navigation, sidebars, comments, footers and link lists dropped. A \
            text snapshot loses its crawler header and trailer. --format json adds the metadata \
            (title, published, author, source, site, canonical URL, language) and the charset \
            decision with its reason; jsonl prints one such object a line, one per FILE, so many \
            pages run in one process. Pages are read in parallel; output keeps the FILE order.
            """)

    @Option(help: "text (the main text), json (one object per file), or jsonl (one line per file).")
    var format: OutputFormat = .text

    @Option(help: "Refuse files larger than this many bytes (after gunzip).")
    var maxBytes: Int = 64 << 20

    @Argument(help: "Pages to read.")
    var files: [String]

    struct Output: Encodable {
        var path: String
        var text: String?
        var paragraphs: [String]?
        var title: String?
        var published: String?
        var author: String?
        var source: String?
        var site: String?
        var canonicalURL: String?
        var language: String?
        var html: Bool?
        var charset: CharsetDecision?
        var error: String?
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one page") }
        if format == .csv { throw ValidationError("--format is text, json or jsonl") }
    }

    func run() throws {
        let reader = PageReader(maxBytes: maxBytes)
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let files = self.files
        let maxBytes = self.maxBytes
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let path = files[i]
            var out = Output(path: path)
            do {
                guard FileManager.default.isReadableFile(atPath: path) else {
                    out.error = FileManager.default.fileExists(atPath: path) ? "cannot open for reading (permissions?)" : "no such file"
                    slots[i] = out
                    return
                }
                let attributes = try FileManager.default.attributesOfItem(atPath: path)
                if let size = attributes[.size] as? Int, size > maxBytes {
                    out.error = "\(size) bytes is over the \(maxBytes)-byte limit (--max-bytes)"
                } else {
                    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
                    let page = try reader.read(bytes)
                    let e = page.extracted
                    out.text = e.text
                    out.paragraphs = e.paragraphs
                    out.title = e.title
                    out.published = e.published
                    out.author = e.author
                    out.source = e.source
                    out.site = e.site
                    out.canonicalURL = e.canonicalURL
                    out.language = e.language
                    out.html = page.isHTML
                    out.charset = page.charset
                }
            } catch {
                out.error = "\(error)"
            }
            slots[i] = out
        }
        let stdout = StandardOutput()
        defer { stdout.flush() }
        var failed = false
        for i in 0..<files.count {
            let out = results[i]!
            if let error = out.error {
                failed = true
                Terminal.error("gleaner: \(out.path): \(error)")
            }
            switch format {
            case .text:
                if let text = out.text {
                    if files.count > 1 { stdout.line("==> \(out.path) <==") }
                    stdout.line(text)
                }
            case .json:
                stdout.line(Records.json(out))
            case .jsonl, .csv:
                var line = out
                line.paragraphs = nil
                stdout.line(Records.json(line))
            }
        }
        if failed { stdout.flush(); throw ExitCode(1) }
    }
}
