import GleanerModel
import ICUKit
import Synchronization

/// Ruby annotations flattened into text: 社區(qū) is 區 with its reading qū in parentheses, left
/// by pages that print pinyin above characters. A parenthesis right after a Han character is
/// removed only when its content is that character's reading (ICU's Han-Latin
/// transliterator), so (一), (FITS), (记者陈宝云) and glosses of whole words stay.
public final class RubyAnnotationFixer: Fixer, @unchecked Sendable {
    public let name = "ruby-annotation"
    public let explanation = "removes a pinyin reading in parentheses after the Han character it annotates"

    /// Readings computed so far; ICU transliterators are not safe to share, so both live
    /// behind one lock. The transliterator is opened on first use: compiling Han-Latin's rules
    /// takes longer than repairing megabytes of clean text.
    /// Most characters are answered by the cached table of all BMP ideographs (`HanReadings`).
    private let state = Mutex<(Transliterator?, [UInt32: String], HanReadings?, tableTried: Bool)>((nil, [:], nil, false))

    public init() throws {}

    func reading(_ han: Unicode.Scalar) -> String? {
        state.withLock { s in
            if !s.tableTried {
                s.tableTried = true
                s.2 = HanReadings.load {
                    if s.0 == nil { s.0 = try? Transliterator("Han-Latin") }
                    return s.0
                }
            }
            if let r = s.2?.reading(han.value) { return r }
            if let r = s.1[han.value] { return r }
            if s.0 == nil { s.0 = try? Transliterator("Han-Latin") }
            guard let t = s.0 else { return nil }
            let r = ((try? t.apply(String(han))) ?? "").lowercased()
            s.1[han.value] = r
            return r
        }
    }

    /// The reading ICU gives one character alone (what the table holds), for tests.
    func readingAlone(_ han: Unicode.Scalar) -> String? {
        guard let t = try? Transliterator("Han-Latin") else { return nil }
        return ((try? t.apply(String(han))) ?? "").lowercased()
    }

    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        var edits: [Edit] = []
        var i = 1
        while i < text.count {
            let open = text[i]
            guard open == "(" || open == "（", UnicodeScript.isHan(text[i - 1].value) else { i += 1; continue }
            var j = i + 1
            var content = ""
            while j < text.count, j - i <= 8, Self.isPinyin(text[j]) { content.unicodeScalars.append(text[j]); j += 1 }
            guard j < text.count, text[j] == ")" || text[j] == "）", !content.isEmpty,
                  let r = reading(text[i - 1]) else { i += 1; continue }
            guard Self.same(r, content) else {
                // A reading that belongs to no neighbouring character after a ";" is the mark of
                // double-byte text decoded one byte off (seed 001: 慶;顒(dòng) for 慶祝活動):
                // the bytes alone cannot decide it, so it is flagged, not guessed.
                if i >= 2, text[i - 2] == ";" || text[i - 2] == "；" {
                    log.flags.append(Edit(start: i - 2, end: j + 1, before: Array(text[(i - 2)...j]).string,
                                          after: Array(text[(i - 2)...j]).string, rule: "misaligned-double-byte", confidence: 0))
                }
                i += 1
                continue
            }
            edits.append(Edit(start: i, end: j + 1, before: Array(text[i...j]).string, after: "", rule: name))
            i = j + 1
        }
        return edits
    }

    static func isPinyin(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars.contains(s)
    }

    /// Equal readings, tone marks included; a reading written without tones also counts.
    static func same(_ reading: String, _ written: String) -> Bool {
        if reading == written { return true }
        return Normalizer.fold(reading) == written && !written.isEmpty
    }
}
