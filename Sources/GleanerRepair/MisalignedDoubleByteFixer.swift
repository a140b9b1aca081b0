import GleanerModel
import GleanerSegment
import ICUKit
import Synchronization

/// Seed 001's damage (慶;顒(dòng) for 慶祝活動): a byte-level fullwidth→ASCII fold ran over
/// GBK bytes and hit the bytes of a fullwidth mark (A3 BB = ；) that straddled two characters;
/// the decoder then lost a byte and read what followed one byte off. The byte stream is
/// rebuilt from the folded mark and the shifted characters: the characters in the middle are
/// fixed by the bytes; the first (its second byte A3 is known, its first byte lost) is chosen
/// by the word list, the last (first byte known) by the ruby reading printed after it, or the
/// word list. Without such evidence nothing changes (the ruby fixer then flags the spot).
/// The mechanism was worked out from the seed's bytes in the team's repair branch.
public final class MisalignedDoubleByteFixer: Fixer, @unchecked Sendable {
    public let name = "misaligned-double-byte"
    public let explanation = "rebuilds GBK text read one byte off after a fullwidth→ASCII fold, choosing the lost bytes by the ruby reading and the word list"

    let plausibility: Plausibility
    let readings: RubyAnnotationFixer
    private let words = Mutex<WordLexicon?>(nil)

    public init(plausibility: Plausibility, readings: RubyAnnotationFixer) {
        self.plausibility = plausibility
        self.readings = readings
    }

    /// An ASCII mark → the second byte of its fullwidth GBK form (A3 xx).
    static let foldTrail: [UInt32: UInt8] = [0x3B: 0xBB, 0x21: 0xA1, 0x2C: 0xAC, 0x3A: 0xBA, 0x3F: 0xBF]

    static func gbkCharacter(_ a: UInt8, _ b: UInt8) -> Unicode.Scalar? {
        guard let d = try? CharsetConverter.decode([a, b], charset: "GBK"), d.invalidSequences == 0 else { return nil }
        let u = Array(d.text.unicodeScalars)
        return u.count == 1 && u[0].value != 0xFFFD ? u[0] : nil
    }

    /// Every GBK ideograph whose second byte is A3 (the first character of a fold, lead lost).
    static let trailA3: [Unicode.Scalar] = (0x81...0xFE).compactMap { gbkCharacter(UInt8($0), 0xA3) }
        .filter { UnicodeScript.isHan($0.value) }

    static func withLead(_ lead: UInt8) -> [Unicode.Scalar] {
        (0x40...0xFE).compactMap { $0 == 0x7F ? nil : gbkCharacter(lead, UInt8($0)) }
    }

    private func lexicon() -> WordLexicon? {
        words.withLock { w in
            if w == nil { w = try? WordLexicon.load() }
            return w
        }
    }

    public func edits(_ t: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        var edits: [Edit] = []
        var i = 1
        let n = t.count
        while i < n {
            guard let fold = Self.foldTrail[t[i].value], UnicodeScript.isHan(t[i - 1].value) else { i += 1; continue }
            // The shifted characters: double-byte ones, up to the next ASCII (where it realigned).
            var j = i + 1
            while j < n, j - i <= 12, t[j].value >= 0x80, t[j].value != 0xFFFD, t[j] != "（" { j += 1 }
            let shifted = Array(t[(i + 1)..<j])
            guard !shifted.isEmpty, shifted.contains(where: { UnicodeScript.isHan($0.value) && plausibility.cost($0) >= 20 }),
                  let bytes = (try? CharsetConverter.encode(shifted.string, charset: "GBK", strict: true)) ?? nil,
                  bytes.count == shifted.count * 2, let words = lexicon() else { i += 1; continue }
            let stream = [fold] + bytes
            var middle: [Unicode.Scalar] = []
            var k = 0
            var complete = true
            while k + 1 < stream.count {
                guard let c = Self.gbkCharacter(stream[k], stream[k + 1]) else { complete = false; break }
                middle.append(c)
                k += 2
            }
            guard complete, let lastLead = stream.last else { i += 1; continue }
            // The last character: its first byte is known; the reading after it decides.
            var reading: String?
            if j < n, t[j] == "(" {
                var e = j + 1
                while e < n, e - j <= 8, RubyAnnotationFixer.isPinyin(t[e]) { e += 1 }
                if e < n, t[e] == ")", e > j + 1 { reading = Array(t[(j + 1)..<e]).string }
            }
            var candidates = Self.withLead(lastLead)
            if let r = reading {
                let exact = candidates.filter { readings.reading($0) == r }
                candidates = exact.isEmpty ? candidates.filter { readings.reading($0).map(Normalizer.fold) == Normalizer.fold(r) } : exact
            }
            let previous = middle.last
            func score(_ x: Unicode.Scalar) -> Double {
                (previous.map { words.frequency([$0.value, x.value]) } ?? 0) + Double(50 - plausibility.cost(x)) * 0.01
            }
            guard let last = candidates.max(by: { score($0) < score($1) }) else { i += 1; continue }
            // The first character: second byte A3 known; the word list decides, else 。.
            let before = t[i - 1], after = middle.first ?? last
            func firstScore(_ p: Unicode.Scalar) -> Double {
                words.frequency([before.value, p.value]) + words.frequency([p.value, after.value])
            }
            var first: Unicode.Scalar = "\u{3002}"
            if let best = Self.trailA3.max(by: { firstScore($0) < firstScore($1) }), firstScore(best) >= 100 { first = best }
            let rebuilt = [first] + middle + [last]
            // Evidence: a common word inside the rebuilt text, and it reads better than what is there.
            let evidence = (0..<(rebuilt.count - 1)).contains { words.frequency([rebuilt[$0].value, rebuilt[$0 + 1].value]) >= 100 }
            guard evidence, plausibility.cost(rebuilt) - 3 < plausibility.cost(t[i..<j]) else { i += 1; continue }
            edits.append(Edit(start: i, end: j, before: Array(t[i..<j]).string, after: rebuilt.string, rule: name,
                              confidence: reading != nil && first != "\u{3002}" ? 0.8 : 0.6))
            i = j
        }
        return edits
    }
}
