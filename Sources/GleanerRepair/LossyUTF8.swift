/// UTF-8 some of whose bytes were lost on the way: a wrong decoding turned a byte it had no
/// character for into U+FFFD (written back here as 0x1A, SUBSTITUTE) or "?". Reading such bytes
/// back, each multi-byte sequence a lost byte broke becomes one U+FFFD (as ftfy's
/// `replace_lossy_sequences` does) instead of a guess; everything else must be valid UTF-8.
enum LossyUTF8 {
    /// The byte a U+FFFD of the garbled text stands for when its characters are encoded back.
    static let lostByte: UInt8 = 0x1A

    struct Reading {
        let text: [Unicode.Scalar]
        /// Intact multi-byte sequences, and sequences a lost byte broke (each now one U+FFFD).
        let sequences: Int
        let broken: Int
        /// Of the broken ones, those whose lost byte is a U+FFFD of the text (a "?" is weaker
        /// evidence: it is also a question mark).
        let brokenByReplacement: Int
    }

    /// Nil when the bytes are not UTF-8 even allowing for lost bytes.
    static func decode(_ b: [UInt8]) -> Reading? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(b.count)
        var sequences = 0, broken = 0, byReplacement = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                // A lost byte on its own was a whole character.
                if c == lostByte { out.append("\u{FFFD}"); broken += 1; byReplacement += 1 } else { out.append(Unicode.Scalar(c)) }
                i += 1
                continue
            }
            let n = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0
            guard n > 0 else { return nil }
            if i + n <= b.count, let s = String(validating: b[i..<(i + n)], as: UTF8.self) {
                out.append(contentsOf: s.unicodeScalars)
                sequences += 1
                i += n
                continue
            }
            // A lead whose following bytes are continuations or lost bytes, at least one lost.
            var k = i + 1
            var lost = 0, replaced = 0
            while k < min(b.count, i + n) {
                let x = b[k]
                if x == lostByte { lost += 1; replaced += 1 } else if x == 0x3F { lost += 1 } else if x & 0xC0 != 0x80 { break }
                k += 1
            }
            guard k == i + n, lost > 0 else { return nil }
            // A two-byte sequence ending in "?" only after Â or Ã (ftfy's rule): a question mark
            // after other letters is one.
            if n == 2, replaced == 0, c > 0xC3 { return nil }
            out.append("\u{FFFD}")
            broken += 1
            if replaced > 0 { byReplacement += 1 }
            i = k
        }
        return Reading(text: out, sequences: sequences, broken: broken, brokenByReplacement: byReplacement)
    }
}

/// UTF-8's byte pattern, taken byte by byte: a lead byte, then the continuations it needs.
/// Round trips check it before keeping or decoding any bytes (most readings fail early).
struct UTF8Shape {
    private var need = 0
    var complete: Bool { need == 0 }

    /// Whether `b` may come next; with `lost`, a byte lost before (0x1A, "?") may stand where a
    /// continuation belongs.
    mutating func accept(_ b: UInt8, lost: Bool = false) -> Bool {
        if need > 0 {
            guard b & 0xC0 == 0x80 || (lost && (b == LossyUTF8.lostByte || b == 0x3F)) else { return false }
            need -= 1
        } else if b >= 0x80 {
            guard b >= 0xC2 && b <= 0xF4 else { return false }
            need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1
        }
        return true
    }
}
