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
    public let explanation = "joins a line break inside a sentence (a word of the lexicon cut in two, an open bracket, prose going on) and moves a photo caption that splits a sentence after it"
    private let lexicon = Mutex<Segmenter?>(nil)
    private let load: @Sendable () throws -> Segmenter

    public init(load: @escaping @Sendable () throws -> Segmenter = { try Segmenter.standard() }) {
        self.load = load
    }

    /// Edits over the whole text (breaks cross lines, so this runs after the line fixers).
    public func edits(_ text: String) -> [Edit] {
        guard Self.mayJoin(text) else { return [] }
        return edits([Unicode.Scalar](scalarsOf: text))
    }

    /// Whether any line break has a Han character right before it and, past blank space, one
    /// after it: from the UTF-8 alone (most texts have none, and need no scalars at all).
    static func mayJoin(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            // A BMP ideograph is E3–E9 + two continuation bytes: enough for a candidate.
            func hanEnding(at end: Int) -> Bool { end >= 3 && (0xE3...0xE9).contains(b[end - 3]) }
            func hanStarting(at i: Int) -> Bool { i < b.count && (0xE3...0xE9).contains(b[i]) }
            var i = 0
            while i < b.count {
                guard b[i] == 10, hanEnding(at: i) else { i += 1; continue }
                var j = i
                while j < b.count {
                    if b[j] == 10 || b[j] == 13 || b[j] == 32 { j += 1 }
                    else if j + 2 < b.count, b[j] == 0xE3, b[j + 1] == 0x80, b[j + 2] == 0x80 { j += 3 } // U+3000
                    else { break }
                }
                if hanStarting(at: j) { return true }
                i = j
            }
            return false
        }
    }

    public func edits(_ scalars: [Unicode.Scalar]) -> [Edit] {
        // Cheap check first: a Han character right before a line break, and one after.
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
        var skipUntil = 0
        for (a, b) in candidates where a >= skipUntil {
            if spans(words, scalars, a, b) {
                edits.append(Edit(start: a, end: b, before: Array(scalars[a..<b]).string, after: "", rule: name, confidence: 0.9))
                continue
            }
            let prev = Self.line(scalars, endingAt: a)
            let nextEnd = Self.lineEnd(scalars, b)
            let next = scalars[b..<nextEnd]
            // A bracket or quote opened on the line and closed after the break.
            if Self.opens(prev) > 0 {
                edits.append(Edit(start: a, end: b, before: Array(scalars[a..<b]).string, after: "", rule: name, confidence: 0.8))
                continue
            }
            // The line before the break is a sentence in progress (prose, not a heading after a
            // dateline or a numbered item) ...
            guard isProse(prev), !Self.afterDateline(scalars, prev.startIndex) else { continue }
            // ... and what follows continues it,
            if Self.continues(next) {
                edits.append(Edit(start: a, end: b, before: Array(scalars[a..<b]).string, after: "", rule: name, confidence: 0.7))
                continue
            }
            // or a photo caption (a short line without punctuation) sits between the two halves:
            // the sentence is joined and the caption moved after its paragraph.
            guard next.count >= 4, next.count <= 40, !next.contains(where: { Self.punctuation($0) || $0 == ":" || $0 == "：" }),
                  nextEnd < scalars.count else { continue }
            var c = nextEnd
            while c < scalars.count, scalars[c] == "\n" || scalars[c] == "\r" || scalars[c] == " " { c += 1 }
            guard c < scalars.count, UnicodeScript.isHan(scalars[c].value) else { continue }
            let restEnd = Self.lineEnd(scalars, c)
            let rest = scalars[c..<restEnd]
            guard Self.continues(rest) || restEnd == scalars.count else { continue }
            let separator = Array(scalars[nextEnd..<c]).string
            edits.append(Edit(start: a, end: c, before: Array(scalars[a..<c]).string, after: "", rule: "layout-caption", confidence: 0.7))
            edits.append(Edit(start: restEnd, end: restEnd, before: "", after: separator + Array(next).string,
                              rule: "layout-caption", confidence: 0.7))
            skipUntil = restEnd
        }
        return edits
    }

    static func punctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B, 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F: return true
        default: return false
        }
    }

    /// The line that ends at `end` (a line break).
    static func line(_ s: [Unicode.Scalar], endingAt end: Int) -> ArraySlice<Unicode.Scalar> {
        var start = end
        while start > 0, s[start - 1] != "\n" { start -= 1 }
        return s[start..<end]
    }

    static func lineEnd(_ s: [Unicode.Scalar], _ from: Int) -> Int {
        var e = from
        while e < s.count, s[e] != "\n" { e += 1 }
        return e
    }

    /// Brackets and quotes opened and not closed on the line.
    static func opens(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        var n = 0
        for c in line {
            switch c.value {
            case 0x3010, 0x300C, 0x300E, 0xFF08, 0x201C, 0x300A: n += 1
            case 0x3011, 0x300D, 0x300F, 0xFF09, 0x201D, 0x300B: n -= 1
            default: break
            }
        }
        return n
    }

    /// 一、 （二） (三) 1、 2. — a numbered heading or list item.
    static func numbered(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = line.startIndex
        if i < line.endIndex, line[i] == "(" || line[i] == "（" { i += 1 }
        let digitsStart = i
        while i < line.endIndex, "一二三四五六七八九十0123456789".unicodeScalars.contains(line[i]) { i += 1 }
        guard i > digitsStart, i < line.endIndex else { return false }
        return "、.．)）".unicodeScalars.contains(line[i])
    }

    /// A sentence in progress: clause punctuation in it, or long and without spaces (headlines
    /// space their phrases), and not a numbered heading.
    func isProse(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !Self.numbered(line) else { return false }
        if line.contains(where: Self.punctuation) { return true }
        return line.count >= 20 && !line.contains(where: { $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" })
    }

    /// Text that goes on a sentence: not a numbered heading, with punctuation in it.
    static func continues(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        !numbered(line) && line.contains(where: punctuation)
    }

    /// Whether the nearest non-empty line before `lineStart` has no Han character (a date and
    /// time line of a news listing: the line after it is a headline).
    static func afterDateline(_ s: [Unicode.Scalar], _ lineStart: Int) -> Bool {
        var e = lineStart - 1
        while e > 0, s[e - 1] == "\n" || s[e - 1] == "\r" { e -= 1 }
        guard e > 0 else { return false }
        let l = line(s, endingAt: e)
        return !l.isEmpty && !l.contains { UnicodeScript.isHan($0.value) }
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
        // The list's own words (活動方案 whole), not the standards' smaller ones.
        return segmenter.listWords(window, 0, window.count).contains { $0.lowerBound < boundary && $0.upperBound > boundary }
    }
}
