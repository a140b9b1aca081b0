import ArgumentParser
import Foundation
import GleanerArchive
import GleanerDedup
import GleanerModel
import GleanerPipeline
import GleanerRepair
import GleanerSegment

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store files of crawled pages in the archive and index them for search.",
        discussion: """
            PATH may be files or folders (walked recursively; hidden files skipped). The format \
            is sniffed: WARC/ARC files (plain, gzip per record or whole-file gzip) give one \
            snapshot per HTML or text payload (requests, images, scripts, redirects are counted \
            and skipped; revisits resolve to the payload they repeat); a .jsonl file holds one \
            record a line ({"id" or "url", "text" or "html", "title", "fetched"}); any other file \
            is one page (.html, .html.gz, or a text snapshot). HTML is reduced to its main text \
            and metadata. --report lists every failed, skipped or overruled record with the reason. Raw bytes are kept as received, addressed by SHA-256: ingesting the same \
            bytes again adds nothing. Text is decoded by byte-order mark, UTF-8 validation, or ICU \
            charset detection. A document that repeats a stored story (re-scraped with other \
            boilerplate, truncated, converted between traditional and simplified) is linked to \
            the earliest copy, never dropped. Entities (dates, places, headcounts, organizations) \
            and events are extracted and stored; a document's events join the stored events they \
            agree with, so a re-scraped copy adds sources, not events. Input that cannot be used is reported (file and record) and skipped; \
            the run goes on and exits with 1.
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Option(help: "Refuse files (and records) larger than this many bytes.")
    var maxBytes: Int = 64 << 20

    @Option(help: "Write every record that was skipped, with the reason, as JSON lines to this file.")
    var report: String?

    @Flag(help: "Do not look for near-duplicates (the same story re-scraped, truncated or converted).")
    var noNearDuplicates = false

    @Flag(help: "Do not extract entities and events (faster; the archive is searchable by words only).")
    var noEvents = false

    @Flag(help: "Print the summary as one JSON object on stdout.")
    var summaryJson = false

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder to ingest") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
    }

    func run() throws {
        let archive = try Archive(path: archiveOption.archive)
        let before = try archive.counts()
        var reportHandle: FileHandle?
        if let report {
            _ = FileManager.default.createFile(atPath: report, contents: nil)
            reportHandle = FileHandle(forWritingAtPath: report)
        }
        defer { try? reportHandle?.close() }
        let signer = noNearDuplicates ? nil : DocumentSigner(folding: try ShingleText())
        let nearBefore = try archive.nearDuplicateCount()
        let ingestor = Ingestor(archive: archive, reader: SnapshotReader(maxBytes: maxBytes), signer: signer)
        ingestor.builder = DocumentBuilder(repairer: try Repairer.standard(), languages: try LanguageIdentifier.standard())
        if !noEvents { ingestor.annotator = try Annotator.load() }
        let summary = try ingestor.run(paths, problem: { problem in
            Terminal.endProgress()
            Terminal.error("gleaner: \(problem)")
            reportHandle?.write(Data((Records.json(problem) + "\n").utf8))
        }, note: { note in
            reportHandle?.write(Data((Records.json(note) + "\n").utf8))
        }, progress: { s in
            Terminal.progress(s.progressLine)
        })
        Terminal.endProgress()
        let after = try archive.counts()
        if summaryJson {
            print(Records.json(summary))
        } else {
            Terminal.error(summary.line)
            if summary.alreadyPresent > 0 && summary.added == 0 {
                Terminal.error("nothing new: every snapshot was already in \(archiveOption.archive)")
            }
            let near = try archive.nearDuplicateCount() - nearBefore
            Terminal.error("archive \(archiveOption.archive): \(after.documents) documents "
                + "(+\(after.documents - before.documents), of which \(near) near-duplicates of earlier ones), "
                + "\(after.snapshots) snapshots, \(after.events) events (+\(after.events - before.events)) "
                + "from \(after.mentions) mentions (+\(after.mentions - before.mentions))")
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
