/// Which charset decoded a snapshot, and why: a clerk or a test can check the choice.
public struct CharsetDecision: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable {
        /// A byte-order mark said so.
        case bom
        /// The bytes are valid UTF-8 (the overwhelmingly likely reading of valid UTF-8).
        case validUTF8 = "valid-utf8"
        /// The producer (HTTP header, meta tag) declared it and it decoded cleanly.
        case declared
        /// ICU's detector chose it among candidates that decode cleanly.
        case detected
        /// Nothing decoded cleanly; the least damaging candidate was used.
        case bestEffort = "best-effort"
        /// The producer handed over text, not bytes.
        case provided
    }

    public var charset: String
    public var reason: Reason
    /// Detector confidence 0–100 where a detector was involved.
    public var confidence: Int?
    /// Undecodable byte sequences replaced by U+FFFD.
    public var invalidSequences: Int
    /// A declared charset that was overruled, if any.
    public var overruled: String?

    public init(charset: String, reason: Reason, confidence: Int? = nil,
                invalidSequences: Int = 0, overruled: String? = nil) {
        self.charset = charset
        self.reason = reason
        self.confidence = confidence
        self.invalidSequences = invalidSequences
        self.overruled = overruled
    }
}
