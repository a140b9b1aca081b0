import CICU

/// Unicode normalization and search folding through ICU's Normalizer2.
public enum Normalizer {
    public enum Form: Int32, Sendable {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3, nfkcCasefold = 4
    }

    public static func normalize(_ text: String, _ form: Form) throws -> String {
        let units = Array(text.utf16)
        if units.isEmpty { return text }
        var capacity = units.count * 2 + 8
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let needed = cicu_normalize(form.rawValue, units, Int32(units.count), &out,
                                        Int32(capacity), &status)
            try ICUError.check(status, "normalize \(form)")
            if Int(needed) > capacity { capacity = Int(needed); continue }
            return String(decoding: out[0..<Int(needed)], as: UTF16.self)
        }
    }

    /// Search folding of one token's UTF-8 bytes into `out` (reused between calls): width,
    /// case and compatibility forms folded (NFKC casefold), accents removed.
    /// Returns the number of bytes written.
    @discardableResult
    public static func fold(utf8 token: UnsafeBufferPointer<CChar>, into out: inout [CChar]) -> Int {
        var status: Int32 = 0
        var needed = out.withUnsafeMutableBufferPointer { dst in
            cicu_fold_utf8(token.baseAddress, Int32(token.count), dst.baseAddress,
                           Int32(dst.count), &status)
        }
        if Int(needed) > out.count {
            out = [CChar](repeating: 0, count: Int(needed) + 16)
            needed = out.withUnsafeMutableBufferPointer { dst in
                cicu_fold_utf8(token.baseAddress, Int32(token.count), dst.baseAddress,
                               Int32(dst.count), &status)
            }
        }
        return status > 0 ? 0 : Int(needed)
    }

    /// Search folding of a whole string (convenience for tests and query display).
    public static func fold(_ text: String) -> String {
        var utf8 = Array(text.utf8CString.dropLast())
        var out = [CChar](repeating: 0, count: utf8.count * 3 + 16)
        let n = utf8.withUnsafeMutableBufferPointer { buf in
            fold(utf8: UnsafeBufferPointer(buf), into: &out)
        }
        return String(decoding: out[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
