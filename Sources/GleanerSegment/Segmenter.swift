import GleanerModel
import ICUKit

/// Words of a text. Runs of Chinese characters are cut on the most probable path through the
/// word list (each candidate word scored by its frequency, as jieba does), after numbers have
/// been taken out whole with the units that belong to them (2017年, 三十一日, 1.36万). Latin
/// words keep their inner hyphens, digits and apostrophes (COVID-19, iPhone, Xi'an); numbers
/// keep their decimal point, thousands separators and percent sign (96.5%, 1,360); letters of
/// other scripts (Cyrillic, kana, Hangul, Thai …) are cut by ICU's word break.
/// Built once from the lexicon and shared; value in, value out.
public struct Segmenter: Sendable {
    public let lexicon: WordLexicon
    public let names: PersonNames

    public init(lexicon: WordLexicon, names: PersonNames = .none) {
        self.lexicon = lexicon
        self.names = names
    }

    public static func standard() throws -> Segmenter {
        Segmenter(lexicon: try WordLexicon.load(), names: try PersonNames.load())
    }

    /// Units a number keeps: dates and times, and the multipliers 万/亿 (人, 个 … are words of
    /// their own, as the major segmentation standards have it).
    static let numberUnits = CharacterTable("年月日号時时分秒万萬亿億")
    static let chineseNumerals = CharacterTable("〇○零一二三四五六七八九十百千两兩廿卅")

    public func tokens(_ text: String) -> [Token] {
        let s = [Unicode.Scalar](scalarsOf: text)
        var out: [Token] = []
        spans(s) { a, b, kind in
            out.append(Token(text: String(scalars: s[a..<b]), kind: kind, start: a, end: b))
        }
        return out
    }

    /// Every token of the scalars as (start, end, kind), in order.
    func spans(_ s: [Unicode.Scalar], _ emit: (Int, Int, Token.Kind) -> Void) {
        var scratch = Scratch()
        spans(s, &scratch, emit)
    }

    func spans(_ s: [Unicode.Scalar], _ scratch: inout Scratch, _ emit: (Int, Int, Token.Kind) -> Void) {
        var i = 0
        while i < s.count {
            let v = s[i].value
            if UnicodeScript.isHan(v) && !(Self.chineseNumerals.contains(v) && numeralSpan(s, i) > i) {
                var j = i
                while j < s.count, UnicodeScript.isHan(s[j].value), !(Self.chineseNumerals.contains(s[j].value) && numeralSpan(s, j) > j) { j += 1 }
                cut(s, i, j, &scratch) { a, b in emit(a, b, .han) }
                i = j
            } else if Self.chineseNumerals.contains(v) || Self.isDigit(v) {
                // A lone ○ (not Han) has no numeral span: it is a token by itself.
                let j = max(i + 1, Self.isDigit(v) ? arabicNumber(s, i) : numeralSpan(s, i))
                emit(i, j, .number)
                i = j
            } else if Self.isLatinLetter(v) {
                var j = i + 1
                while j < s.count {
                    let c = s[j].value
                    if Self.isLatinLetter(c) || Self.isDigit(c) { j += 1; continue }
                    // COVID-19, Xi'an: a joiner between two alphanumerics stays inside.
                    if (c == 0x2D || c == 0x27 || c == 0x2019 || c == 0x5F), j + 1 < s.count,
                       Self.isLatinLetter(s[j + 1].value) || Self.isDigit(s[j + 1].value) { j += 2; continue }
                    break
                }
                emit(i, j, .latin)
                i = j
            } else if Self.isCommonPunctuation(v) {
                // ，。、“”《》（）：； and ASCII marks, without asking the Unicode properties.
                var j = i + 1
                if v == 0x2014 || v == 0x2026 || v == 0xFF0D { while j < s.count, s[j].value == v { j += 1 } }
                emit(i, j, .punctuation)
                i = j
            } else if s[i].properties.isWhitespace {
                var j = i + 1
                while j < s.count, s[j].properties.isWhitespace { j += 1 }
                emit(i, j, .space)
                i = j
            } else if s[i].properties.isAlphabetic {
                // Letters of other scripts (Cyrillic, Arabic, kana, Hangul, Thai …): ICU's word
                // break, which knows their rules and, for Thai, Lao, Khmer, Burmese and
                // Japanese, the dictionaries that find words in unspaced text.
                var j = i + 1
                while j < s.count, Self.isOtherLetter(s[j]) { j += 1 }
                scratch.otherScriptWords(s, i, j) { a, b in emit(a, b, .other) }
                i = j
            } else {
                // Punctuation: one mark a token, but a run of the same dash or ellipsis is one.
                var j = i + 1
                if v == 0x2014 || v == 0x2026 || v == 0x2500 || v == 0xFF0D { while j < s.count, s[j].value == v { j += 1 } }
                emit(i, j, s[i].properties.isAlphabetic ? .other : .punctuation)
                i = j
            }
        }
    }

    /// Words separated by single spaces, spaces dropped (the bakeoff format).
    public func words(_ line: String) -> String {
        tokens(line).lazy.filter { $0.kind != .space }.map(\.text).joined(separator: " ")
    }

    /// Lines of UTF-8 bytes to the bakeoff format, with buffers reused from line to line (the
    /// command's hot path: no String per line or per word).
    public struct WordWriter {
        let segmenter: Segmenter
        var scalars: [Unicode.Scalar] = []
        var scratch = Scratch()

        public init(_ segmenter: Segmenter) { self.segmenter = segmenter }

        /// Appends the words of one line (invalid UTF-8 read as U+FFFD), separated by spaces.
        public mutating func append(utf8 line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
            scalars.removeAll(keepingCapacity: true)
            _ = transcode(line.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: false) {
                scalars.append(Unicode.Scalar($0) ?? "\u{FFFD}")
            }
            var first = true
            let s = scalars
            segmenter.spans(s, &scratch) { a, b, kind in
                guard kind != .space else { return }
                if !first { out.append(32) }
                first = false
                for k in a..<b { out.appendUTF8(s[k].value) }
            }
        }
    }

    // MARK: numbers

    static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) }
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
            || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
    }

    /// Punctuation of Chinese and ASCII text, by code point: the properties lookup it saves
    /// was a tenth of segmenting time. Letters inside these blocks (々 〆 〡) are not listed.
    @inline(__always)
    static func isCommonPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        case 0x2010...0x2027, 0x3001...0x3004, 0x3008...0x3011, 0x3014...0x301F: return true
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        default: return false
        }
    }

    /// A letter or combining mark that none of the rules above takes (not Han, Latin or a digit).
    static func isOtherLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        guard !UnicodeScript.isHan(v), !isLatinLetter(v), !isDigit(v) else { return false }
        let p = c.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    /// Arabic digits with decimal point, thousands separators and %, then a unit it keeps.
    func arabicNumber(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count {
            let c = s[j].value
            if Self.isDigit(c) { j += 1; continue }
            if (c == 0x2E || c == 0xFF0E || c == 0x2C || c == 0x3A || c == 0xFF1A), j + 1 < s.count, Self.isDigit(s[j + 1].value) { j += 2; continue }
            break
        }
        if j < s.count, s[j].value == 0x25 || s[j].value == 0xFF05 { return j + 1 }
        if j < s.count, Self.numberUnits.contains(s[j].value) { j += 1 }
        return j
    }

    /// A Chinese numeral taken whole: two or more numerals (二○○一, 三十一), or any with the
    /// date/time unit after it (一日, 十二月); returns i when there is none.
    func numeralSpan(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, Self.chineseNumerals.contains(s[j].value) { j += 1 }
        let hasUnit = j < s.count && Self.numberUnits.contains(s[j].value)
        if j - i >= 2 && isNumeralRun(s, i, j) || hasUnit && j - i >= 1 && isNumeralRun(s, i, j) {
            return hasUnit ? j + 1 : j
        }
        return i
    }

    /// Numeral runs that are words of the lexicon in another sense (一一, 千万 as "by all
    /// means") are left to the word list unless a unit follows.
    func isNumeralRun(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
        let digits = "〇○零一二三四五六七八九两兩".unicodeScalars.map(\.value)
        return s[i..<j].contains { digits.contains($0.value) } || j - i >= 2
    }

    // MARK: the word path

    /// Cuts a Han run [a, b) on the most probable path through the lexicon.
    /// The word path through the Han run [a, b) of `s`, as (start, end) pairs.
    public func cut(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var scratch = Scratch()
        cut(s, a, b, &scratch) { out.append(($0, $1)) }
        return out
    }

    /// The Han run [a, b) cut into the words of the list as it knows them: set phrases stay
    /// whole (社会组织, 志愿服务), names joined. For rules that want a noun phrase, not the
    /// bakeoff standards' smaller words.
    public func listWords(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var scratch = Scratch()
        cut(s, a, b, &scratch, phrases: false) { out.append($0..<$1) }
        return out
    }

    /// Reusable buffers for the word path (no allocation per run).
    struct Scratch {
        var best: [Float] = []
        var next: [Int] = []
        var phrase: [Int] = []
        /// Opened on the first run of another script only (most texts have none).
        var words: BreakIterator?

        /// ICU's words of s[a..<b], as scalar offsets.
        mutating func otherScriptWords(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ emit: (Int, Int) -> Void) {
            if words == nil { words = try? BreakIterator(.word) }
            var utf16: [UInt16] = []
            var scalarAt: [Int] = [] // the scalar offset of each UTF-16 unit, and of the end
            for k in a..<b {
                for unit in s[k].utf16 { utf16.append(unit); scalarAt.append(k) }
            }
            scalarAt.append(b)
            guard let words, (try? words.setText(utf16: utf16)) != nil else { emit(a, b); return }
            var start = words.first()
            while let end = words.next() {
                emit(scalarAt[start], scalarAt[end])
                start = end
            }
        }
    }

    /// Added, when a phrase of the list is cut again, for each part of two or more characters.
    /// The list counts set phrases (三峡工程, 国有企业, 本报记者, 社会工作者) as words of their
    /// own, and on frequencies alone a rare phrase beats the product of its common parts; every
    /// major standard (PKU, MSR, CityU, AS) cuts such phrases into their words. With the bonus a
    /// phrase stays whole only when it is e^6 ≈ 400 times likelier than its parts together.
    /// Single characters get none, so no word falls apart into characters (民政局 stays, not
    /// 民政|局). Any value from 4 to 8 gives nearly the same scores on all four SIGHAN corpora.
    static let phraseBonus: Float = 6

    /// Cuts the Han run [a, b): the most probable path through the list, then each word of
    /// three or more characters cut again with the phrase bonus. The bonus only ever splits the
    /// path's own words, so it cannot move a boundary the first path drew (市|民政局 does not
    /// become 市民|政局).
    func cut(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ scratch: inout Scratch, phrases: Bool = true, _ emit: (Int, Int) -> Void) {
        let n = b - a
        if n == 1 { emit(a, b); return }
        path(s, a, b, bonus: 0, &scratch.best, &scratch.next)
        // Person names: a surname and given-name characters the path left single (游|景|玉).
        scratch.next.withUnsafeMutableBufferPointer { next in
            var i = 0
            while i < n - 1 {
                if let end = names.nameEnd(s, a, i, n, next) {
                    next[i] = -end // marked: a name is not a phrase of the list to re-cut
                    i = end
                } else { i = next[i] }
            }
        }
        var i = 0
        while i < n {
            var end = scratch.next[i]
            if end < 0 { end = -end; emit(a + i, a + end); i = end; continue }
            if phrases && end - i >= 3 {
                path(s, a + i, a + end, bonus: Self.phraseBonus, &scratch.best, &scratch.phrase)
                var k = 0
                while k < end - i {
                    emit(a + i + k, a + i + scratch.phrase[k])
                    k = scratch.phrase[k]
                }
            } else {
                emit(a + i, a + end)
            }
            i = end
        }
    }

    /// The best path through [a, b) of `s`, right to left: `next[i]` is the end of the word that
    /// starts at a + i (offsets relative to a). Each word scores its log probability, plus
    /// `bonus` when it has two or more characters; an unknown character stands alone.
    func path(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, bonus: Float, _ bestBuffer: inout [Float], _ nextBuffer: inout [Int]) {
        let n = b - a
        if bestBuffer.count < n + 1 { bestBuffer = [Float](repeating: 0, count: 2 * n + 1) }
        if nextBuffer.count < n + 1 { nextBuffer = [Int](repeating: 0, count: 2 * n + 1) }
        bestBuffer.withUnsafeMutableBufferPointer { best in
        nextBuffer.withUnsafeMutableBufferPointer { next in
        best[n] = 0
        for i in stride(from: n - 1, through: 0, by: -1) {
            var h = WordLexicon.seed
            var bestScore = -Float.infinity
            var bestEnd = i + 1
            for length in 1...min(lexicon.maxLength, n - i) {
                h = WordLexicon.extend(h, s[a + i + length - 1].value)
                let p: Float
                let entry = length == 1 ? lexicon.single(s[a + i].value) : lexicon.lookup(h)
                if let e = entry, e <= 0 { p = length >= 2 ? e + bonus : e }
                else if length == 1 { p = lexicon.unknown }
                else if entry == nil { break } // no word goes on this way
                else { continue }              // a prefix only
                if entry == nil && length == 1 {
                    // An unknown character: it can only stand alone.
                    let score = p + best[i + 1]
                    if score > bestScore { bestScore = score; bestEnd = i + 1 }
                    break
                }
                let score = p + best[i + length]
                if score > bestScore { bestScore = score; bestEnd = i + length }
            }
            best[i] = bestScore
            next[i] = bestEnd
        }
        }
        }
    }
}

/// Membership of BMP characters as a flat table: the hot loops ask it for every character,
/// where a Set would hash each one.
struct CharacterTable: Sendable {
    private let bits: [Bool]

    init(_ characters: String) {
        var b = [Bool](repeating: false, count: 0x10000)
        for s in characters.unicodeScalars where s.value < 0x10000 { b[Int(s.value)] = true }
        bits = b
    }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool { v < 0x10000 && bits[Int(v)] }
}
