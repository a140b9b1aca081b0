import CICU

/// An ICU transliterator such as "Han-Latin" (readings) or "Traditional-Simplified".
/// Opening compiles rules (slow, milliseconds); reuse one per thread.
public final class Transliterator {
    private let handle: UnsafeMutableRawPointer
    public let id: String

    public init(_ id: String) throws {
        var status: Int32 = 0
        let h = cicu_translit_open(id, &status)
        try ICUError.check(status, "utrans_open(\(id))")
        guard let h else { throw ICUError(code: 1, operation: "utrans_open(\(id))") }
        handle = h
        self.id = id
    }

    deinit { cicu_translit_close(handle) }

    public func apply(_ text: String) throws -> String {
        let units = Array(text.utf16)
        if units.isEmpty { return text }
        var capacity = units.count * 4 + 16
        while true {
            var buf = units + [UInt16](repeating: 0, count: capacity - units.count)
            var status: Int32 = 0
            let n = cicu_translit(handle, &buf, Int32(units.count), Int32(capacity), &status)
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ || Int(n) > capacity {
                capacity = max(capacity * 2, Int(n) + 16)
                continue
            }
            try ICUError.check(status, "transliterate \(id)")
            return String(decoding: buf[0..<Int(n)], as: UTF16.self)
        }
    }
}

extension Transliterator {
    /// ICU's Traditional-Simplified as a table of its one-for-one character mappings over the
    /// CJK ideograph blocks, built once per process on first use (opening the transliterator
    /// compiles thousands of rules; a table read per character is what hot loops can afford).
    public static let traditionalToSimplified: [UInt32: UInt32] =
        (try? Transliterator("Traditional-Simplified").singleCharacterMap([0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF])) ?? [:]

    /// The characters of `ranges` this transliterator changes into exactly one other
    /// character, found one character at a time (a few thousand a call, one per line, so
    /// context rules cannot join neighbours). Used to turn ICU's Traditional-Simplified rules
    /// into tables that hot loops read without calling ICU.
    public func singleCharacterMap(_ ranges: [ClosedRange<UInt32>]) throws -> [UInt32: UInt32] {
        var map: [UInt32: UInt32] = [:]
        for range in ranges {
            let scalars = range.compactMap(Unicode.Scalar.init)
            for chunk in stride(from: 0, to: scalars.count, by: 2048) {
                let part = scalars[chunk..<min(chunk + 2048, scalars.count)]
                var s = String.UnicodeScalarView()
                for c in part { s.append(c); s.append("\n") }
                let out = try apply(String(s)).split(separator: "\n", omittingEmptySubsequences: false)
                guard out.count >= part.count else { continue }
                for (c, r) in zip(part, out) where r.unicodeScalars.count == 1 && r.unicodeScalars.first!.value != c.value {
                    map[c.value] = r.unicodeScalars.first!.value
                }
            }
        }
        return map
    }
}
