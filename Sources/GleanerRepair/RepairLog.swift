import GleanerModel

/// Every change the repair stage made, in the order the rules ran. An edit's offsets are
/// Unicode scalar offsets in the text as it was when its rule ran (applying the edits in order
/// to the input gives the output), so a clerk can replay them one by one.
public struct RepairLog: Sendable, Equatable {
    public var edits: [Edit] = []
    /// Spans a rule could not decide (lossy mojibake, ambiguous bytes): left as they were.
    public var flags: [Edit] = []

    public init() {}
}

/// Repaired text and how it was repaired.
public struct RepairResult: Sendable {
    public var text: String
    public var log: RepairLog
}

/// One small, ordered repair rule (ftfy's fixers are the model): it looks at the text as
/// scalars and returns the replacements it makes, each with its own reason.
public protocol Fixer: Sendable {
    /// A short rule name, used in edits ("html-entity", "ruby-annotation", …).
    var name: String { get }
    /// What the rule fixes and why, in a sentence, for `--explain` and the README.
    var explanation: String { get }
    /// The replacements to make, as non-overlapping ascending edits over `text`.
    func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit]
}

extension Array where Element == Unicode.Scalar {
    var string: String { String(scalars: self) }

    /// Applies non-overlapping ascending edits.
    func applying(_ edits: [Edit]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(count)
        var at = 0
        for e in edits {
            out.append(contentsOf: self[at..<e.start])
            out.append(contentsOf: e.after.unicodeScalars)
            at = e.end
        }
        out.append(contentsOf: self[at...])
        return out
    }
}
