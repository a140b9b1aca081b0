import GleanerModel
import ICUKit

/// The language of a paragraph, by rules: zh-Hans, zh-Hant, es, en or other.
///
/// Chinese is told apart by script; simplified and traditional by the characters only one of
/// them uses (read off ICU's Traditional-Simplified and Simplified-Traditional
/// transliterators once: 區 is traditional only, 区 simplified only, 社 both). Spanish and
/// English by their stopwords (lexicons/stopwords.tsv) and Spanish letters (ñ, á, ¿ …).
public struct LanguageIdentifier: Sendable {
    let traditionalOnly: Set<UInt32>
    let simplifiedOnly: Set<UInt32>
    let stopwords: [String: Set<String>]

    public init(traditionalOnly: Set<UInt32>, simplifiedOnly: Set<UInt32>, stopwords: [String: Set<String>]) {
        self.traditionalOnly = traditionalOnly
        self.simplifiedOnly = simplifiedOnly
        self.stopwords = stopwords
    }

    public static func standard() throws -> LanguageIdentifier {
        // The process-wide table (extraction and dedup read it too), over the unified ideographs.
        let t2s = Transliterator.traditionalToSimplified.filter { (0x4E00...0x9FFF).contains($0.key) }
        let s2t = try singleCharacterMap("Simplified-Traditional")
        var words: [String: Set<String>] = [:]
        let lexicon = try LexiconFile(named: "stopwords.tsv")
        let w = try lexicon.column("word"), l = try lexicon.column("lang")
        for row in lexicon.rows where row.count > max(w, l) { words[row[l], default: []].insert(row[w].lowercased()) }
        return LanguageIdentifier(traditionalOnly: Set(t2s.keys), simplifiedOnly: Set(s2t.keys), stopwords: words)
    }

    /// Characters the transliterator changes, over the unified ideographs.
    static func singleCharacterMap(_ id: String) throws -> [UInt32: UInt32] {
        try Transliterator(id).singleCharacterMap([0x4E00...0x9FFF])
    }

    /// The language of each paragraph of one document. A Chinese paragraph with no character
    /// only one script uses (2016年3月15日—3月21日) takes the script of the document's other
    /// Chinese paragraphs.
    public func identify(paragraphs: [String]) -> [String] {
        var undecided: [Int] = []
        var traditional = 0, simplified = 0
        var result = paragraphs.enumerated().map { k, p -> String in
            let (language, decided) = classify(p)
            if language == "zh-Hant" && decided { traditional += 1 }
            if language == "zh-Hans" && decided { simplified += 1 }
            if language.hasPrefix("zh") && !decided { undecided.append(k) }
            return language
        }
        let script = traditional > simplified ? "zh-Hant" : "zh-Hans"
        for k in undecided { result[k] = script }
        return result
    }

    public func identify(_ paragraph: String) -> String { classify(paragraph).0 }

    /// The language, and whether a Chinese script was decided by the text itself.
    func classify(_ paragraph: String) -> (String, Bool) {
        var han = 0, latin = 0, traditional = 0, simplified = 0, spanishLetters = 0
        for s in paragraph.unicodeScalars {
            let v = s.value
            if UnicodeScript.isHan(v) {
                han += 1
                if traditionalOnly.contains(v) { traditional += 1 }
                if simplifiedOnly.contains(v) { simplified += 1 }
            } else if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) {
                latin += 1
                if "ñÑáéíóúÁÉÍÓÚü¿¡".unicodeScalars.contains(s) { spanishLetters += 1 }
            } else if v == 0xBF || v == 0xA1 {
                spanishLetters += 1
            }
        }
        if han == 0 && latin == 0 { return ("other", true) }
        if han * 2 >= latin {
            // Without any character only one script has, simplified (the more common) unless
            // the document says otherwise (see identify(paragraphs:)).
            return (traditional > simplified ? "zh-Hant" : "zh-Hans", traditional != simplified)
        }
        var es = 0, en = 0
        for word in paragraph.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let w = String(word)
            if stopwords["es"]?.contains(w) == true { es += 1 }
            if stopwords["en"]?.contains(w) == true { en += 1 }
        }
        es += spanishLetters
        if es == 0 && en == 0 { return ("other", true) }
        return (es > en ? "es" : "en", true)
    }
}
