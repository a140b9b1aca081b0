import ICUKit

/// Text folded for comparison: traditional → simplified, width and case folded, punctuation
/// and spaces dropped. Two copies of a story that differ only in script, punctuation width or
/// line layout fold to the same scalars.
public struct ShingleText: Sendable {
    /// Single-character traditional → simplified mappings, read from ICU's
    /// Traditional-Simplified transliterator once (per character lookups afterwards are a table
    /// read; the transliterator itself is far too slow to run over every document).
    let simplified: [UInt32: UInt32]
    /// Han characters of GB2312 level 1 (the 3,755 common characters), a bit per scalar of
    /// U+4E00–U+9FFF. Only these take part in shingles: UTF-8 read as GBK (the usual
    /// mojibake) decodes mostly into level-2 and GBK-extension characters, so a garbled span
    /// drops out as if deleted instead of adding junk shingles, while real text (simplified
    /// first) is almost all level 1; dropping the same rare characters on both sides of a
    /// comparison loses only a little of its evidence.
    let common: [UInt64]

    public init() throws {
        simplified = Transliterator.traditionalToSimplified
        var bytes: [UInt8] = []
        for lead in UInt8(0xB0)...0xD7 {
            for trail in UInt8(0xA1)...0xFE where !(lead == 0xD7 && trail > 0xF9) { bytes += [lead, trail] }
        }
        var bits = [UInt64](repeating: 0, count: (0xA000 - 0x4E00 + 63) / 64)
        for s in try CharsetConverter.decode(bytes, charset: "GB2312").text.unicodeScalars
        where (0x4E00..<0xA000).contains(s.value) {
            let i = Int(s.value - 0x4E00)
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
        common = bits
    }

    @inline(__always) func isCommon(_ v: UInt32) -> Bool {
        guard v >= 0x4E00 && v < 0xA000 else { return false }
        let i = Int(v - 0x4E00)
        return common[i >> 6] & (1 << UInt64(i & 63)) != 0
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
                let h = simplified[v] ?? v
                if isCommon(h) { out.append(h) }
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
