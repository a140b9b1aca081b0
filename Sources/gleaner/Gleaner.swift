import ArgumentParser
import Foundation

/// The `gleaner` command line: one subcommand per job, each thin over the pipeline.
/// Exit codes: 0 ok, 1 some input failed (the run still finished), 2 usage.
@main
struct Gleaner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gleaner",
        abstract: "Turn crawled news snapshots into a searchable event archive.",
        discussion: """
            Exit status: 0 when everything went through, 1 when some input could not be used \
            (the run still finishes and its summary counts what was skipped), 2 for usage errors.
            """,
        subcommands: [IngestCommand.self, TextCommand.self, SearchCommand.self, RepairCommand.self,
                      SegmentCommand.self, ExtractCommand.self, DedupCommand.self, EventsCommand.self])

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            // ArgumentParser reports usage errors as 64 (EX_USAGE); Gleaner promises 2.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Shared option: which archive file.
struct ArchiveOption: ParsableArguments {
    @Option(name: .long, help: "The archive file (SQLite), created when missing.")
    var archive: String = "gleaner.sqlite"
}
