import Foundation

/// Raw bytes as received, with where they came from. Everything else is derived from this.
public struct Snapshot: Sendable {
    /// The bytes exactly as read (never altered).
    public var bytes: [UInt8]
    public var origin: Origin
    /// Text the producer already decoded (a JSONL record's "text" field), if any.
    public var providedText: String?
    /// A title the producer supplied (a JSONL record's "title"), if any.
    public var providedTitle: String?
    /// The media type the producer declared (HTTP Content-Type of a WARC response, with its
    /// charset parameter), if any: decoding and extraction read it.
    public var contentType: String?
    /// The WARC-Payload-Digest a crawl declared for these bytes (`sha1:…`), if any: a revisit
    /// record in a later crawl names its original by it.
    public var payloadDigest: String?

    public init(bytes: [UInt8], origin: Origin, providedText: String? = nil, providedTitle: String? = nil,
                contentType: String? = nil, payloadDigest: String? = nil) {
        self.payloadDigest = payloadDigest
        self.bytes = bytes
        self.origin = origin
        self.providedText = providedText
        self.providedTitle = providedTitle
        self.contentType = contentType
    }

    /// Where a snapshot came from: a file, and a record inside it when the file holds many.
    public struct Origin: Sendable, Hashable, Codable, CustomStringConvertible {
        public var path: String
        /// Record identity inside the file (JSONL line number, WARC offset), nil for whole files.
        public var record: String?
        /// The producer's own id for the record (JSONL "id"), if any.
        public var externalID: String?
        public var url: String?
        public var fetchedAt: String?

        public init(path: String, record: String? = nil, externalID: String? = nil,
                    url: String? = nil, fetchedAt: String? = nil) {
            self.path = path
            self.record = record
            self.externalID = externalID
            self.url = url
            self.fetchedAt = fetchedAt
        }

        /// "file" or "file, record" — how problems name a record.
        public var description: String {
            record.map { "\(path), \($0)" } ?? path
        }
    }
}
