import GleanerModel

/// What an ingest run did, counted: printed at the end, and as JSON for scripts.
public struct IngestSummary: Sendable, Codable, Equatable {
    public var files = 0
    public var records = 0
    public var bytes = 0
    public var added = 0
    public var alreadyPresent = 0
    public var failed = 0
    public var seconds = 0.0

    public init() {}

    public var line: String {
        let mb = Double(bytes) / 1_048_576
        return "\(files) files · \(records) records · \(String(format: "%.1f", mb)) MB · \(added) new · "
            + "\(alreadyPresent) already present · \(failed) failed · \(String(format: "%.1f", seconds)) s"
    }
}
