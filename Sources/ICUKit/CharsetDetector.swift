import CICU

/// ICU's statistical charset detector (ucsdet).
public enum CharsetDetector {
    public struct Match: Sendable, Equatable {
        public let charset: String
        /// 0–100, ICU's own confidence.
        public let confidence: Int
    }

    /// Candidates, best first. ICU looks at the first few kilobytes, so callers pass a sample.
    public static func detect(_ bytes: [UInt8], limit: Int = 8) -> [Match] {
        if bytes.isEmpty { return [] }
        let sample = bytes.count > 64 * 1024 ? Array(bytes[0..<(64 * 1024)]) : bytes
        var names = [(CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar,
                      CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar,
                      CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar,
                      CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar)](
            repeating: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), count: limit)
        var confidence = [Int32](repeating: 0, count: limit)
        var status: Int32 = 0
        let count = sample.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { chars in
                cicu_detect(chars.baseAddress, Int32(chars.count), Int32(limit), &names,
                            &confidence, &status)
            }
        }
        guard count > 0 else { return [] }
        return (0..<Int(count)).map { i in
            var tuple = names[i]
            let name = withUnsafeBytes(of: &tuple) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            return Match(charset: name, confidence: Int(confidence[i]))
        }
    }
}
