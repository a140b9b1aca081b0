import GleanerModel
import ICUKit

/// The event vocabulary of `lexicons/event-triggers.tsv`: trigger verbs (hold, launch, attend)
/// and nouns (活动, 论坛, semana, workshop) that make a sentence report an event, and the
/// organizer-role markers (主办, 承办, organizado por) that say who ran it. Loaded once.
public struct EventLexicon: Sendable {
    public enum Kind: String, Sendable { case hold, launch, attend, noun, role, followUp, notEvent }

    public struct Word: Sendable {
        public let text: String
        public let kind: Kind
        /// For a role marker: host, undertaker, co-organizer, joint, guide, sponsor, organizer, by.
        /// For a follow-up: anaphora (at the sentence's start) or meeting (在…会上 before the first
        /// comma). For a not-event word: opener (at the start) or anywhere.
        public let role: String
        let scalars: [UInt32]
        /// Latin words are matched case-folded and on word boundaries; Han words anywhere.
        let latin: Bool
    }

    /// Words by their first scalar (lower-cased for Latin), longest first.
    let byFirst: [UInt32: [Word]]
    /// Traditional → simplified Han, one character to one (read off ICU's transliterator once),
    /// so that mixed-script text (隨后) matches and titles fold alike.
    let simplified: [UInt32: UInt32]

    public static func load() throws -> EventLexicon {
        let file = try LexiconFile(named: "event-triggers.tsv")
        var words: [Word] = []
        for r in file.rows where r.count >= 4 {
            let kind: Kind = r[2] == "organizer-role" ? .role : r[2] == "follow-up" ? .followUp
                : r[2] == "not-event" ? .notEvent : (Kind(rawValue: r[3]) ?? .noun)
            let latin = !r[1].hasPrefix("zh")
            let text = latin ? r[0].lowercased() : r[0]
            words.append(Word(text: text, kind: kind, role: kind == .role || kind == .followUp || kind == .notEvent ? r[3] : "",
                              scalars: text.unicodeScalars.map(\.value),
                              latin: latin))
        }
        return EventLexicon(words, simplified: Transliterator.traditionalToSimplified)
    }

    init(_ words: [Word], simplified: [UInt32: UInt32]) {
        self.simplified = simplified
        var map: [UInt32: [Word]] = [:]
        for w in words { if let f = w.scalars.first { map[f, default: []].append(w) } }
        for k in map.keys { map[k]!.sort { $0.scalars.count > $1.scalars.count } }
        byFirst = map
    }

    /// A word found in a sentence: scalar offsets in the sentence.
    public struct Match: Sendable {
        public let word: Word
        public let start: Int
        public let end: Int
    }

    /// Every lexicon word in the scalars, longest match first at each position, non-overlapping.
    /// `lower` is the same text lower-cased scalar by scalar (for Latin words).
    func matches(_ s: [UInt32], lower: [UInt32]) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < s.count {
            var found: Match?
            for key in Set([s[i], lower[i]]) {
                guard let candidates = byFirst[key] else { continue }
                for w in candidates where w.scalars.count <= s.count - i {
                    let src = w.latin ? lower : s
                    var ok = true
                    for k in 0..<w.scalars.count where src[i + k] != w.scalars[k] { ok = false; break }
                    guard ok else { continue }
                    if w.latin {
                        // Whole words only: no letter right before or after.
                        if i > 0, isLetter(s[i - 1]) { continue }
                        if i + w.scalars.count < s.count, isLetter(s[i + w.scalars.count]) { continue }
                    }
                    if found == nil || w.scalars.count > found!.end - found!.start {
                        found = Match(word: w, start: i, end: i + w.scalars.count)
                    }
                    break
                }
            }
            if let f = found { out.append(f); i = f.end } else { i += 1 }
        }
        return out
    }
}

func isLetter(_ v: UInt32) -> Bool {
    guard let s = Unicode.Scalar(v) else { return false }
    return s.properties.isAlphabetic && !isHan(v)
}

func isHan(_ v: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FFFF).contains(v) || (0xF900...0xFAFF).contains(v)
}
