import ArgumentParser
import Foundation
import GleanerSegment

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into words (Chinese by the word list, numbers with their units).",
        discussion: """
            Reads FILEs (stdin when none) as UTF-8, one line at a time, and writes one line per \
            input line: the words separated by single spaces (--words, the SIGHAN bakeoff \
            format). With --format jsonl each line gives {"line", "tokens": [{"text", "kind", \
            "start", "end"}]}; offsets are Unicode scalar offsets in the line, kinds han, latin, \
            number, punctuation, space, other.
            """)

    @Flag(help: "One line of space-separated words per input line (the default).")
    var words = false

    @Flag(help: "One sentence a line instead of words.")
    var sentences = false

    @Option(help: "text (words) or jsonl (tokens with offsets and kinds, and the line's language).")
    var format: OutputFormat = .text

    @Argument(help: "Files to segment (stdin when none).")
    var files: [String] = []

    func run() throws {
        let segmenter = try Segmenter.standard()
        let splitter = SentenceSplitter()
        let languages = format == .jsonl ? try LanguageIdentifier.standard() : nil
        let out = StandardOutput()
        defer { out.flush() }
        var failed = false
        var buffer: [UInt8] = []
        var writer = Segmenter.WordWriter(segmenter)
        let sources: [(String, FileHandle?)] = files.isEmpty
            ? [("stdin", FileHandle.standardInput)] : files.map { ($0, FileHandle(forReadingAtPath: $0)) }
        for (name, handle) in sources {
            guard let handle else { Terminal.error("gleaner: \(name): cannot open for reading"); failed = true; continue }
            var number = 0
            // With jsonl, a file's paragraphs are identified together (a Chinese line with
            // no script-specific character takes the document's script).
            var fileLanguages: [String] = []
            if format == .jsonl, let languages, name != "stdin" {
                var all: [String] = []
                try Lines.read(handle) { all.append(String(decoding: $0, as: UTF8.self)) }
                fileLanguages = languages.identify(paragraphs: all)
                try handle.seek(toOffset: 0)
            }
            try Lines.read(handle) { data in
                number += 1
                if format != .jsonl && !sentences {
                    // Words straight from the bytes: a trailing CR and a leading BOM dropped.
                    buffer.removeAll(keepingCapacity: true)
                    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                        var bytes = raw.bindMemory(to: UInt8.self)
                        if number == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
                        }
                        if let last = bytes.last, last == 13 { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
                        writer.append(utf8: bytes, to: &buffer)
                    }
                    buffer.append(10)
                    out.write(bytes: buffer)
                    return
                }
                var line = String(decoding: data, as: UTF8.self)
                if line.hasSuffix("\r") { line.removeLast() }
                if number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
                if format == .jsonl {
                    struct Record: Encodable { let line: Int; let language: String; let sentences: [[Int]]; let tokens: [Token] }
                    let spans = try splitter.sentences(line).map { [$0.lowerBound, $0.upperBound] }
                    let language = number <= fileLanguages.count ? fileLanguages[number - 1] : (languages?.identify(line) ?? "other")
                    out.line(Records.json(Record(line: number, language: language,
                                                 sentences: spans, tokens: segmenter.tokens(line))))
                } else {
                    let scalars = Array(line.unicodeScalars)
                    for r in try splitter.sentences(line) {
                        var v = String.UnicodeScalarView()
                        v.append(contentsOf: scalars[r])
                        out.line(String(v))
                    }
                }
            }
        }
        if failed { out.flush(); throw ExitCode(1) }
    }
}
