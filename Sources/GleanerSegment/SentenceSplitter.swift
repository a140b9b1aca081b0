import ICUKit

/// Sentences of a paragraph: ICU's sentence break, adjusted by rules for Chinese it does not
/// know — no break inside a quotation (「…。」, “…！”) until it closes, a break after an
/// ellipsis …… that ends a sentence, and a break before a list marker ((一), （二）, 1、, 三、).
/// Ranges are Unicode scalar offsets in the paragraph.
public struct SentenceSplitter: Sendable {
    public init() {}

    static let opening: Set<UInt32> = [0x201C, 0x300C, 0x300E, 0x2018]
    static let closing: Set<UInt32> = [0x201D, 0x300D, 0x300F, 0x2019]
    static let numerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))

    public func sentences(_ paragraph: String) throws -> [Range<Int>] {
        let scalars = Array(paragraph.unicodeScalars)
        if scalars.isEmpty { return [] }
        // ICU boundaries, in UTF-16 units, mapped to scalar offsets.
        let units = Array(paragraph.utf16)
        let it = try BreakIterator(.sentence, locale: "zh")
        try it.setText(utf16: units)
        var unitToScalar = [Int](repeating: 0, count: units.count + 1)
        var u = 0
        for (k, s) in scalars.enumerated() {
            unitToScalar[u] = k
            u += s.value > 0xFFFF ? 2 : 1
        }
        unitToScalar[units.count] = scalars.count
        // ICU counts an opening bracket or quote after 。 as closing punctuation of the sentence
        // before it; it opens the next one, so such a break moves in front of it.
        var breaks = Set(it.segments().map { segment -> Int in
            var b = unitToScalar[segment.end]
            while b > 0, b < scalars.count || b == scalars.count, b - 1 < scalars.count,
                  Self.isOpening(scalars[b - 1]) { b -= 1 }
            return b
        })
        // After …… (or …) followed by something that is not closing punctuation.
        for k in 1..<scalars.count where scalars[k - 1].value == 0x2026 && scalars[k].value != 0x2026
            && !Self.closing.contains(scalars[k].value) && !scalars[k].properties.isWhitespace {
            breaks.insert(k)
        }
        // Before list markers inside the paragraph.
        for k in 1..<scalars.count where isListMarker(scalars, k) { breaks.insert(k) }
        // Not inside a quotation.
        var depth = 0
        var inside = Set<Int>()
        for (k, s) in scalars.enumerated() {
            if depth > 0 { inside.insert(k) }
            if Self.opening.contains(s.value) { depth += 1 }
            if Self.closing.contains(s.value) { depth = max(0, depth - 1) }
        }
        let cuts = breaks.filter { $0 > 0 && $0 < scalars.count && !inside.contains($0) }.sorted()
        var out: [Range<Int>] = []
        var start = 0
        for c in cuts + [scalars.count] where c > start {
            // Leading spaces belong to no sentence.
            var a = start
            while a < c, scalars[a].properties.isWhitespace { a += 1 }
            var b = c
            while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
            if b > a { out.append(a..<b) }
            start = c
        }
        return out
    }

    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        let c = s.properties.generalCategory
        return c == .openPunctuation || c == .initialPunctuation
    }

    /// (一) （二） 三、 4、 at position k.
    func isListMarker(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        let v = s[k].value
        if v == 0x28 || v == 0xFF08 {
            var j = k + 1
            while j < s.count, Self.numerals.contains(s[j].value) { j += 1 }
            return j > k + 1 && j < s.count && (s[j].value == 0x29 || s[j].value == 0xFF09)
                && k > 0 && !UnicodeScript.isHan(s[k - 1].value) // 社區(一) is not a marker
        }
        if Self.numerals.contains(v) || (0x30...0x39).contains(v) {
            guard k > 0, !Self.numerals.contains(s[k - 1].value), !(0x30...0x39).contains(s[k - 1].value),
                  !UnicodeScript.isHan(s[k - 1].value) else { return false }
            var j = k
            while j < s.count, Self.numerals.contains(s[j].value) || (0x30...0x39).contains(s[j].value) { j += 1 }
            return j < s.count && s[j].value == 0x3001 // 、
        }
        return false
    }
}
