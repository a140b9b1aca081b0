extension String {
    /// A string from Unicode scalars, encoded to UTF-8 in one pass. Appending scalars to a
    /// `String.UnicodeScalarView` goes through the generic sequence path, one scalar at a time,
    /// and was a third of the repair stage's time on clean text.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | (v >> 6) & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | (v >> 12) & 0x3F))
                bytes.append(UInt8(0x80 | (v >> 6) & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
