import ICUKit

/// Text folded for comparison: traditional → simplified, width and case folded, punctuation
/// and spaces dropped. Two copies of a story that differ only in script, punctuation width or
/// line layout fold to the same scalars.
public struct ShingleText: Sendable {
    /// Single-character traditional → simplified mappings, read from ICU's
    /// Traditional-Simplified transliterator once (per character lookups afterwards are a table
    /// read; the transliterator itself is far too slow to run over every document).
    let simplified: [UInt32: UInt32]

    public init() throws {
        simplified = try Transliterator("Traditional-Simplified")
            .singleCharacterMap([0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF])
    }

    /// The folded scalars of `text`.
    public func fold(_ text: Substring) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count / 2)
        for s in text.unicodeScalars {
            var v = s.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { v += 0x20 }
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { out.append(v) }
                continue
            }
            if UnicodeScript.isHan(v) {
                out.append(simplified[v] ?? v)
                continue
            }
            if v >= 0xFF01 && v <= 0xFF5E { // fullwidth ASCII
                v -= 0xFEE0
                if v >= 0x41 && v <= 0x5A { v += 0x20 }
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { out.append(v) }
                continue
            }
            if (0x2000...0x206F).contains(v) || (0x3000...0x303F).contains(v) || (0xFE30...0xFE4F).contains(v)
                || v == 0xFFFD || v == 0xA0 {
                continue // general and CJK punctuation, spaces, replacement characters
            }
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                if (0xC0...0xDE).contains(v) && v != 0xD7 { v += 0x20 }
                out.append(v)
            }
        }
        return out
    }
}
