import Foundation
import GleanerSegment
import GleanerModel

/// Every lexicon entity extraction reads, loaded once into immutable values and passed in.
public struct ExtractLexicons: Sendable {
    struct DateWord: Sendable { let kind: String; let value: String; let lang: String }
    struct Classifier: Sendable { let kind: String; let bound: String; let word: String }

    let dateWordsZh: Trie<DateWord>
    let dateWordsLatin: Trie<DateWord>  // es/en, case-folded
    let months: [String: Int]           // es/en month names (lowercase) → 1...12
    let monthNames: Set<String>         // the full names among them (june, mayo), not abbreviations
    let weekdays: [String: Int]         // es/en weekday names → 1 (Monday)...7
    let weekdayAbbreviations: [String: Int]  // tue, sat, mié. → 1...7
    let ordinals: [String: Int]         // es/en ordinal words → n
    let classifiersZh: Trie<Classifier>
    let approxBeforeZh: Trie<Classifier>
    let classifiersLatin: [String: Classifier]    // money words (yuanes, dollars …)
    let approxLatin: Trie<Classifier>              // más de, over … (case-folded)
    let peopleZh: Trie<String>
    let peopleLatin: Set<String>
    let stopwords: Set<String>
    /// The same per language (in is English, ha Spanish).
    let stopwordsByLanguage: [String: Set<String>]
    let numbers: NumberWords
    /// Currency symbols, codes and words → the currency's name, per language (case-folded).
    let currencies: [String: Trie<String>]
    /// Chinese currency words, longest first, for the currency a money unit names.
    let currencyWordsZh: [(String, String)]
    /// Units of measure, ages and temperatures per language (case-folded).
    let units: [String: Trie<MeasureReader.Unit>]
    /// The words around units per language (case-folded), by kind: cues that choose a unit
    /// word's reading (pesa: libras weigh), unit names that stand alone in a conversion
    /// (fahrenheit), the words before the unit converted to (a, en, to) and those asking for
    /// an amount in a unit (cuántos, how much).
    let unitWords: [String: Trie<MeasureReader.Unit>]
    /// Clock marks, parts of the day, durations and recurrences (time-words.tsv).
    let timeWords: TimeWords

    /// The currency a Chinese money unit holds: 亿美元 → United States dollar, 元人民币 → Chinese yuan.
    func currencyNamed(in unit: String) -> String? {
        currencyWordsZh.first { unit.contains($0.0) }?.1
    }
    let orgSuffixesZh: Trie<String>        // suffix → kind
    let orgHeadsLatin: [String: String]   // head word → kind
    let rules: Rules
    public let gazetteer: Gazetteer
    /// The word list's words, for the noun a count counts (2000多家社会组织 → 社会组织).
    let segmenter: Segmenter

    struct Rules: Sendable {
        var placeSuffixZh: [String: String] = [:]
        /// The same suffixes as scalar arrays, longest first, for scanning.
        var placeSuffixZhScalars: [([UInt32], String)] = []
        var placeSuffixLatin: [String: String] = [:]
        var nameStop: Set<UInt32> = []
        /// Stops that are part of a name when they make a word with a neighbour (祥和苑, 中医药).
        var nameSoftStop: Set<UInt32> = []
        /// Conjunctions a department's name may hold after its parent (民政和社区事务办公室).
        var nameConjunction: Set<UInt32> = []
        var nameStopWords: Trie<Bool> = Trie()
        var placeReject: Set<String> = []
        var durationUnits: Set<String> = []
        var orgFollow: Set<UInt32> = []
        var placeholders: Set<String> = [] { didSet { placeholderBytes = placeholders.map { Array($0.utf8) } } }
        var placeholderBytes: [[UInt8]] = []
        var nameWords: Set<String> = []
        var orgSingle: Set<UInt32> = []
        var peopleLatin: Set<String> = []
    }
    /// Two-character words of words-zh.tsv (jieba): all of them, and those that are verbs,
    /// adjectives, adverbs, prepositions or conjunctions — these end a name when scanning left.
    let words2: TwoCharacterWords
    let verbs2: TwoCharacterWords
    /// Two-character verbs including verbal nouns (营造, 服务): never a place name on their own.
    let verbsN2: TwoCharacterWords
    /// Nouns of the list (jieba's n, nr, ns, nt, nz, vn, ng, j, s tags), two and one character
    /// long: the words a counted noun phrase is made of.
    let nouns2: TwoCharacterWords
    let nouns1: Set<UInt32>

    /// Loads the lexicons from `LexiconFile`'s folder (GLEANER_LEXICONS).
    public static func load() throws -> ExtractLexicons { try ExtractLexicons() }

    /// A value built on another thread while this one goes on.
    private final class Pending<T>: @unchecked Sendable {
        private var result: Result<T, Error>?
        private let group = DispatchGroup()
        init(_ build: @escaping @Sendable () throws -> T) {
            DispatchQueue.global().async(group: group) { self.result = Result { try build() } }
        }
        func value() throws -> T { group.wait(); return try result!.get() }
    }

    init() throws {
        // The gazetteer (a third of start-up) and the segmenter are built on the other core
        // while the rest loads: start-up counts in every short run.
        let pendingGazetteer = Pending { try Gazetteer() }
        let pendingSegmenter = Pending { try Segmenter.standard() }
        let dw = try LexiconFile(named: "date-words.tsv")
        var zh = Trie<DateWord>(), latin = Trie<DateWord>(caseFolding: true)
        var months: [String: Int] = [:], weekdays: [String: Int] = [:], ordinals: [String: Int] = [:], wdAbbr: [String: Int] = [:]
        var monthNames: Set<String> = []
        for r in dw.rows where r.count >= 4 {
            let w = DateWord(kind: r[2], value: r[3], lang: r[1])
            if r[1].hasPrefix("zh") { zh.insert(r[0], w) } else {
                latin.insert(r[0], w)
                // miércoles and miercoles, último and ultimo: both spellings are keys
                for key in Set([r[0].lowercased(), foldedLatin(r[0])]) {
                    if r[2] == "month" || r[2] == "month-abbr", let n = Int(r[3]) { months[key] = n }
                    if r[2] == "month" { monthNames.insert(key) }
                    if r[2] == "weekday", let n = Int(r[3]) { weekdays[key] = n }
                    if r[2] == "weekday-abbr", let n = Int(r[3]) { wdAbbr[key.hasSuffix(".") ? String(key.dropLast()) : key] = n }
                    if r[2] == "ordinal", let n = Int(r[3]) { ordinals[key] = n }
                }
            }
        }
        dateWordsZh = zh; dateWordsLatin = latin
        self.months = months; self.weekdays = weekdays; self.ordinals = ordinals; self.weekdayAbbreviations = wdAbbr
        self.monthNames = monthNames

        let cl = try LexiconFile(named: "classifiers.tsv")
        var czh = Trie<Classifier>(), azh = Trie<Classifier>(), clat: [String: Classifier] = [:]
        var alat = Trie<Classifier>(caseFolding: true)
        for r in cl.rows where r.count >= 3 {
            let c = Classifier(kind: r[2], bound: r.count > 3 ? r[3] : "", word: r[0])
            let isZh = r[1].hasPrefix("zh")
            switch r[2] {
            case "approx-before": if isZh { azh.insert(r[0], c) } else { alat.insert(r[0], c) }
            case "approx-after": if isZh { czh.insert(r[0], c) } else { alat.insert(r[0], c) }
            default: if isZh { czh.insert(r[0], c) } else { clat[r[0].lowercased()] = c }
            }
        }
        classifiersZh = czh; approxBeforeZh = azh; classifiersLatin = clat; approxLatin = alat

        let pn = try LexiconFile(named: "people-nouns.tsv")
        var pzh = Trie<String>(), plat = Set<String>()
        for r in pn.rows where r.count >= 2 {
            if r[1].hasPrefix("zh") { pzh.insert(r[0], r[0]) } else { plat.insert(r[0].lowercased()) }
        }
        peopleZh = pzh

        let sw = try LexiconFile(named: "stopwords.tsv")
        stopwords = Set(sw.rows.compactMap { $0.first?.lowercased() })
        stopwordsByLanguage = Dictionary(grouping: sw.rows.filter { $0.count >= 2 }, by: { $0[1] }).mapValues { Set($0.map { $0[0].lowercased() }) }
        numbers = try NumberWords(file: LexiconFile(named: "number-words.tsv"))
        let cu = try LexiconFile(named: "currencies.tsv")
        let cuWord = try cu.column("word"), cuLang = try cu.column("lang"), cuName = try cu.column("name")
        var currencyTries: [String: Trie<String>] = [:]
        for row in cu.rows where row.count > max(cuWord, cuLang, cuName) {
            currencyTries[row[cuLang], default: Trie(caseFolding: true)].insert(row[cuWord], row[cuName])
        }
        currencies = currencyTries
        let un = try LexiconFile(named: "units.tsv")
        let unWord = try un.column("word"), unLang = try un.column("lang"), unKind = try un.column("kind"), unName = try un.column("name")
        let unCue = try un.column("cue")
        var unitTries: [String: Trie<MeasureReader.Unit>] = [:], unitWordTries: [String: Trie<MeasureReader.Unit>] = [:]
        for row in un.rows where row.count > max(unWord, unLang, unKind, unName, unCue) {
            let unit = MeasureReader.Unit(kind: row[unKind], name: row[unName], cue: row[unCue])
            if MeasureReader.kinds.contains(unit.kind) {
                unitTries[row[unLang], default: Trie(caseFolding: true)].insert(row[unWord], unit)
            } else {
                unitWordTries[row[unLang], default: Trie(caseFolding: true)].insert(row[unWord], unit)
            }
        }
        units = unitTries
        unitWords = unitWordTries
        var tw = try TimeWords(file: LexiconFile(named: "time-words.tsv"))
        // Han characters a time, a duration or a recurrence can start with: the time words'
        // and the parts of the day's first characters, 从 (from), 每 (every), 过去 and 未来 (the
        // past and next ten years); numerals aside.
        for r in dw.rows where r.count >= 3 && r[1].hasPrefix("zh") && r[2] == "part-of-day" {
            if let c = r[0].unicodeScalars.first { tw.zhStarts.insert(c.value) }
        }
        tw.zhStarts.formUnion([0x4ECE, 0x6BCF, 0x534A, 0x8FC7, 0x672A])
        timeWords = tw
        currencyWordsZh = cu.rows.filter { $0.count > max(cuWord, cuLang, cuName) && $0[cuLang] == "zh" }
            .map { ($0[cuWord], $0[cuName]) }.sorted { $0.0.count > $1.0.count }

        var rules = Rules()
        let er = try LexiconFile(named: "extract-rules.tsv")
        for r in er.rows where r.count >= 3 {
            let w = r[0], value = r.count > 3 ? r[3] : ""
            switch r[2] {
            case "place-suffix": if r[1] == "zh" { rules.placeSuffixZh[w] = value } else { rules.placeSuffixLatin[w] = value }
            case "name-stop": if let s = w.unicodeScalars.first { rules.nameStop.insert(s.value) }
            case "name-stop-word": rules.nameStopWords.insert(w, true)
            case "name-soft-stop": if let s = w.unicodeScalars.first { rules.nameSoftStop.insert(s.value) }
            case "name-conjunction": if let s = w.unicodeScalars.first { rules.nameConjunction.insert(s.value) }
            case "place-reject": rules.placeReject.insert(w)
            case "duration-unit": rules.durationUnits.insert(w)
            case "org-follow": if let s = w.unicodeScalars.first { rules.orgFollow.insert(s.value) }
            case "placeholder": rules.placeholders.insert(w)
            case "name-word": rules.nameWords.insert(w)
            case "people-noun": rules.peopleLatin.insert(w.lowercased())
            case "org-single": if let s = w.unicodeScalars.first { rules.orgSingle.insert(s.value) }
            default: break
            }
        }
        let os = try LexiconFile(named: "org-suffixes.tsv")
        var ozh = Trie<String>(), olat: [String: String] = [:]
        for r in os.rows where r.count >= 3 {
            if r[1].hasPrefix("zh") {
                // Units that are places (社区, 街道) are found as places, not organizations.
                if rules.placeSuffixZh[r[0]] != nil { continue }
                ozh.insert(r[0], r[2])
            } else if r[0].first?.isUppercase == true { olat[r[0]] = r[2] }
        }
        for r in er.rows where r.count >= 3 && r[2] == "org-head" { olat[r[0]] = "other" }
        for r in er.rows where r.count >= 4 && r[2] == "org-suffix" && ozh.lookup(r[0]).isEmpty { ozh.insert(r[0], r[3]) }
        orgSuffixesZh = ozh; orgHeadsLatin = olat
        rules.placeSuffixZhScalars = rules.placeSuffixZh.map { (scalars($0.key), $0.value) }.sorted { $0.0.count > $1.0.count }
        self.rules = rules
        peopleLatin = plat.union(rules.peopleLatin)
        var w2 = TwoCharacterWords(), v2 = TwoCharacterWords(), vn2 = TwoCharacterWords(), n2 = TwoCharacterWords()
        var n1 = Set<UInt32>()
        let nounTags: Set<String> = ["n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "j", "s"]
        let nameWords = TwoCharacterWords(rules.nameWords)
        // words-zh.tsv is large (600k rows): scan its bytes for two-character words only
        // instead of splitting every row.
        guard let folder = LexiconFile.folder(),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent("words-zh.tsv").path)
        else { throw LexiconFile.LoadError.notFound("words-zh.tsv", searched: []) }
        let verbTags: Set<String> = ["v", "d", "p", "c", "r"]
        let adjTags: Set<String> = ["a", "ad", "vn"]
        // Part-of-speech tags are a few dozen short strings: classified once each (verb 1,
        // adjective 2, noun 4), not hashed as a String per row.
        var tagClasses: [UInt32: UInt8] = [:]
        func tagClass(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt8 {
            var key: UInt32 = UInt32(to - from)
            for i in from..<min(to, from + 3) { key = key << 8 | UInt32(b[i]) }
            if to - from <= 3, let known = tagClasses[key] { return known }
            let tag = String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
            let c: UInt8 = (verbTags.contains(tag) ? 1 : 0) | (adjTags.contains(tag) ? 2 : 0) | (nounTags.contains(tag) ? 4 : 0)
            if to - from <= 3 { tagClasses[key] = c }
            return c
        }
        w2.keys.reserveCapacity(400_000); v2.keys.reserveCapacity(100_000); vn2.keys.reserveCapacity(150_000); n2.keys.reserveCapacity(250_000)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            let n = bytes.count
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                // a two-character Han word is 6 bytes (two 3-byte UTF-8 sequences) then a tab
                if lineEnd - lineStart > 7, bytes[lineStart + 6] == 0x09, bytes[lineStart] >= 0xE0, bytes[lineStart] < 0xF0,
                   bytes[lineStart + 3] >= 0xE0, bytes[lineStart + 3] < 0xF0 {
                    func scalar(_ p: Int) -> UInt32 {
                        (UInt32(bytes[p] & 0x0F) << 12) | (UInt32(bytes[p + 1] & 0x3F) << 6) | UInt32(bytes[p + 2] & 0x3F)
                    }
                    let word = TwoCharacterWords.key(scalar(lineStart), scalar(lineStart + 3))
                    var k = lineEnd
                    while k > lineStart && bytes[k - 1] != 0x09 { k -= 1 }
                    let tag = tagClass(bytes, k, lineEnd)
                    w2.keys.insert(word)
                    if tag & 1 != 0 && !nameWords.keys.contains(word) { v2.keys.insert(word) }
                    if tag & 3 != 0 { vn2.keys.insert(word) }
                    if tag & 4 != 0 { n2.keys.insert(word) }
                } else if lineEnd - lineStart > 4, bytes[lineStart + 3] == 0x09, bytes[lineStart] >= 0xE0, bytes[lineStart] < 0xF0 {
                    // a one-character word: nouns only (室, 站, 户: the head of a counted noun)
                    var k = lineEnd
                    while k > lineStart && bytes[k - 1] != 0x09 { k -= 1 }
                    if tagClass(bytes, k, lineEnd) & 4 != 0 {
                        n1.insert((UInt32(bytes[lineStart] & 0x0F) << 12) | (UInt32(bytes[lineStart + 1] & 0x3F) << 6) | UInt32(bytes[lineStart + 2] & 0x3F))
                    }
                }
                lineStart = lineEnd + 1
            }
        }
        words2 = w2; verbs2 = v2; verbsN2 = vn2; nouns2 = n2; nouns1 = n1
        gazetteer = try pendingGazetteer.value()
        segmenter = try pendingSegmenter.value()
    }
}

extension ExtractLexicons {
    /// Where a name scanned leftwards starts when the stop character at `k` (和, 中, 与) is
    /// part of a word in it: with the character after it (国家中医药 → 中医) or, unless that
    /// word is a verb (参与), with the one before it (祥和苑). Nil: the stop ends the name.
    func softStopWord(_ t: ScanText, stop k: Int, nameEnd: Int) -> Int? {
        guard rules.nameSoftStop.contains(t.u[k]) else { return nil }
        if k + 1 < nameEnd, words2.contains(t.norm(k, k + 2)) { return k }
        if k >= 1, isHan(t.u[k - 1]), words2.contains(t.norm(k - 1, k + 1)), !verbs2.contains(t.norm(k - 1, k + 1)) { return k - 1 }
        return nil
    }
}

/// A set of two-character words kept as packed scalar pairs: 600,000 lines of the word list are
/// scanned at start-up, and hashing an integer costs a fraction of hashing a (normalized) String.
struct TwoCharacterWords: Sendable {
    var keys = Set<UInt64>()

    init() {}
    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { if let k = Self.key(w) { keys.insert(k) } }
    }

    @inline(__always) static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 21 | UInt64(b) }

    static func key(_ s: String) -> UInt64? {
        var it = s.unicodeScalars.makeIterator()
        guard let a = it.next(), let b = it.next(), it.next() == nil else { return nil }
        return key(a.value, b.value)
    }

    /// Is `s` one of the words? (Anything not two characters long is not.)
    func contains(_ s: String) -> Bool { Self.key(s).map(keys.contains) ?? false }
}

extension ExtractLexicons {
    /// Does the name hold a placeholder (XX, ××, *)? Compared on UTF-8 bytes: Foundation's
    /// substring search costs more than the rest of the name check.
    func hasPlaceholder(_ name: String) -> Bool {
        let hay = Array(name.utf8)
        return rules.placeholderBytes.contains { needle in
            guard !needle.isEmpty, needle.count <= hay.count else { return false }
            return (0...(hay.count - needle.count)).contains { i in hay[i..<(i + needle.count)].elementsEqual(needle) }
        }
    }
}
