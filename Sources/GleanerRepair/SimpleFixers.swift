import GleanerModel
import ICUKit

/// Scans for single scalars a rule replaces, one edit per maximal run.
func singleScalarEdits(_ text: [Unicode.Scalar], rule: String,
                      _ replacement: (Int) -> String?) -> [Edit] {
    var edits: [Edit] = []
    var i = 0
    while i < text.count {
        guard let first = replacement(i) else { i += 1; continue }
        var after = first
        var j = i + 1
        while j < text.count, let r = replacement(j) { after += r; j += 1 }
        edits.append(Edit(start: i, end: j, before: Array(text[i..<j]).string, after: after, rule: rule))
        i = j
    }
    return edits
}

/// Control characters (C0 other than tab and line breaks, DEL), zero-width spaces and stray
/// byte-order marks carry no text: they come from bad conversions and copy-paste. C1 controls
/// are windows-1252 characters read as latin-1 and get their character back.
public struct ControlCharacterFixer: Fixer {
    public let name = "control-character"
    public let explanation = "removes control and zero-width characters that carry no text; C1 controls become the windows-1252 character they stand for"
    public init() {}
    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        singleScalarEdits(text, rule: name) { i in
            let v = text[i].value
            // A C1 control is a windows-1252 character decoded as latin-1 (\u{93} is “, \u{85} …):
            // it becomes that character; the five bytes windows-1252 leaves undefined stay.
            if (0x80...0x9F).contains(v) {
                let c = SloppyWindows1252.high[Int(v - 0x80)]
                return c == v ? nil : String(Unicode.Scalar(c)!)
            }
            let control = (v < 0x20 && v != 9 && v != 10 && v != 13) || v == 0x7F
            return control || v == 0x200B || v == 0xFEFF ? "" : nil
        }
    }
}

/// A backtick between two Han characters is an anti-scraping mark, not text.
public struct StrayMarkFixer: Fixer {
    public let name = "stray-mark"
    public let explanation = "removes a backtick inserted between two Han characters (an anti-scraping mark)"
    public init() {}
    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        singleScalarEdits(text, rule: name) { i in
            guard text[i] == "`", i > 0, i + 1 < text.count else { return nil }
            return UnicodeScript.isHan(text[i - 1].value) && UnicodeScript.isHan(text[i + 1].value) ? "" : nil
        }
    }
}

/// Fullwidth Latin letters and digits (ＡＢＣ１２３) are ASCII typed in a CJK input mode.
/// Fullwidth punctuation is Chinese typography and is never folded.
public struct FullwidthAlphanumericFixer: Fixer {
    public let name = "fullwidth-alphanumeric"
    public let explanation = "turns fullwidth Latin letters and digits into ASCII; Chinese punctuation stays"
    public init() {}
    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        singleScalarEdits(text, rule: name) { i in
            let v = text[i].value
            let alnum = (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
            return alnum ? String(Unicode.Scalar(v - 0xFEE0)!) : nil
        }
    }
}

/// Typographic ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬆ) and the Latin digraph characters (ǆ ǉ ǌ ĳ ŉ) that PDF
/// extraction and old encodings leave in text: split into their letters (Unicode's compatibility
/// decomposition), so "signiﬁcantly" reads, and is found, as "significantly".
public struct LigatureFixer: Fixer {
    public let name = "ligature"
    public let explanation = "splits typographic ligatures (ﬁ ﬂ ﬀ) and digraph characters (ǌ ǉ ǆ ĳ) into their letters"
    public init() {}

    static let letters: [UInt32: String] = [
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        0x1C4: "DŽ", 0x1C5: "Dž", 0x1C6: "dž", 0x1C7: "LJ", 0x1C8: "Lj", 0x1C9: "lj", 0x1CA: "NJ", 0x1CB: "Nj", 0x1CC: "nj",
        0x132: "IJ", 0x133: "ij", 0x149: "\u{2BC}n",
    ]

    /// By range first: the prescan asks this of every non-ASCII character of every text.
    @inline(__always)
    static func isLigature(_ v: UInt32) -> Bool {
        (0xFB00...0xFB06).contains(v) || (0x132...0x1CC).contains(v) && letters[v] != nil
    }

    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        singleScalarEdits(text, rule: name) { i in Self.isLigature(text[i].value) ? Self.letters[text[i].value] : nil }
    }
}

/// à (UTF-8 C3 A0) read as windows-1252 is "Ã" and a no-break space, and a later step often made
/// that a plain space ("voilÃ le travail", "jusqu'Ã nos jours"): the round trip then fails on
/// the space. In a lower-case context "Ã " is put back to "à". The space was the lost byte itself
/// only before Portuguese contractions (Ã s → às, Ã quele → àquele); two spaces lose one.
/// The same loss in other characters ending in A0 (Š read as "Å ", Thai ภ as "à¸ ") gets its
/// no-break space back for the mojibake rule that follows.
public struct LostNoBreakSpaceFixer: Fixer {
    public let name = "mojibake:lost-a0"
    public let explanation = "puts back à where UTF-8 read as windows-1252 had its no-break space made a plain space (voilÃ le → voilà le)"
    public init() {}

    static let contractions: [[Unicode.Scalar]] = ["s ", "quele", "quela", "quilo", "queles", "quelas"].map { Array($0.unicodeScalars) }

    /// The single-byte charsets whose byte A0 is the no-break space, as (byte of a character).
    static let charsets: [@Sendable (Unicode.Scalar) -> UInt8?] = [{ SloppyWindows1252.byte($0) }]
        + SingleByteCodec.all.filter { $0.name != "cp1252" && $0.decodeTable[0xA0] == 0xA0 }.map { codec in { codec.byte($0) } }

    /// A character whose last byte is A0 read as one of those charsets, its no-break space made
    /// a plain space: Š (C5 A0) is "Å " in windows-1252 and windows-1257, ภ (E0 B8 A0) "à¸ ".
    /// The space is the lost byte itself. Put back only when that makes the whole line's bytes
    /// in that charset valid UTF-8 (allowing for bytes lost as U+FFFD or "?", see LossyUTF8)
    /// holding two or more multi-byte characters, so the round trip
    /// can read it (parlé\x85 Tu, frataraká§ 141, GBK bytes read as windows-1252 with real
    /// spaces in them stay as they are).
    func lostInSequences(_ text: [Unicode.Scalar]) -> [Edit]? {
        guard text.contains(" ") else { return nil }
        for byte in Self.charsets {
            var lost: [Int] = []
            // C3 A0 is à, a word of its own before a space as often as not: the rule below
            // decides it by its context, unless only with it the line is UTF-8 (atÃ© Ã s 19h).
            var optional: [Int] = []
            for k in text.indices.dropFirst() where text[k] == " " {
                guard let b1 = byte(text[k - 1]) else { continue }
                if b1 == 0xC3 { optional.append(k); continue }
                if (0xC2...0xDF).contains(b1) { lost.append(k); continue }
                if k >= 2, (0x80...0xBF).contains(b1), let b0 = byte(text[k - 2]), (0xE0...0xEF).contains(b0) { lost.append(k); continue }
                // The second byte of three (⠀ is E2 A0 80: "â €")
                if (0xE0...0xEF).contains(b1), k + 1 < text.count, let b2 = byte(text[k + 1]), (0x80...0xBF).contains(b2) { lost.append(k) }
            }
            guard !lost.isEmpty else { continue }
            for positions in optional.isEmpty ? [lost] : [lost, (lost + optional).sorted()] where Self.isUTF8(text, lostAt: positions, byte) {
                return positions.map { Edit(start: $0, end: $0 + 1, before: " ", after: "\u{A0}", rule: name, confidence: 0.8) }
            }
        }
        return nil
    }

    /// Whether the line's bytes in a charset, with A0 at `lost`, are UTF-8 holding two or more
    /// multi-byte characters (allowing for bytes lost before as U+FFFD: LossyUTF8).
    static func isUTF8(_ text: [Unicode.Scalar], lostAt lost: [Int], _ byte: (Unicode.Scalar) -> UInt8?) -> Bool {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var next = 0
        for (k, s) in text.enumerated() {
            if next < lost.count, lost[next] == k { bytes.append(0xA0); next += 1; continue }
            guard let b = s.value < 0x80 ? UInt8(s.value) : s == "\u{FFFD}" ? LossyUTF8.lostByte : byte(s) else { return false }
            bytes.append(b)
        }
        return bytes.lazy.filter({ $0 >= 0xC2 }).count >= 2
            && (String(validating: bytes, as: UTF8.self) != nil || LossyUTF8.decode(bytes).map({ $0.broken > 0 }) == true)
    }

    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        var edits: [Edit] = []
        func lower(_ k: Int) -> Bool { k >= 0 && k < text.count && text[k].properties.isLowercase }
        if let edits = lostInSequences(text) { return edits }
        var i = 0
        while i + 1 < text.count {
            defer { i += 1 }
            // C3 is Ã in windows-1252 and latin-1, Г in windows-1251; a Г only among Latin words
            // (se trouve Г l’ouest), since Russian writes it.
            let cyrillic = text[i] == "\u{413}"
            guard text[i] == "\u{C3}" || cyrillic, text[i + 1] == " " else { continue }
            let lower = cyrillic ? { k in k >= 0 && k < text.count && text[k].value >= 0x61 && text[k].value <= 0x7A } : lower
            // Glued to a lower-case word (voilÃ, jusqu'Ã), or a word of its own before one (Ã perturber).
            let before = i > 0 ? text[i - 1] : " "
            let glued = lower(i - 1) || before == "'" || before == "\u{2019}"
            let alone = (before == " " || i == 0) && (lower(i + 2) || (text.count > i + 2 && text[i + 2] == " " && lower(i + 3)))
            guard glued || alone else { continue }
            let rest = text[(i + 2)...]
            if Self.contractions.contains(where: { rest.starts(with: $0) }) || (rest.first == "s" && rest.count == 1) {
                // Ã s → às: the space was the byte
                edits.append(Edit(start: i, end: i + 2, before: String(text[i]) + " ", after: "à", rule: name, confidence: 0.8))
            } else if rest.first == " " {
                edits.append(Edit(start: i, end: i + 2, before: String(text[i]) + " ", after: "à", rule: name, confidence: 0.8))
            } else {
                edits.append(Edit(start: i, end: i + 1, before: String(text[i]), after: "à", rule: name, confidence: 0.8))
            }
        }
        return edits
    }
}
