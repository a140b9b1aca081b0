import GleanerModel
import GleanerRepair
import ICUKit

/// Decoding a page the WHATWG way: byte-order mark, then the HTTP Content-Type charset, then a
/// prescan of the page's own `<meta charset>` / `http-equiv` declaration, then detection. A
/// declared charset that does not decode cleanly is overruled and the decision says so.
public struct PageDecoder: Sendable {
    public var decoder = ByteDecoder()

    public init() {}

    public func decode(_ bytes: [UInt8], contentType: String?) throws -> (String, CharsetDecision) {
        let http = contentType.flatMap(Self.charsetParameter)
        let meta = Self.prescan(bytes)
        let declared = http ?? meta
        var (text, decision) = try decoder.decode(bytes, declared: declared)
        // The HTTP header lied and the page's own declaration is different: give the meta a chance.
        if decision.overruled != nil, let meta, http != nil, let m = CharsetLabel.canonical(meta), m != decision.overruled,
           let (t2, d2) = try? decoder.decode(bytes, declared: meta), d2.reason == .declared {
            text = t2
            decision = d2
            decision.overruled = CharsetLabel.canonical(http!) ?? http
        }
        // A low-confidence Western guess for bytes that read as Chinese with a handful of broken
        // sequences (a GBK page with a stray byte, declared or not): the Chinese reading, with
        // its invalid sequences counted, is the better one.
        if (decision.reason == .detected || decision.reason == .bestEffort), decision.confidence ?? 0 < 50,
           ["windows-1252", "ISO-8859-1"].contains(decision.charset) {
            let high = bytes.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
            var candidates = ["GB18030"]
            if let d = declared.flatMap(CharsetLabel.canonical), d != "GB18030", d != decision.charset { candidates.insert(d, at: 0) }
            for cs in candidates where high * 10 > bytes.count / 10 {
                guard let decoded = try? CharsetConverter.decode(bytes, charset: cs),
                      decoded.invalidSequences <= max(4, high / 500) else { continue }
                var nonASCII = 0, han = 0
                for u in decoded.text.unicodeScalars where u.value >= 0x80 {
                    nonASCII += 1
                    if (0x3000...0x9FFF).contains(u.value) || (0xFF00...0xFFEF).contains(u.value) { han += 1 }
                }
                if nonASCII > 0, han * 10 >= nonASCII * 6 {
                    return (decoded.text, CharsetDecision(charset: cs, reason: cs == declared.flatMap(CharsetLabel.canonical) ? .declared : .bestEffort,
                                                          confidence: decision.confidence, invalidSequences: decoded.invalidSequences,
                                                          overruled: decision.overruled == cs ? nil : decision.overruled))
                }
            }
        }
        return (text, decision)
    }

    /// "text/html; charset=GB2312" → "GB2312".
    public static func charsetParameter(_ contentType: String) -> String? {
        let lower = contentType.lowercased()
        guard let r = lower.range(of: "charset") else { return nil }
        var rest = lower[r.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !($0 == ";" || $0 == "\"" || $0 == "'" || $0 == " " || $0 == ">" || $0 == "/" || $0 == ",") }
        return value.isEmpty ? nil : String(value)
    }

    /// The charset a page declares in a `<meta>` near its start. WHATWG prescans 1024 bytes; 4096
    /// are scanned here because archived pages often carry a tool's header line (CleanEval's
    /// `<text id=… title=…>`) before the HTML.
    public static func prescan(_ bytes: [UInt8], limit: Int = 4096) -> String? {
        let n = min(bytes.count, limit)
        var i = 0
        while i + 5 < n {
            if bytes[i] == 0x3C, lower(bytes[i + 1]) == 0x6D, lower(bytes[i + 2]) == 0x65, lower(bytes[i + 3]) == 0x74,
               lower(bytes[i + 4]) == 0x61 {
                // A <meta ...> tag: its bytes up to '>'.
                var j = i + 5
                while j < bytes.count, j < i + 1024, bytes[j] != 0x3E { j += 1 }
                let tag = String(decoding: bytes[i..<j], as: UTF8.self)
                if let cs = charsetParameter(tag) { return cs }
                i = j
            }
            i += 1
        }
        return nil
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
}
