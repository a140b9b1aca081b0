import GleanerModel
import GleanerSegment
import ICUKit
import Synchronization

/// Hard line breaks inside a Chinese sentence (活\n\n動方案): a break between two Han
/// characters is joined when the most probable segmentation of the text around it puts one
/// word across it — a sentence cut in the middle of a word — and not when the words merely
/// could ("推进工作 / 为了" holds 作为, but reads 工作|为了). Headings and bylines stay.
/// The word list is loaded on the first candidate break, so texts without one do not pay for it.
public final class LayoutJoiner: Sendable {
    public let name = "layout-join"
    public let explanation = "joins a line break that cuts a word of the lexicon in two"
    private let lexicon = Mutex<Segmenter?>(nil)
    private let load: @Sendable () throws -> Segmenter

    public init(load: @escaping @Sendable () throws -> Segmenter = { try Segmenter.standard() }) {
        self.load = load
    }

    /// Edits over the whole text (breaks cross lines, so this runs after the line fixers).
    public func edits(_ text: String) -> [Edit] {
        // Cheap check first: a Han character right before a line break, and one after.
        let scalars = Array(text.unicodeScalars)
        var candidates: [(Int, Int)] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\n", i > 0, UnicodeScript.isHan(scalars[i - 1].value) else { i += 1; continue }
            var j = i
            while j < scalars.count, scalars[j] == "\n" || scalars[j] == "\r" || scalars[j] == " " || scalars[j] == "\u{3000}" { j += 1 }
            if j < scalars.count, UnicodeScript.isHan(scalars[j].value) { candidates.append((i, j)) }
            i = max(j, i + 1)
        }
        guard !candidates.isEmpty, let words = lexiconLoaded() else { return [] }
        var edits: [Edit] = []
        for (a, b) in candidates where spans(words, scalars, a, b) {
            edits.append(Edit(start: a, end: b, before: Array(scalars[a..<b]).string, after: "", rule: name, confidence: 0.9))
        }
        return edits
    }

    private func lexiconLoaded() -> Segmenter? {
        lexicon.withLock { l in
            if l == nil { l = try? load() }
            return l
        }
    }

    /// Whether the best word path through up to 8 Han characters on each side of the break
    /// has a word that starts before it and ends after it.
    func spans(_ segmenter: Segmenter, _ s: [Unicode.Scalar], _ breakStart: Int, _ breakEnd: Int) -> Bool {
        var from = breakStart
        while from > 0, breakStart - from < 8, UnicodeScript.isHan(s[from - 1].value) { from -= 1 }
        var to = breakEnd
        while to < s.count, to - breakEnd < 8, UnicodeScript.isHan(s[to].value) { to += 1 }
        let window = Array(s[from..<breakStart]) + Array(s[breakEnd..<to])
        let boundary = breakStart - from
        return segmenter.cut(window, 0, window.count).contains { $0.0 < boundary && $0.1 > boundary }
    }
}
