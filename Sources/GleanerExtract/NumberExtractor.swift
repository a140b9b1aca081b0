import Foundation
import GleanerModel

/// Plain numbers, on request (`gleaner extract --numbers`): every number a text writes, in
/// digits or in words, with its value — what Recognizers-Text's NumberModel reports. Chinese
/// text is read by `ChineseNumberReader`, Spanish and English by `LatinNumberReader`. Words
/// that hold a numeral but are no number (四川, 队伍) are lexicon data.
struct NumberExtractor {
    typealias Reading = (a: Int, b: Int, value: Double, subtype: String)

    let lex: ExtractLexicons
    /// zh, es or en: given, else Chinese for Han text and Spanish when Spanish number words are
    /// in it. Decided once per text; money, numbers and measures read with it.
    let language: String
    var spanish: Bool { language == "es" }

    init(lex: ExtractLexicons, text t: ScanText, language given: String?) {
        self.lex = lex
        if let given, ["zh", "es", "en"].contains(given) { language = given }
        else if t.u.contains(where: { isHan($0) }) { language = "zh" }
        else { language = lex.numbers.looksSpanish(t) ? "es" : "en" }
    }

    struct Found { let a: Int; let b: Int; let value: NumberValue }

    /// The readings as entities' values: 15 significant digits, the language's decimal mark.
    func values(_ readings: [Reading]) -> [Found] {
        readings.map { Found(a: $0.a, b: $0.b, value: NumberValue(value: Self.format($0.value, decimalComma: spanish), subtype: $0.subtype)) }
    }

    /// Every number as (start, end, value, subtype). With `gluedUnits`, digits with letters
    /// glued on (10km, 5ml) count as numbers too.
    func readings(_ t: ScanText, gluedUnits: Bool = false) -> [Reading] {
        guard language == "zh" else {
            return LatinNumberReader(t, spanish: spanish, words: spanish ? lex.numbers.es : lex.numbers.en, gluedUnits: gluedUnits)
                .readAll().map { Reading($0.0, $0.1, $0.2, $0.3) }
        }
        var out: [Reading] = []
        let reader = ChineseNumberReader(t: t)
        var i = 0
        while i < t.count {
            let prev = i > 0 ? t[i - 1] : 0
            guard !isDigit(prev), !isLatinLetter(prev) || !isDigit(t[i]), let r = reader.read(at: i) else { i += 1; continue }
            var end = r.end
            while end > i, t[end - 1] == 0x20 { end -= 1 }
            if lex.numbers.blocked(t, i, end) || t[end] == 0x25 { i = max(end, i + 1); continue }
            out.append((i, end, r.value, r.subtype))
            i = end
        }
        return out
    }

    /// 15 significant digits (what .NET's double formatting gives the reference values), the
    /// decimal mark of the language.
    static func format(_ v: Double, decimalComma: Bool) -> String {
        var s: String
        if v == v.rounded(), abs(v) < 1e15 { s = String(Int64(v)) } else {
            s = String(format: "%.15g", v)
            if s.contains("e") {
                // 1e-12 → 1E-12, 1.232e+15 → 1.232E+15
                s = s.replacingOccurrences(of: "e", with: "E")
                if let r = s.range(of: "E-0") { s.replaceSubrange(r, with: "E-") }
                if let r = s.range(of: "E+0") { s.replaceSubrange(r, with: "E+") }
            }
        }
        return decimalComma ? s.replacingOccurrences(of: ".", with: ",") : s
    }
}

/// The number words of number-words.tsv.
struct NumberWords: Sendable {
    var en: [String: LatinNumberReader.Word] = [:]
    var es: [String: LatinNumberReader.Word] = [:]
    var notNumberZh: [[UInt32]] = []
    var notAfterSingleZh: [[UInt32]] = []
    /// Words only Spanish numbers have, for texts whose language is not given.
    var spanishOnly: Set<String> = []

    init() {}

    init(file: LexiconFile) throws {
        let w = try file.column("word"), l = try file.column("lang"), k = try file.column("kind"), v = try file.column("value")
        for row in file.rows where row.count > max(w, l, k, v) {
            let word = LatinNumberReader.fold(row[w])
            let entry = LatinNumberReader.Word(kind: row[k], value: Double(row[v]) ?? 0)
            switch (row[l], row[k]) {
            case ("en", _): en[word] = en[word] ?? entry
            case ("es", _): es[word] = es[word] ?? entry
            case ("zh", "not-number"): notNumberZh.append(scalars(row[w]))
            case ("zh", "not-after-single"): notAfterSingleZh.append(scalars(row[w]))
            default: break
            }
        }
        spanishOnly = Set(es.keys).subtracting(en.keys).filter { $0.count > 2 }
    }

    func looksSpanish(_ t: ScanText) -> Bool {
        var i = 0
        while i < t.count {
            guard isLatinLetter(t[i]) else { i += 1; continue }
            var j = i
            while isLatinLetter(t[j]) { j += 1 }
            if spanishOnly.contains(LatinNumberReader.fold(t.norm(i, j))) { return true }
            i = j
        }
        return false
    }

    /// Whether [a, b) lies inside a word that holds a numeral but is no number (四川, 队伍), or is
    /// a lone numeral before a word that makes it none (一美元, 一折).
    func blocked(_ t: ScanText, _ a: Int, _ b: Int) -> Bool {
        for w in notNumberZh {
            for p in max(0, a - w.count + 1)...a where p + w.count >= b && t.hasPrefix(w, at: p) { return true }
        }
        if b - a == 1 { for w in notAfterSingleZh where t.hasPrefix(w, at: b) { return true } }
        return false
    }
}
