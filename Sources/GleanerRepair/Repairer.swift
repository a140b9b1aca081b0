import Foundation
import GleanerModel
import ICUKit

/// The repair stage's one entry point: runs the fixers in order over a text and returns the
/// repaired text with a `RepairLog` of every change. Built once (lexicons, ICU rules) and
/// shared; clean text comes back byte-identical with an empty log.
///
/// Every fixer works within a line, so a fast scan of each line's UTF-8 first decides whether
/// any fixer could apply there; only those lines are turned into scalars and handed to the
/// fixers. Clean text costs one pass over its bytes.
public struct Repairer: Sendable {
    public let fixers: [any Fixer]
    let plausibility: Plausibility?
    /// Runs after the line fixers: its breaks cross lines.
    let layout: LayoutJoiner?
    /// Punctuation and width left alone by default; folded only on request.
    let policy: PunctuationPolicy

    /// The standard order: undo charset damage first (it changes every later character), then
    /// character references, invisible characters, stray marks, ruby readings, width.
    public init(plausibility: Plausibility, policy: PunctuationPolicy = .keep) throws {
        self.plausibility = plausibility
        self.policy = policy
        let words = SharedWordList()
        self.layout = LayoutJoiner(load: {
            guard let s = words.segmenter() else { throw LexiconFile.LoadError.notFound("words-zh.tsv", searched: []) }
            return s
        })
        let ruby = try RubyAnnotationFixer()
        fixers = [
            // Character references first, as ftfy does: one inside mojibake (Î&frac14; is μ read
            // as windows-1252, with ¼ escaped) must be a character before the round trip.
            HTMLEntityFixer(),
            LostNoBreakSpaceFixer(),
            MojibakeFixer(plausibility: plausibility),
            ControlCharacterFixer(),
            StrayMarkFixer(),
            // Before the ruby rule: the rebuilt character is what makes its reading match.
            MisalignedDoubleByteFixer(plausibility: plausibility, readings: ruby, words: words),
            ruby,
            FullwidthAlphanumericFixer(),
            LigatureFixer(),
        ] + policy.fixers
    }

    /// Custom fixers run on every line (no prescan).
    public init(fixers: [any Fixer]) {
        self.fixers = fixers
        self.plausibility = nil
        self.layout = nil
        self.policy = .keep
    }

    /// Loads the lexicons the standard fixers need.
    public static func standard(policy: PunctuationPolicy = .keep) throws -> Repairer {
        try Repairer(plausibility: Plausibility.load(), policy: policy)
    }

    public func repair(_ text: String) -> RepairResult {
        repair(text, observe: nil)
    }

    /// `observe` sees each edit with its 1-based line and column in the text the rule saw.
    public func repair(_ text: String, observe: ((Edit, Int, Int) -> Void)?) -> RepairResult {
        var log = RepairLog()
        var text = text
        // Lines (LF only: a CR stays with its line, so CRLF text round-trips) as byte ranges of
        // the UTF-8, and the ones a fixer could change, in one pass: clean text costs no more.
        var ranges: [Range<Int>] = []
        var dirty: [Int] = []
        text.withUTF8 { b in
            Self.lineRanges(b) { r in
                if needsWork(UnsafeBufferPointer(rebasing: b[r])) { dirty.append(ranges.count) }
                ranges.append(r)
            }
        }
        if dirty.isEmpty { return joinLayout(RepairResult(text: text, log: log), observe: observe) }
        // Each dirty line through the whole chain on its own (lines are independent until the
        // layout pass), on every core when there are many; then the log is assembled in the
        // order a rule-by-rule pass gives, whatever ran where.
        let work: [LineWork] = text.withUTF8 { b in
            let lines = dirty.map { UnsafeBufferPointer(rebasing: b[ranges[$0]]) }
            return Parallel.map(lines.count, worthIt: b.count >= Self.parallelBytes && lines.count >= 64) { i in
                repairLine([Unicode.Scalar].decodeValidUTF8(lines[i]))
            }
        }
        // Scalars between one dirty line and the one before it (clean lines and line breaks).
        var gaps: [Int] = []
        gaps.reserveCapacity(dirty.count)
        text.withUTF8 { b in
            var previous = 0
            for k in dirty {
                var n = 0
                for r in ranges[previous..<k] { n += 1 + Self.scalarCount(UnsafeBufferPointer(rebasing: b[r])) }
                gaps.append(n)
                previous = k + 1
            }
        }
        // (Read through a pointer: copying a line's record out per rule was most of this loop.)
        log.edits.reserveCapacity(work.reduce(0) { $0 + $1.edits.count })
        work.withUnsafeBufferPointer { work in
            for r in fixers.indices {
                // Offsets of one rule's edits all refer to the text before that rule ran.
                var offset = 0
                for (d, k) in dirty.enumerated() {
                    offset += gaps[d]
                    let e0 = r == 0 ? 0 : Int(work[d].editEnds[r - 1]), e1 = Int(work[d].editEnds[r])
                    for x in e0..<e1 {
                        var e = work[d].edits[x]
                        let column = e.start + 1
                        e.start += offset
                        e.end += offset
                        log.edits.append(e)
                        observe?(e, k + 1, column)
                    }
                    let f0 = r == 0 ? 0 : Int(work[d].flagEnds[r - 1]), f1 = Int(work[d].flagEnds[r])
                    for x in f0..<f1 {
                        var f = work[d].flags[x]
                        f.start += offset
                        f.end += offset
                        log.flags.append(f)
                    }
                    offset += Int(work[d].countsBefore[r]) + 1
                }
            }
        }
        if work.contains(where: { $0.utf8 != nil }) {
            // The text again: unchanged lines copied as bytes, changed ones as the workers
            // encoded them.
            text = text.withUTF8 { b in
                var out: [UInt8] = []
                out.reserveCapacity(b.count + 256)
                var d = 0
                for (k, r) in ranges.enumerated() {
                    if k > 0 { out.append(10) }
                    if d < dirty.count, dirty[d] == k {
                        if let utf8 = work[d].utf8 { out.append(contentsOf: utf8) } else { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[r])) }
                        d += 1
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[r]))
                    }
                }
                return String(decoding: out, as: UTF8.self)
            }
        }
        return joinLayout(RepairResult(text: text, log: log), observe: observe)
    }

    /// What the chain did to one line: the line after it as UTF-8 (nil when unchanged), and
    /// per rule the edits and flags (offsets within the line as that rule saw it) and the
    /// line's length before the rule. Flat arrays, one pair of bounds a rule: a line is a few
    /// allocations, not a few per rule.
    struct LineWork: Sendable {
        var utf8: [UInt8]?
        var edits: [Edit] = []
        var flags: [Edit] = []
        /// Per rule: where its edits and flags end, and the line's length before it.
        var editEnds: [Int32] = []
        var flagEnds: [Int32] = []
        var countsBefore: [Int32] = []
    }

    func repairLine(_ line: [Unicode.Scalar]) -> LineWork {
        var work = LineWork()
        work.editEnds.reserveCapacity(fixers.count)
        work.flagEnds.reserveCapacity(fixers.count)
        work.countsBefore.reserveCapacity(fixers.count)
        var scalars = line
        var changed = false
        var log = RepairLog()
        for fixer in fixers {
            let edits = fixer.edits(scalars, log: &log)
            work.countsBefore.append(Int32(scalars.count))
            work.edits.append(contentsOf: edits)
            work.editEnds.append(Int32(work.edits.count))
            work.flagEnds.append(Int32(log.flags.count))
            if !edits.isEmpty {
                scalars = scalars.applying(edits)
                changed = true
            }
        }
        work.flags = log.flags
        if changed {
            var utf8: [UInt8] = []
            utf8.reserveCapacity(scalars.count * 3)
            for s in scalars { utf8.appendUTF8(s.value) }
            work.utf8 = utf8
        }
        return work
    }

    /// Scalars in valid UTF-8: the bytes that are not continuation bytes.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for x in b where x & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Texts at least this large (in UTF-8 bytes) with many lines to repair use every core.
    static let parallelBytes = 256 * 1024

    /// The byte range of each line of UTF-8 text, LF-separated (memchr), the last one possibly
    /// empty; one range for empty text.
    static func lineRanges(_ b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = b.baseAddress, !b.isEmpty else { body(0..<0); return }
        var start = 0
        while start <= b.count {
            var end = b.count
            if start < b.count, let hit = memchr(base + start, 10, b.count - start) {
                end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }
            body(start..<end)
            start = end + 1
        }
    }

    /// The cross-line pass: hard breaks inside a sentence.
    func joinLayout(_ result: RepairResult, observe: ((Edit, Int, Int) -> Void)?) -> RepairResult {
        guard let layout, LayoutJoiner.mayJoin(result.text) else { return result }
        let scalars = [Unicode.Scalar](scalarsOf: result.text)
        let edits = layout.edits(scalars)
        guard !edits.isEmpty else { return result }
        var out = result
        if let observe {
            for e in edits {
                let line = scalars[0..<e.start].lazy.filter { $0 == "\n" }.count + 1
                let column = e.start - (scalars[0..<e.start].lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1
                observe(e, line, column)
            }
        }
        out.log.edits.append(contentsOf: edits)
        out.text = Self.splice(result.text, edits)
        return out
    }

    /// Applies ascending, non-overlapping edits (scalar offsets) to the text's UTF-8 directly:
    /// one pass to find the byte offsets, then the untouched stretches copied whole.
    static func splice(_ text: String, _ edits: [Edit]) -> String {
        var text = text
        return text.withUTF8 { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 64)
            var scalar = 0, byte = 0, copied = 0
            // Moves `byte` to the scalar offset `target`, counting scalars by their lead bytes.
            func advance(to target: Int) {
                while scalar < target, byte < b.count {
                    byte += 1
                    while byte < b.count, b[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
            }
            for e in edits {
                advance(to: e.start)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<byte]))
                out.append(contentsOf: e.after.utf8)
                advance(to: e.end)
                copied = byte
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether any standard fixer could change this line, from its UTF-8 alone (a byte loop:
    /// this runs over every byte of every text).
    func needsWork(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let plausibility else { return true }
        return needsWork(bytes: line, plausibility)
    }

    private func needsWork(bytes b: UnsafeBufferPointer<UInt8>, _ plausibility: Plausibility) -> Bool {
        var previousHan = false
        var previousLatin = false
        // The scalar before, for the pairs mojibake makes (Ã‘, Ä°, â€, Рґ, √ü): Plausibility.pairCost.
        var previous: UInt32 = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                // & entities, ` marks, ( after Han (ruby), control characters
                // ; ! after Han: where a byte-level fold misaligned GBK text (seed 001)
                // "Ã " or "Г " (à whose no-break space became a space)
                if c == 0x20 && (previous == 0xC3 || previous == 0x413) { return true }
                if c == 0x26 || c == 0x60 || ((c == 0x28 || c == 0x3B || c == 0x21) && previousHan) || (c < 0x20 && c != 9 && c != 13) || c == 0x7F {
                    return true
                }
                previousLatin = (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
                previousHan = false
                previous = UInt32(c)
                i += 1
                continue
            }
            var v: UInt32
            if c >= 0xF0, i + 3 < n {
                v = (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F)
                i += 4
            } else if c >= 0xE0, i + 2 < n {
                v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                i += 3
            } else if c >= 0xC0, i + 1 < n {
                v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)
                i += 2
            } else {
                return true
            }
            if let scalar = Unicode.Scalar(v), Plausibility.pairCost(previous, scalar) > 0 { return true }
            previous = v
            let han = UnicodeScript.isHan(v)
            if han && previousLatin { return true }
            if v == 0xFF08 && previousHan { return true }                      // （ after Han
            if (0xFF10...0xFF5A).contains(v) { return true }                    // fullwidth alphanumerics
            if LigatureFixer.isLigature(v) { return true }
            if policy.touches(v) { return true }
            if v == 0x200B || v == 0xFEFF || (0x80...0x9F).contains(v) { return true } // invisible, C1
            // Rare ideographs, and the Latin-1 symbols and cp1252 letters that UTF-8 read as
            // Western always produces (its second byte is 0x80–0xBF); accented letters are cheap.
            if v < 0x30000 && plausibility.costs[Int(v)] >= 20 { return true }
            previousHan = han
            previousLatin = false
        }
        return false
    }
}
