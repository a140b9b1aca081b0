import Foundation
import GleanerModel

/// The Chinese word list (lexicons/words-zh.tsv: jieba's dictionary, MIT, with traditional
/// variants) as an open-addressing table from a 64-bit hash of a word's scalars to its log
/// probability. Every proper prefix of a word is in the table too (marked by a positive
/// value), so extending a candidate word one character at a time stops as soon as no word can
/// continue it — jieba's prefix dictionary, without a String per entry.
public struct WordLexicon: Sendable {
    /// One slot of the table: a 32-bit tag of the key and the value side by side, 8 bytes, so a
    /// probe costs one cache miss and the table (16 MB) mostly stays in the CPU's cache. The slot
    /// position comes from the key's low bits and the tag from its high bits: two strings are
    /// confused only if ~47 bits of their hashes agree (expected 0.003 times over the list).
    struct Slot: Equatable {
        var key: UInt32
        var value: Float
    }

    @inline(__always)
    static func home(_ h: UInt64, _ mask: Int) -> (slot: Int, tag: UInt32) {
        let k = h | 1 // as the builder's keys
        return (Int(truncatingIfNeeded: (k >> 17) ^ k) & mask, UInt32(truncatingIfNeeded: k >> 32) | 1) // tag 0: an empty slot
    }

    let slots: [Slot]
    private let mask: Int
    /// The entry of every single BMP character, read without hashing: every position of a Han
    /// run starts with one (a word, `prefixOnly`, or `absent`). 256 KB, so it stays in cache.
    private let singles: [Float]
    /// Log probability given to a single character the list does not know.
    let unknown: Float
    public let maxLength: Int

    static let prefixOnly: Float = 1
    static let absent: Float = 2

    /// Builds the table from (word scalars, frequency) pairs.
    public init(frequencies: [(word: [UInt32], freq: Int)]) {
        var builder = Builder(expected: frequencies.count)
        for (word, freq) in frequencies { builder.add(word[...], freq: freq) }
        self = builder.finish()
    }

    init(slots: [Slot], unknown: Float, maxLength: Int) {
        self.slots = slots
        self.mask = slots.count - 1
        self.unknown = unknown
        self.maxLength = maxLength
        var singles = [Float](repeating: Self.absent, count: 0x10000)
        for c in 0..<UInt32(0x10000) where !(0xD800...0xDFFF).contains(c) {
            if let v = Self.find(Self.extend(Self.seed, c), slots, mask) { singles[Int(c)] = v }
        }
        self.singles = singles
    }

    /// Loads lexicons/words-zh.tsv: the table from the user's cache when it was built from this
    /// very file before, else built from the list (and cached for the next process).
    public static func load() throws -> WordLexicon {
        guard let folder = LexiconFile.folder() else {
            throw LexiconFile.LoadError.notFound("words-zh.tsv", searched: [])
        }
        let source = folder.appendingPathComponent("words-zh.tsv")
        let cache = WordLexiconCache.location(for: source)
        if let cache, let table = WordLexiconCache.read(cache) { return table }
        let table = try build(from: source)
        if let cache { WordLexiconCache.write(table, to: cache) }
        return table
    }

    /// Builds the table from the word list, decoding its UTF-8 bytes straight into hashes.
    static func build(from source: URL) throws -> WordLexicon {
        let data = try Data(contentsOf: source)
        var builder = Builder(expected: 620_000)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            var line = 0
            var word: [UInt32] = []
            word.reserveCapacity(32)
            while i < b.count {
                var end = i
                while end < b.count, b[end] != 10 { end += 1 }
                defer { i = end + 1; line += 1 }
                if line < 2 { continue } // the comment line and the column names
                word.removeAll(keepingCapacity: true)
                var k = i
                while k < end, b[k] != 9 {
                    let c = UInt32(b[k])
                    if c < 0x80 { word.append(c); k += 1 }
                    else if c >= 0xF0, k + 3 < end { word.append((c & 7) << 18 | UInt32(b[k + 1] & 0x3F) << 12 | UInt32(b[k + 2] & 0x3F) << 6 | UInt32(b[k + 3] & 0x3F)); k += 4 }
                    else if c >= 0xE0, k + 2 < end { word.append((c & 0xF) << 12 | UInt32(b[k + 1] & 0x3F) << 6 | UInt32(b[k + 2] & 0x3F)); k += 3 }
                    else if k + 1 < end { word.append((c & 0x1F) << 6 | UInt32(b[k + 1] & 0x3F)); k += 2 }
                    else { k += 1 }
                }
                var freq = 0
                k += 1
                while k < end, b[k] != 9 { if b[k] >= 48 && b[k] <= 57 { freq = freq * 10 + Int(b[k] - 48) }; k += 1 }
                if !word.isEmpty { builder.add(word[...], freq: freq) }
            }
        }
        return builder.finish()
    }

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always)
    static func extend(_ h: UInt64, _ s: UInt32) -> UInt64 { (h ^ UInt64(s)) &* 0x0000_0100_0000_01B3 }

    /// How often a word occurs in the list's source counts (0 when it is not a word): for rules
    /// that weigh candidates by how common the word they make is.
    public func frequency(_ scalars: [UInt32]) -> Double {
        var h = Self.seed
        for s in scalars { h = Self.extend(h, s) }
        guard let v = lookup(h), v <= 0 else { return 0 }
        return Double(exp(v - unknown))
    }

    /// Whether these scalars are a word of the list (not only a prefix of one).
    public func isWord(_ scalars: [UInt32]) -> Bool {
        var h = Self.seed
        for s in scalars { h = Self.extend(h, s) }
        if let v = lookup(h) { return v <= 0 }
        return false
    }

    /// The entry for a hash: a log probability (≤ 0) for a word, `prefixOnly` for a prefix of
    /// words that is not itself one, nil when nothing starts this way.
    @inline(__always)
    func lookup(_ h: UInt64) -> Float? { Self.find(h, slots, mask) }

    /// The entry of the one-character string `c` (the same as `lookup` of its hash).
    @inline(__always)
    func single(_ c: UInt32) -> Float? {
        guard c < 0x10000 else { return lookup(Self.extend(Self.seed, c)) }
        let v = singles[Int(c)]
        return v == Self.absent ? nil : v
    }

    @inline(__always)
    static func find(_ h: UInt64, _ slots: [Slot], _ mask: Int) -> Float? {
        var (slot, key) = home(h, mask)
        while true {
            let k = slots[slot].key
            if k == key { return slots[slot].value }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Inserts straight into the open-addressing table (sized for the lexicon up front), then
    /// turns frequencies into log probabilities in one pass.
    /// Builds with full 64-bit keys (so it can grow), then packs the slots into tagged ones.
    fileprivate struct Builder {
        var keys: [UInt64]
        var values: [Float]
        var mask: Int
        var count = 0
        var total = 0.0
        var longest = 1

        init(expected: Int) {
            var capacity = 1
            while capacity < expected * 3 { capacity <<= 1 } // words and their prefixes, under half full
            keys = [UInt64](repeating: 0, count: capacity)
            values = [Float](repeating: 0, count: capacity)
            mask = capacity - 1
        }

        mutating func add(_ word: ArraySlice<UInt32>, freq: Int) {
            total += Double(max(1, freq))
            longest = max(longest, word.count)
            var h = WordLexicon.seed
            for (k, s) in word.enumerated() {
                h = WordLexicon.extend(h, s)
                let key = h | 1 // 0 marks an empty slot
                var slot = Int(truncatingIfNeeded: (key >> 17) ^ key) & mask
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                if keys[slot] == 0 {
                    if count * 2 >= keys.count { grow(); add(word, freq: freq); total -= Double(max(1, freq)); return }
                    keys[slot] = key
                    values[slot] = WordLexicon.prefixOnly
                    count += 1
                }
                if k == word.count - 1 { values[slot] = -Float(max(1, freq)) } // a word (frequency for now)
            }
        }

        mutating func grow() {
            let oldKeys = keys, oldValues = values
            keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
            values = [Float](repeating: 0, count: oldKeys.count * 2)
            mask = keys.count - 1
            for (k, key) in oldKeys.enumerated() where key != 0 {
                var slot = Int(truncatingIfNeeded: (key >> 17) ^ key) & mask
                while keys[slot] != 0 { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = oldValues[k]
            }
        }

        func finish() -> WordLexicon {
            let logTotal = Float(log(max(1, total)))
            var slots = [Slot](repeating: Slot(key: 0, value: 0), count: keys.count)
            for (k, key) in keys.enumerated() where key != 0 {
                let value = values[k] < 0 ? log(-values[k]) - logTotal : values[k]
                var (slot, tag) = WordLexicon.home(key, mask)
                while slots[slot].key != 0 { slot = (slot + 1) & mask }
                slots[slot] = Slot(key: tag, value: value)
            }
            return WordLexicon(slots: slots, unknown: -logTotal, maxLength: min(longest, 16))
        }
    }
}
