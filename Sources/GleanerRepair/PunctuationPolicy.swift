import GleanerModel
import ICUKit

/// What the repair does to punctuation and width that are not damage. Gleaner's default keeps
/// them: curly quotes and Chinese fullwidth punctuation are how the text was written. A clerk
/// moving from ftfy can ask for its output instead (`fix_text`'s defaults `uncurl_quotes` and
/// `fix_character_width`): `.ftfy` turns both on.
public struct PunctuationPolicy: Sendable, Equatable {
    /// ‘ ’ ‚ ‛ ʼ become ', “ ” „ ‟ become ".
    public var uncurlQuotes: Bool
    /// Fullwidth and halfwidth forms (ＡＢＣ，！, ｶﾀｶﾅ) and the ideographic space become their
    /// ordinary forms, punctuation included.
    public var foldWidth: Bool

    public init(uncurlQuotes: Bool = false, foldWidth: Bool = false) {
        self.uncurlQuotes = uncurlQuotes
        self.foldWidth = foldWidth
    }

    public static let keep = PunctuationPolicy()
    public static let ftfy = PunctuationPolicy(uncurlQuotes: true, foldWidth: true)

    /// Whether a fixer of this policy could change the character (the repair's prescan asks).
    @inline(__always)
    func touches(_ v: UInt32) -> Bool {
        (uncurlQuotes && QuoteUncurlFixer.replacement(v) != nil) || (foldWidth && WidthFoldFixer.folds(v))
    }

    var fixers: [any Fixer] {
        (uncurlQuotes ? [QuoteUncurlFixer()] : []) + (foldWidth ? [WidthFoldFixer()] : [])
    }
}

/// Curly quotes made straight, on request only (see `PunctuationPolicy`): the same characters
/// ftfy's `uncurl_quotes` replaces.
public struct QuoteUncurlFixer: Fixer {
    public let name = "uncurl-quotes"
    public let explanation = "makes curly quotes straight (‘ ’ ‚ ‛ ʼ → ', “ ” „ ‟ → \"), on request only"
    public init() {}

    @inline(__always)
    static func replacement(_ v: UInt32) -> String? {
        if v == 0x2BC || (0x2018...0x201B).contains(v) { return "'" }
        if (0x201C...0x201F).contains(v) { return "\"" }
        return nil
    }

    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        singleScalarEdits(text, rule: name) { Self.replacement(text[$0].value) }
    }
}

/// Fullwidth and halfwidth forms folded to their compatibility equivalents (NFKC, from ICU),
/// punctuation included, on request only (see `PunctuationPolicy`); the default repair folds
/// letters and digits alone (`FullwidthAlphanumericFixer`).
public struct WidthFoldFixer: Fixer {
    public let name = "fold-width"
    public let explanation = "folds fullwidth and halfwidth forms and the ideographic space to their ordinary forms, punctuation included, on request only"
    public init() {}

    /// U+FF01–U+FFEF by their NFKC form, computed once.
    static let table: [String?] = (0xFF01...0xFFEF).map { v in
        let s = String(Unicode.Scalar(UInt32(v))!)
        guard let folded = try? Normalizer.normalize(s, .nfkc), folded != s else { return nil }
        return folded
    }

    @inline(__always)
    static func folds(_ v: UInt32) -> Bool {
        v == 0x3000 || ((0xFF01...0xFFEF).contains(v) && table[Int(v - 0xFF01)] != nil)
    }

    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        singleScalarEdits(text, rule: name) { k in
            let v = text[k].value
            if v == 0x3000 { return " " }
            return (0xFF01...0xFFEF).contains(v) ? Self.table[Int(v - 0xFF01)] : nil
        }
    }
}
