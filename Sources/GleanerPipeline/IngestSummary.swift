import GleanerModel

/// What an ingest run did, counted: printed at the end, and as JSON for scripts.
public struct IngestSummary: Sendable, Codable, Equatable {
    public var files = 0
    public var records = 0
    public var bytes = 0
    public var added = 0
    public var alreadyPresent = 0
    public var failed = 0
    /// Records read but holding no page (WARC requests, images, redirects, unresolved revisits).
    public var skipped = 0
    /// Records stored although something they declared was overruled (charset, digest).
    public var overruled = 0
    /// WARC/ARC records read, by WARC-Type (ARC records count as warcinfo/response).
    public var recordsByType: [String: Int] = [:]
    public var seconds = 0.0

    public init() {}

    public var line: String {
        let mb = Double(bytes) / 1_048_576
        var s = "\(files) files · \(records) records · \(String(format: "%.1f", mb)) MB · \(added) new · "
            + "\(alreadyPresent) already present · \(failed) failed"
        if skipped > 0 { s += " · \(skipped) skipped" }
        if overruled > 0 { s += " · \(overruled) overruled" }
        return s + " · \(String(format: "%.1f", seconds)) s"
    }

    /// The progress line on a terminal: records, MB, records/s, problems.
    public var progressLine: String {
        let mb = Double(bytes) / 1_048_576
        let rate = seconds > 0 ? Double(records) / seconds : 0
        return "ingest: \(records) records · \(String(format: "%.1f", mb)) MB · \(String(format: "%.0f", rate)) records/s · "
            + "\(added) new · \(skipped) skipped · \(failed) problems"
    }
}
