import CICU

/// Decoding and encoding through ICU converters (every charset ICU ships: GBK, GB18030, Big5,
/// Big5-HKSCS, Shift_JIS, windows-125x, ISO-8859-x, MacRoman, UTF-16/32 …).
public enum CharsetConverter {
    /// The result of decoding: the text, and how many byte sequences were not valid in the
    /// charset (each replaced by U+FFFD).
    public struct Decoded: Sendable {
        public let text: String
        public let invalidSequences: Int
    }

    public static func decode(_ bytes: [UInt8], charset: String) throws -> Decoded {
        if bytes.isEmpty { return Decoded(text: "", invalidSequences: 0) }
        // ICU writes UTF-8 (a double-byte character is at most three bytes of it): Swift then
        // only validates, where building a String from UTF-16 transcodes unit by unit.
        var capacity = bytes.count * 3 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            var invalid: Int32 = 0
            var status: Int32 = 0
            let needed = bytes.withUnsafeBufferPointer { src in
                src.withMemoryRebound(to: CChar.self) { chars in
                    out.withUnsafeMutableBufferPointer { dst in
                        dst.withMemoryRebound(to: CChar.self) { o in
                            cicu_decode_utf8(charset, chars.baseAddress, Int32(chars.count), o.baseAddress,
                                             Int32(capacity), &invalid, &status)
                        }
                    }
                }
            }
            try ICUError.check(status, "decode as \(charset)")
            if Int(needed) > capacity {
                capacity = Int(needed)
                continue
            }
            let text = out.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<Int(needed)]), as: UTF8.self) }
            return Decoded(text: text, invalidSequences: Int(invalid))
        }
    }

    /// Encodes text in `charset`. With `strict`, returns nil when a character has no mapping
    /// in the charset (the signal the mojibake reverser needs); otherwise unmappable characters
    /// become the charset's substitution character.
    public static func encode(_ text: String, charset: String, strict: Bool = true) throws -> [UInt8]? {
        let units = Array(text.utf16)
        if units.isEmpty { return [] }
        var capacity = units.count * 4 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0
            let needed = out.withUnsafeMutableBufferPointer { dst in
                dst.withMemoryRebound(to: CChar.self) { chars in
                    cicu_encode(charset, units, Int32(units.count), chars.baseAddress,
                                Int32(capacity), strict ? 1 : 0, &status)
                }
            }
            if strict && status == 10 /* U_INVALID_CHAR_FOUND */ { return nil }
            if strict && (status == 11 || status == 12) { return nil } // truncated / illegal
            try ICUError.check(status, "encode as \(charset)")
            if Int(needed) > capacity {
                capacity = Int(needed)
                continue
            }
            return Array(out[0..<Int(needed)])
        }
    }

    /// ICU's canonical name for a charset label, or nil when ICU does not know the label.
    public static func canonicalName(_ label: String) -> String? {
        guard let name = cicu_canonical_charset(label) else { return nil }
        return String(cString: name)
    }
}
