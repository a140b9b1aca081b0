import GleanerModel

/// Character references left in text by scrapers (&#x793E; &#31038; &eacute; &amp;), also
/// escaped twice (&amp;#x6d3b;). Only well-formed references with a terminating semicolon
/// are decoded, so AT&T and "Q&A" stay.
public struct HTMLEntityFixer: Fixer {
    public let name = "html-entity"
    public let explanation = "decodes HTML character references, including twice-escaped ones"
    public init() {}

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·", "bull": "•", "deg": "°", "plusmn": "±",
        "times": "×", "divide": "÷", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§",
        "para": "¶", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "shy": "\u{AD}", "emsp": "\u{2003}",
        "ensp": "\u{2002}", "thinsp": "\u{2009}", "acute": "´", "micro": "µ", "frac12": "½", "frac14": "¼",
        "frac34": "¾", "sup2": "²", "sup3": "³",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "yacute": "ý",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Yacute": "Ý",
        "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù",
        "Agrave": "À", "Egrave": "È", "Igrave": "Ì", "Ograve": "Ò", "Ugrave": "Ù",
        "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
        "Acirc": "Â", "Ecirc": "Ê", "Icirc": "Î", "Ocirc": "Ô", "Ucirc": "Û",
        "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "yuml": "ÿ",
        "Auml": "Ä", "Euml": "Ë", "Iuml": "Ï", "Ouml": "Ö", "Uuml": "Ü",
        "atilde": "ã", "otilde": "õ", "ntilde": "ñ", "Atilde": "Ã", "Otilde": "Õ", "Ntilde": "Ñ",
        "ccedil": "ç", "Ccedil": "Ç", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ",
        "rdquor": "”", "ldquor": "„", "rsquor": "’", "lsquor": "‚", "sbquo": "‚", "bdquo": "„", "prime": "′",
        "Prime": "″", "lsaquo": "‹", "rsaquo": "›", "dagger": "†", "Dagger": "‡", "permil": "‰", "circ": "ˆ",
        "tilde": "˜", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "curren": "¤", "brvbar": "¦", "uml": "¨", "not": "¬",
        "macr": "¯", "sup1": "¹", "cedil": "¸", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "hearts": "♥", "star": "☆", "check": "✓",
        "oslash": "ø", "Oslash": "Ø", "szlig": "ß", "eth": "ð", "thorn": "þ",
    ]

    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        var edits: [Edit] = []
        var i = 0
        while i < text.count {
            guard text[i] == "&", let (end, value) = Self.reference(text, i) else { i += 1; continue }
            // Twice escaped: &amp;#x6d3b; is &#x6d3b;
            var decoded = value
            var stop = end
            if value == "&", let (end2, value2) = Self.reference(text, end, prefixed: true) {
                decoded = value2
                stop = end2
            }
            edits.append(Edit(start: i, end: stop, before: Array(text[i..<stop]).string, after: decoded, rule: name))
            i = stop
        }
        return edits
    }

    /// A reference starting at `i` ("&…;"), or with `prefixed` the rest of one after "&amp;".
    static func reference(_ t: [Unicode.Scalar], _ i: Int, prefixed: Bool = false) -> (Int, String)? {
        var j = prefixed ? i : i + 1
        guard j < t.count else { return nil }
        func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
        func isHexDigit(_ v: UInt32) -> Bool { isDigit(v) || (0x41...0x46).contains(v) || (0x61...0x66).contains(v) }
        func isLetter(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if t[j] == "#" {
            j += 1
            var hex = false
            if j < t.count, t[j] == "x" || t[j] == "X" { hex = true; j += 1 }
            // The value as it is read, at most eight digits.
            var value: UInt32 = 0
            let first = j
            while j < t.count, j - first < 8, hex ? isHexDigit(t[j].value) : isDigit(t[j].value) {
                value = value * (hex ? 16 : 10) + UInt32(hexDigitValue(t[j].value))
                j += 1
            }
            guard j > first, j < t.count, t[j] == ";", value != 0, let s = Unicode.Scalar(value) else { return nil }
            return (j + 1, String(s))
        }
        let first = j
        while j < t.count, j - first < 10, isLetter(t[j].value) || isDigit(t[j].value) { j += 1 }
        guard j > first, j < t.count, t[j] == ";", let value = named[String(scalars: t[first..<j])] else { return nil }
        return (j + 1, value)
    }

    private static func hexDigitValue(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x30...0x39: return v - 0x30
        case 0x41...0x46: return v - 0x41 + 10
        default: return v - 0x61 + 10
        }
    }
}
