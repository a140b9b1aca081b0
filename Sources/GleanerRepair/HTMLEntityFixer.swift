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
        if t[j] == "#" {
            j += 1
            var hex = false
            if j < t.count, t[j] == "x" || t[j] == "X" { hex = true; j += 1 }
            var digits = ""
            while j < t.count, digits.count < 8, (hex ? t[j].properties.isASCIIHexDigit : ("0"..."9").contains(t[j])) {
                digits.unicodeScalars.append(t[j]); j += 1
            }
            guard !digits.isEmpty, j < t.count, t[j] == ";", let v = UInt32(digits, radix: hex ? 16 : 10),
                  let s = Unicode.Scalar(v), v != 0 else { return nil }
            return (j + 1, String(s))
        }
        var name = ""
        while j < t.count, name.count < 10, t[j].properties.isASCIIHexDigit || ("a"..."z").contains(t[j]) || ("A"..."Z").contains(t[j]) || ("0"..."9").contains(t[j]) {
            name.unicodeScalars.append(t[j]); j += 1
        }
        guard j < t.count, t[j] == ";", let value = named[name] else { return nil }
        return (j + 1, value)
    }
}
