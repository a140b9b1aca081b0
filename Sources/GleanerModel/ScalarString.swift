extension Array where Element == UInt8 {
    /// Appends one scalar value's UTF-8 bytes (the one encoder the hot paths share).
    @inlinable
    public mutating func appendUTF8(_ v: UInt32) {
        if v < 0x80 {
            append(UInt8(v))
        } else if v < 0x800 {
            append(UInt8(0xC0 | v >> 6)); append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            append(UInt8(0xE0 | v >> 12)); append(UInt8(0x80 | (v >> 6) & 0x3F)); append(UInt8(0x80 | v & 0x3F))
        } else {
            append(UInt8(0xF0 | v >> 18)); append(UInt8(0x80 | (v >> 12) & 0x3F))
            append(UInt8(0x80 | (v >> 6) & 0x3F)); append(UInt8(0x80 | v & 0x3F))
        }
    }
}

extension String {
    /// A string from Unicode scalars, encoded to UTF-8 in one pass. Appending scalars to a
    /// `String.UnicodeScalarView` goes through the generic sequence path, one scalar at a time,
    /// and was a third of the repair stage's time on clean text.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { bytes.appendUTF8(scalar.value) }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of a string, decoded from its UTF-8 in one pass. `Array(s.unicodeScalars)`
    /// walks the string twice (to count, then to copy) one scalar at a time, several times
    /// slower on long texts.
    @inlinable
    public init<S: StringProtocol>(scalarsOf text: S) {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ Self.decodeValidUTF8($0) }) {
            self = fast
        } else {
            self = Array(text.unicodeScalars)
        }
    }

    /// Decodes UTF-8 known to be valid (a String's own bytes): no checks.
    @inlinable
    public static func decodeValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
            var i = 0, k = 0
            let n = b.count
            while i < n {
                let c = UInt32(b[i])
                var v: UInt32
                if c < 0x80 {
                    v = c; i += 1
                } else if c < 0xE0 {
                    v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                } else if c < 0xF0 {
                    v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                } else {
                    v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4
                }
                out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                k += 1
            }
            count = k
        }
    }
}
