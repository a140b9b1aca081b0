/// windows-1252 the way browsers decode it (WHATWG): the five undefined bytes 0x81, 0x8D,
/// 0x8F, 0x90, 0x9D become the C1 controls of the same value instead of errors. Mojibake made
/// by browsers and by Python's "sloppy" codecs keeps those controls, so reversing it needs the
/// same table (ICU's windows-1252 refuses them). Latin-1 is the same table without the
/// 0x80–0x9F letters, so one encoder covers both.
enum SloppyWindows1252 {
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ]
    static let reverse: [UInt32: UInt8] = {
        var r: [UInt32: UInt8] = [:]
        for (i, v) in high.enumerated() { r[v] = UInt8(0x80 + i) }
        return r
    }()

    /// One character's byte (U+0000–U+00FF are their own byte), nil when it has none.
    @inline(__always)
    static func byte(_ s: Unicode.Scalar) -> UInt8? {
        s.value <= 0xFF ? UInt8(s.value) : reverse[s.value]
    }

    /// The bytes of text in sloppy windows-1252, or nil when a character has no byte.
    static func encode<S: Collection>(_ text: S) -> [UInt8]? where S.Element == Unicode.Scalar {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for s in text {
            guard let b = byte(s) else { return nil }
            out.append(b)
        }
        return out
    }
}
