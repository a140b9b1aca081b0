/// One change to text, explainable to a clerk and assertable by a test: the range in the text
/// before the change (Unicode scalar offsets), what was there, what replaced it, and the rule.
public struct Edit: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var before: String
    public var after: String
    public var rule: String
    /// 0–1: how sure the rule is. Below 1 means a human may want to look.
    public var confidence: Double

    public init(start: Int, end: Int, before: String, after: String, rule: String, confidence: Double = 1) {
        self.start = start
        self.end = end
        self.before = before
        self.after = after
        self.rule = rule
        self.confidence = confidence
    }
}
