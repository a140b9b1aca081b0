import GleanerModel
import ICUKit

/// Bytes of unknown charset → text, with the decision and its reason recorded.
///
/// Order (WHATWG's, with detection last): a byte-order mark; valid UTF-8 (real text in another
/// charset is almost never valid UTF-8); a declared charset that decodes cleanly; then ICU's
/// detector, whose candidates are tried best first and the first clean decoding wins. A declared
/// charset that does not decode cleanly is overruled, and the decision says so.
public struct ByteDecoder: Sendable {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// The bytes look like binary data (images, archives, executables), not text.
        case binary(String)
        case undecodable(String)

        public var description: String {
            switch self {
            case .binary(let why): return "binary data, not text (\(why))"
            case .undecodable(let why): return "no charset decodes these bytes (\(why))"
            }
        }
    }

    /// Charsets Chinese, Japanese and Western pages actually use, tried after ICU's own
    /// candidates: ICU's detector does not report GBK/Big5 for short samples.
    public var fallbacks: [String] = ["GB18030", "Big5-HKSCS", "Shift_JIS", "EUC-JP", "windows-1252"]

    public init() {}

    public func decode(_ bytes: [UInt8], declared: String? = nil) throws -> (String, CharsetDecision) {
        if let (charset, skip) = Self.byteOrderMark(bytes) {
            let decoded = try CharsetConverter.decode(Array(bytes[skip...]), charset: charset)
            return (decoded.text, CharsetDecision(charset: charset, reason: .bom,
                                                  invalidSequences: decoded.invalidSequences))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            if let why = Self.binaryEvidence(bytes, utf8: true) { throw Failure.binary(why) }
            return (text, CharsetDecision(charset: "UTF-8", reason: .validUTF8))
        }
        var overruled: String?
        if let declared, let canonical = CharsetLabel.canonical(declared) {
            if let decoded = try? CharsetConverter.decode(bytes, charset: canonical), decoded.invalidSequences == 0 {
                return (decoded.text, CharsetDecision(charset: canonical, reason: .declared))
            }
            overruled = canonical
        }
        if let utf16 = Self.bomlessUTF16(bytes) {
            let decoded = try CharsetConverter.decode(bytes, charset: utf16)
            return (decoded.text, CharsetDecision(charset: utf16, reason: .detected,
                                                  invalidSequences: decoded.invalidSequences, overruled: overruled))
        }
        if let why = Self.binaryEvidence(bytes, utf8: false) { throw Failure.binary(why) }

        var tried = Set<String>()
        var best: (String, CharsetDecision)?
        let matches = CharsetDetector.detect(bytes)
        let candidates = matches.map { ($0.charset, Optional($0.confidence)) } + fallbacks.map { ($0, Int?.none) }
        for (name, confidence) in candidates {
            let charset = CharsetLabel.canonical(name) ?? name
            guard tried.insert(charset).inserted, !charset.hasPrefix("UTF-") else { continue }
            guard let decoded = try? CharsetConverter.decode(bytes, charset: charset) else { continue }
            if decoded.invalidSequences == 0 {
                return (decoded.text, CharsetDecision(charset: charset, reason: .detected, confidence: confidence,
                                                      overruled: overruled))
            }
            if best == nil || decoded.invalidSequences < best!.1.invalidSequences {
                best = (decoded.text, CharsetDecision(charset: charset, reason: .bestEffort, confidence: confidence,
                                                      invalidSequences: decoded.invalidSequences, overruled: overruled))
            }
        }
        if let best { return best }
        throw Failure.undecodable("\(bytes.count) bytes")
    }

    static func byteOrderMark(_ b: [UInt8]) -> (String, Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("UTF-8", 3) }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return ("UTF-32LE", 4) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("UTF-16LE", 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("UTF-16BE", 2) }
        return nil
    }

    /// UTF-16 without a BOM: an even length that decodes with no invalid sequences into
    /// characters text is made of (ASCII, CJK, kana, Hangul, Latin-1, general and CJK punctuation,
    /// fullwidth forms). Bytes in another charset read as UTF-16 scatter over rare blocks instead.
    static func bomlessUTF16(_ b: [UInt8]) -> String? {
        guard b.count >= 4, b.count % 2 == 0 else { return nil }
        let sample = Array(b.prefix(8192))
        for charset in ["UTF-16LE", "UTF-16BE"] {
            guard let d = try? CharsetConverter.decode(sample, charset: charset), d.invalidSequences == 0 else { continue }
            var plausible = 0, total = 0
            for s in d.text.unicodeScalars {
                total += 1
                let v = s.value
                if (0x20...0x7E).contains(v) || v == 9 || v == 10 || v == 13 || (0xA0...0x24F).contains(v)
                    || (0x2000...0x206F).contains(v) || (0x3000...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v)
                    || (0xAC00...0xD7AF).contains(v) || (0xFF00...0xFFEF).contains(v) || v == 0xFEFF {
                    plausible += 1
                }
            }
            if total > 0 && plausible * 100 >= total * 97 { return charset }
        }
        return nil
    }

    /// NUL bytes and C0 controls other than tab, newline, form feed and carriage return do not
    /// occur in text; a few can be damage, many mean binary.
    static func binaryEvidence(_ b: [UInt8], utf8: Bool) -> String? {
        let n = min(b.count, 64 * 1024)
        guard n > 0 else { return nil }
        var nul = 0, control = 0
        for i in 0..<n {
            let c = b[i]
            if c == 0 { nul += 1 } else if c < 0x20 && c != 9 && c != 10 && c != 12 && c != 13 && c != 27 { control += 1 }
        }
        if nul * 100 > n || nul > 64 { return "\(nul) NUL bytes in the first \(n)" }
        if control * 20 > n { return "\(control) control bytes in the first \(n)" }
        return nil
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), by the
    /// standard library's vectorised validator.
    public static func isValidUTF8(_ b: [UInt8]) -> Bool {
        String(validating: b, as: UTF8.self) != nil
    }
}
