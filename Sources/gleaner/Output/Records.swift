import Foundation

/// JSON and CSV encodings shared by every command's `--format`.
enum Records {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// One JSON value on one line. C1 controls and the Unicode line and paragraph separators
    /// are escaped too: JSONEncoder writes them raw, and readers that split lines the Unicode
    /// way (Python's splitlines) would cut a record in two.
    static func json<T: Encodable>(_ value: T) -> String {
        guard let data = try? encoder.encode(value) else { return "null" }
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029 {
                let hex = String(s.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    static func csvField(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    static func csvRow(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",")
    }
}
