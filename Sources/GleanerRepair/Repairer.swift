import GleanerModel

/// The repair stage's one entry point: runs the fixers in order over a text and returns the
/// repaired text with a `RepairLog` of every change. Built once (lexicons, ICU rules) and
/// shared; clean text comes back byte-identical with an empty log.
public struct Repairer: Sendable {
    public let fixers: [any Fixer]

    /// The standard order: undo charset damage first (it changes every later character), then
    /// character references, invisible characters, stray marks, ruby readings, width.
    public init(plausibility: Plausibility) throws {
        fixers = [
            MojibakeFixer(plausibility: plausibility),
            HTMLEntityFixer(),
            ControlCharacterFixer(),
            StrayMarkFixer(),
            try RubyAnnotationFixer(),
            FullwidthAlphanumericFixer(),
        ]
    }

    public init(fixers: [any Fixer]) {
        self.fixers = fixers
    }

    /// Loads the lexicons the standard fixers need.
    public static func standard() throws -> Repairer {
        try Repairer(plausibility: Plausibility.load())
    }

    public func repair(_ text: String) -> RepairResult {
        repair(text, observe: nil)
    }

    /// `observe` sees each edit with the text it applies to (for line:column reports).
    public func repair(_ text: String, observe: ((Edit, [Unicode.Scalar]) -> Void)?) -> RepairResult {
        var log = RepairLog()
        var scalars = Array(text.unicodeScalars)
        var changed = false
        for fixer in fixers {
            let edits = fixer.edits(scalars, log: &log)
            guard !edits.isEmpty else { continue }
            log.edits.append(contentsOf: edits)
            if let observe { for e in edits { observe(e, scalars) } }
            scalars = scalars.applying(edits)
            changed = true
        }
        return RepairResult(text: changed ? scalars.string : text, log: log)
    }
}
