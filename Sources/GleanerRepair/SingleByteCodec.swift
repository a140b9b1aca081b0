import ICUKit

/// A single-byte charset as two tables, the way ftfy's "sloppy" codecs see it: each byte's
/// character comes from ICU, and a byte the charset leaves undefined stands for the C1 control
/// (or Latin-1 character) of the same value — what browsers and Python's sloppy codecs produce,
/// so mojibake made by them keeps those characters and can be reversed. Encoding is a table
/// lookup: no converter call on the hot path.
struct SingleByteCodec: Sendable {
    let name: String
    /// byte → scalar value
    let decodeTable: [UInt32]
    /// scalar value → byte, for scalars below 0x10000 (0xFFFF = none)
    private let encodeTable: [UInt16]

    init(name: String, icuName: String?) {
        self.name = name
        var dec = [UInt32](repeating: 0, count: 256)
        for b in 0..<256 {
            dec[b] = UInt32(b)
            guard b >= 0x80, let icuName,
                  let d = try? CharsetConverter.decode([UInt8(b)], charset: icuName), d.invalidSequences == 0 else { continue }
            let u = Array(d.text.unicodeScalars)
            if u.count == 1, u[0].value != 0xFFFD, u[0].value != 0x1A { dec[b] = u[0].value }
        }
        var enc = [UInt16](repeating: 0xFFFF, count: 0x10000)
        for b in (0..<256).reversed() where dec[b] < 0x10000 { enc[Int(dec[b])] = UInt16(b) }
        // C1 controls stand for their own byte (text mixing latin-1 and windows-1252 readings).
        for v in 0x80...0x9F where enc[v] == 0xFFFF { enc[v] = UInt16(v) }
        decodeTable = dec
        encodeTable = enc
    }

    @inline(__always)
    func byte(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        guard v < 0x10000 else { return nil }
        let b = encodeTable[Int(v)]
        return b == 0xFFFF ? nil : UInt8(b)
    }

    /// The bytes of `text` in this charset, or nil when a character has no byte.
    func encode<S: Collection>(_ text: S) -> [UInt8]? where S.Element == Unicode.Scalar {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for s in text {
            guard let b = byte(s) else { return nil }
            out.append(b)
        }
        return out
    }

    func decode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        bytes.map { Unicode.Scalar(decodeTable[Int($0)])! }
    }

    /// The single-byte charsets ftfy reverses, plus the ones it does not (cp850, KOI8-R).
    static let sloppy1252 = SingleByteCodec(name: "cp1252", icuName: "windows-1252")
    static let byName: [String: SingleByteCodec] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    static let all: [SingleByteCodec] = [
        sloppy1252,
        SingleByteCodec(name: "cp1251", icuName: "windows-1251"),
        SingleByteCodec(name: "cp1250", icuName: "windows-1250"),
        SingleByteCodec(name: "cp1253", icuName: "windows-1253"),
        SingleByteCodec(name: "cp1254", icuName: "windows-1254"),
        SingleByteCodec(name: "cp1257", icuName: "windows-1257"),
        SingleByteCodec(name: "iso-8859-2", icuName: "ISO-8859-2"),
        SingleByteCodec(name: "macroman", icuName: "macintosh"),
        SingleByteCodec(name: "cp437", icuName: "ibm-437"),
    ]
}
