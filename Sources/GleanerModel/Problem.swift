/// Input that could not be used, as a value: one clear message naming the file and record.
/// The run goes on; the summary counts these.
public struct Problem: Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case unreadable, binary, tooLarge = "too-large", undecodable, malformed, storage
        /// Not a failure: a record with no page in it (request, image, redirect), skipped and counted.
        case skipped
        /// Not a failure: a record used although something it declared was wrong (a lying
        /// charset, a payload digest that does not match, a bad chunked encoding).
        case overruled
    }

    public var origin: Snapshot.Origin
    public var kind: Kind
    public var message: String

    public init(origin: Snapshot.Origin, kind: Kind, message: String) {
        self.origin = origin
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(origin): \(message)" }
}
