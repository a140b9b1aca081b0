import GleanerModel
import GleanerSegment
import ICUKit
import Synchronization

/// The word list, loaded on first use and shared by every rule that needs it (loading it
/// costs a fraction of a second, which texts without a candidate spot never pay).
public final class SharedWordList: Sendable {
    private let state = Mutex<Segmenter?>(nil)
    private let load: @Sendable () throws -> Segmenter

    public init(load: @escaping @Sendable () throws -> Segmenter = { try Segmenter.standard() }) {
        self.load = load
    }

    public func segmenter() -> Segmenter? {
        state.withLock { s in
            if s == nil { s = try? load() }
            return s
        }
    }
}

/// Seed 001's damage: 慶;顒(dòng) for 慶祝活動. A byte-level fullwidth→ASCII fold ran over GBK
/// bytes and matched the bytes of ； (A3 BB) straddling two characters (祝 = D7 A3, 活 = BB EE);
/// the decoder then dropped the orphaned lead byte and read what followed one byte off
/// (EE 84 → 顒) until the next ASCII byte. The fixer rebuilds the byte stream: the characters in
/// the middle are fully determined by the bytes (BB EE → 活); the last one has only its lead byte
/// (84), so the ruby reading after it (dòng → 動) or the word lexicon picks its trail byte; the
/// first one has only its trail byte (A3), so the word it forms with the character before it
/// (慶祝, 確保) picks it, and 。 (A1 A3, the only sentence mark ending in A3) when no word does.
/// A spot whose last character nothing can decide is left as it is and flagged.
public struct MisalignedDoubleByteFixer: Fixer {
    public let name = "misaligned-double-byte"
    public let explanation = "rebuilds GBK text read one byte off after a byte-level fullwidth→ASCII fold (慶;顒(dòng) → 慶祝活動)"
    let plausibility: Plausibility
    let readings: RubyAnnotationFixer
    let words: SharedWordList

    init(plausibility: Plausibility, readings: RubyAnnotationFixer, words: SharedWordList) {
        self.plausibility = plausibility
        self.readings = readings
        self.words = words
    }

    /// ASCII punctuation → the second byte of its fullwidth GBK form (A3 xx), the byte that
    /// became the lead of the shifted text.
    static let foldTrail: [UInt32: UInt8] = [0x3B: 0xBB, 0x21: 0xA1, 0x2C: 0xAC, 0x3A: 0xBA, 0x3F: 0xBF]

    static func gbk(_ a: UInt8, _ b: UInt8) -> Unicode.Scalar? {
        row(a)[Int(b)]
    }

    /// One two-byte GBK character (ICU), nil when the pair is none.
    static func decodePair(_ a: UInt8, _ b: UInt8) -> Unicode.Scalar? {
        guard let d = try? CharsetConverter.decode([a, b], charset: "GBK"), d.invalidSequences == 0 else { return nil }
        let u = Array(d.text.unicodeScalars)
        return u.count == 1 && u[0].value != 0xFFFD && u[0].value >= 0x80 ? u[0] : nil
    }

    /// The GBK characters of one lead byte by trail byte, decoded once per lead on first use
    /// (a spot asks for all 190 of a lead; ICU per pair per spot was most of this rule's time).
    static let rows = Mutex<[UInt8: [Unicode.Scalar?]]>([:])

    static func row(_ lead: UInt8) -> [Unicode.Scalar?] {
        rows.withLock { rows in
            if let row = rows[lead] { return row }
            var row = [Unicode.Scalar?](repeating: nil, count: 256)
            for trail in 0x40...0xFE where trail != 0x7F { row[trail] = decodePair(lead, UInt8(trail)) }
            rows[lead] = row
            return row
        }
    }

    /// Every GBK character whose second byte is A3: what the first character of a spot can be.
    static let trailA3: [Unicode.Scalar] = (0x81...0xFE).compactMap { decodePair(UInt8($0), 0xA3) }

    static let hanTrailA3 = trailA3.filter { UnicodeScript.isHan($0.value) }

    /// The first candidate with the highest score, each scored once (`max(by:)` scores every
    /// comparison's both sides: two word-list lookups a candidate, 190 candidates a spot).
    static func best(_ candidates: [Unicode.Scalar], by score: (Unicode.Scalar) -> Int) -> Unicode.Scalar? {
        var best: (Unicode.Scalar, Int)?
        for c in candidates {
            let s = score(c)
            if best == nil || s > best!.1 { best = (c, s) }
        }
        return best?.0
    }

    static func withLead(_ lead: UInt8) -> [Unicode.Scalar] {
        row(lead).compactMap { $0 }
    }

    static let fullStop: Unicode.Scalar = "\u{3002}"

    func isWord(_ lexicon: WordLexicon, _ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        lexicon.isWord([a.value, b.value])
    }

    public func edits(_ t: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        var out: [Edit] = []
        var i = 1
        let n = t.count
        while i < n {
            guard t[i].value < 0x40, let fold = Self.foldTrail[t[i].value], UnicodeScript.isHan(t[i - 1].value) else { i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 12, t[j].value >= 0x80, t[j].value != 0xFFFD, !MojibakeFixer.isSeparator(t[j]) { j += 1 }
            if j == i + 1 {
                if fold == 0xA1, let e = quoteFold(t, i) { out.append(e) }
                i += 1
                continue
            }
            if let e = rebuild(t, i, j, fold, log: &log) {
                out.append(e)
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// The pinyin in parentheses at `j`, if any.
    func ruby(_ t: [Unicode.Scalar], _ j: Int) -> String? {
        guard j < t.count, t[j] == "(" else { return nil }
        var e = j + 1
        var s = ""
        while e < t.count, e - j <= 8, RubyAnnotationFixer.isPinyin(t[e]) { s.unicodeScalars.append(t[e]); e += 1 }
        return e < t.count && t[e] == ")" && !s.isEmpty ? s : nil
    }

    func rebuild(_ t: [Unicode.Scalar], _ i: Int, _ j: Int, _ fold: UInt8, log: inout RepairLog) -> Edit? {
        let ys = Array(t[(i + 1)..<j])
        let reading = ruby(t, j)
        // Evidence that the run is shifted: a ruby reading that is not its last character's,
        // or a character real text rarely uses.
        let rubyMismatch = reading.map { !RubyAnnotationFixer.same(readings.reading(ys[ys.count - 1]) ?? "", $0) } ?? false
        let rare = ys.contains { UnicodeScript.isHan($0.value) && plausibility.cost($0) >= 20 }
        guard rubyMismatch || rare else { return nil }
        guard let yb = (try? CharsetConverter.encode(ys.string, charset: "GBK", strict: true)) ?? nil,
              yb.count == ys.count * 2 else { return nil }
        let stream = [fold] + yb
        var mids: [Unicode.Scalar] = []
        var k = 0
        while k + 1 < stream.count {
            guard let c = Self.gbk(stream[k], stream[k + 1]) else { return nil }
            mids.append(c)
            k += 2
        }
        guard let lexicon = words.segmenter()?.lexicon else { return nil }
        // The last character: its lead byte is known.
        var candidates = Self.withLead(stream[stream.count - 1])
        if let r = reading {
            let exact = candidates.filter { readings.reading($0) == r }
            candidates = exact.isEmpty ? candidates.filter { RubyAnnotationFixer.same(readings.reading($0) ?? "", r) } : exact
        }
        let before = mids.last
        func score(_ x: Unicode.Scalar) -> Int {
            (before.map { isWord(lexicon, $0, x) } ?? false ? 1000 : 0) - plausibility.cost(x)
        }
        guard let last = Self.best(candidates, by: score),
              reading != nil ? candidates.count == 1 || score(last) >= 1000 - 8 : score(last) >= 1000 - 8 else {
            log.flags.append(Edit(start: i, end: j, before: t[i..<j].map { $0 }.string, after: t[i..<j].map { $0 }.string,
                                  rule: name, confidence: 0))
            return nil
        }
        // The first character: its trail byte is A3; the word it makes with its neighbours
        // decides, else the sentence ends there (。).
        let prev = t[i - 1]
        let next = mids.first ?? last
        let han = Self.hanTrailA3
        func firstScore(_ x: Unicode.Scalar) -> Int {
            (isWord(lexicon, prev, x) ? 1000 : 0) + (isWord(lexicon, x, next) ? 500 : 0) - plausibility.cost(x)
        }
        var first = Self.fullStop
        var sure = false
        if let best = Self.best(han, by: firstScore), firstScore(best) >= 500 - 8 {
            first = best
            sure = true
        }
        let rebuilt = [first] + mids + [last]
        let confidence = sure ? 0.8 : 0.6
        return Edit(start: i, end: j, before: Array(t[i..<j]).string, after: rebuilt.string,
                    rule: name, confidence: confidence)
    }

    /// `慶!4.15”` → 慶祝“4.15”: ！ (A3 A1) folded across 祝 (D7 A3) and “ (A1 B0), and both bytes
    /// beside it were lost. An unmatched closing quote after it says which quote it was, the
    /// word with the character before decides the first (no word: left alone).
    func quoteFold(_ t: [Unicode.Scalar], _ i: Int) -> Edit? {
        var end = i + 1
        while end < t.count, end - i < 60 { end += 1 }
        var opens = 0, closes = 0
        for s in t[(i + 1)..<end] {
            if s == "\u{201C}" { opens += 1 } else if s == "\u{201D}" { closes += 1; if closes > opens { break } }
        }
        guard closes > opens else { return nil }
        var o = 0, c = 0
        for s in t[0..<i] { if s == "\u{201C}" { o += 1 } else if s == "\u{201D}" { c += 1 } }
        guard o == c, let lexicon = words.segmenter()?.lexicon else { return nil }
        let prev = t[i - 1]
        let han = Self.hanTrailA3.filter { isWord(lexicon, prev, $0) }
        guard let first = han.min(by: { plausibility.cost($0) < plausibility.cost($1) }) else { return nil }
        return Edit(start: i, end: i + 1, before: String(t[i]), after: String(first) + "\u{201C}", rule: name, confidence: 0.7)
    }
}
