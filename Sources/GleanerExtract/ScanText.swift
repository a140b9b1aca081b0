import GleanerModel
import ICUKit

/// The text an extractor scans: the document's Unicode scalars normalized for matching —
/// traditional Han folded to simplified (lexicons are simplified), full-width ASCII to ASCII,
/// ruby-pinyin artifacts (社區(qū)) and stray backticks skipped — with a map back to the original
/// scalar offsets, so every entity's start/end/text refers to the text as given.
struct ScanText {
    /// Normalized scalar values.
    let u: [UInt32]
    /// For each normalized index, its original scalar offset; one extra element = original count.
    let orig: [Int]
    let original: [Unicode.Scalar]

    init(_ text: String, simplified: [UInt32: UInt32]) {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        original = scalars
        // Traditional → simplified, one scalar for one scalar (ICU's rules read into a table).
        var folded = scalars
        if !simplified.isEmpty {
            for k in folded.indices where folded[k].value >= 0x3400 {
                if let s = simplified[folded[k].value], let c = Unicode.Scalar(s) { folded[k] = c }
            }
        }
        var u: [UInt32] = []
        var orig: [Int] = []
        u.reserveCapacity(folded.count)
        orig.reserveCapacity(folded.count + 1)
        var i = 0
        let n = folded.count
        while i < n {
            var v = folded[i].value
            // Ruby pinyin after a Han character: (qū), (jié), (dòng) …
            if (v == 0x28 || v == 0xFF08), i > 0, isHan(folded[i - 1].value) {
                var j = i + 1
                var letters = 0
                var toned = false
                while j < n, j - i <= 8, isPinyinLetter(folded[j].value) {
                    if folded[j].value > 0x7F { toned = true }
                    letters += 1
                    j += 1
                }
                if letters >= 1, j < n, folded[j].value == 0x29 || folded[j].value == 0xFF09,
                   toned || letters >= 2, allLower(folded, i + 1, j) {
                    i = j + 1
                    continue
                }
            }
            if v == 0x60 { i += 1; continue }  // stray backtick
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
            else if v == 0x3000 { v = 0x20 }
            u.append(v)
            orig.append(i)
            i += 1
        }
        orig.append(n)
        self.u = u
        self.orig = orig
    }

    var count: Int { u.count }

    subscript(i: Int) -> UInt32 { i >= 0 && i < u.count ? u[i] : 0 }

    /// The original text between normalized indexes [a, b).
    func text(_ a: Int, _ b: Int) -> String {
        let lo = orig[a], hi = b > a ? orig[b - 1] + 1 : lo
        return String(scalars: original[lo..<hi])
    }

    /// The normalized text between [a, b).
    func norm(_ a: Int, _ b: Int) -> String {
        var s = String.UnicodeScalarView()
        for i in max(0, a)..<min(b, u.count) { if let sc = Unicode.Scalar(u[i]) { s.append(sc) } }
        return String(s)
    }

    /// The normalized scalars of [a, b), for the segmenter.
    func scalars(_ a: Int, _ b: Int) -> [Unicode.Scalar] {
        (max(0, a)..<min(b, u.count)).compactMap { Unicode.Scalar(u[$0]) }
    }

    func start(_ a: Int) -> Int { orig[a] }
    func end(_ b: Int) -> Int { b > 0 ? orig[b - 1] + 1 : 0 }

    func hasPrefix(_ word: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= u.count else { return false }
        for k in 0..<word.count where u[i + k] != word[k] { return false }
        return true
    }

    /// Case-insensitive (ASCII and Latin-1) prefix test.
    /// The same for a word given as a string (a literal), without building its scalar array.
    func hasPrefixFolded(_ word: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        for c in word.unicodeScalars {
            guard k < u.count, foldLatin(u[k]) == foldLatin(c.value) else { return false }
            k += 1
        }
        return true
    }
    func hasPrefix(_ word: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        for c in word.unicodeScalars {
            guard k < u.count, u[k] == c.value else { return false }
            k += 1
        }
        return true
    }

    func hasPrefixFolded(_ word: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= u.count else { return false }
        for k in 0..<word.count where foldLatin(u[i + k]) != foldLatin(word[k]) { return false }
        return true
    }
}

@inline(__always) func isHan(_ v: UInt32) -> Bool {
    (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FA1F) || v == 0x3007
}
@inline(__always) func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
@inline(__always) func isLatinLetter(_ v: UInt32) -> Bool {
    (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
}
@inline(__always) func isUpper(_ v: UInt32) -> Bool {
    (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7)
}
@inline(__always) func lower(_ v: UInt32) -> UInt32 {
    if (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7) { return v + 32 }
    return v
}
/// Lowercase and without the acute accent or diaeresis Spanish writers often leave off
/// (próximo = proximo, día = dia); ñ stays (año is no ano).
@inline(__always) func foldLatin(_ v: UInt32) -> UInt32 {
    let l = lower(v)
    guard l >= 0xE0 && l <= 0xFC else { return l }
    switch l {
    case 0xE1: return 0x61  // á
    case 0xE9: return 0x65  // é
    case 0xED: return 0x69  // í
    case 0xF3: return 0x6F  // ó
    case 0xFA, 0xFC: return 0x75  // ú ü
    default: return l
    }
}
/// A word folded as `foldLatin` folds each letter.
func foldedLatin(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars { out.append(Unicode.Scalar(foldLatin(c.value)) ?? c) }
    return String(out)
}
func isPinyinLetter(_ v: UInt32) -> Bool {
    (v >= 0x61 && v <= 0x7A) || (v >= 0xE0 && v <= 0xFC) || (v >= 0x100 && v <= 0x1DC)
}
private func allLower(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
    for k in a..<b where s[k].value >= 0x41 && s[k].value <= 0x5A { return false }
    return true
}
func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

/// A trie over scalar sequences, built once; `longest(at:)` finds the longest entry starting at i.
struct Trie<Value: Sendable>: Sendable {
    /// All edges in one table keyed by (node, scalar): one allocation instead of one per node
    /// (the gazetteer's trie has some 100,000 nodes, built at every start).
    private var edges: [UInt64: Int32] = [:]
    private var values: [[Value]] = [[]]
    @inline(__always) private static func key(_ node: Int, _ c: UInt32) -> UInt64 { UInt64(node) << 32 | UInt64(c) }
    private let folding: Bool

    init(caseFolding: Bool = false) { folding = caseFolding }

    mutating func insert(_ key: String, _ value: Value) {
        var node = 0
        for v in key.unicodeScalars.map(\.value) {
            let c = folding ? foldLatin(v) : v
            if let next = edges[Self.key(node, c)] { node = Int(next) } else {
                values.append([])
                edges[Self.key(node, c)] = Int32(values.count - 1)
                node = values.count - 1
            }
        }
        values[node].append(value)
    }

    /// All matches starting at i, shortest first: (end index, values).
    func matches(_ t: ScanText, at i: Int) -> [(end: Int, values: [Value])] {
        var out: [(Int, [Value])] = []
        var node = 0
        var j = i
        while j < t.count {
            let c = folding ? foldLatin(t.u[j]) : t.u[j]
            guard let next = edges[Self.key(node, c)] else { break }
            node = Int(next)
            j += 1
            if !values[node].isEmpty { out.append((j, values[node])) }
        }
        return out
    }

    /// The longest match starting at i (no list built: the date scan asks at every offset).
    func longest(_ t: ScanText, at i: Int) -> (end: Int, values: [Value])? {
        var node = 0, j = i, best = -1, bestNode = 0
        while j < t.count {
            let c = folding ? foldLatin(t.u[j]) : t.u[j]
            guard let next = edges[Self.key(node, c)] else { break }
            node = Int(next)
            j += 1
            if !values[node].isEmpty { best = j; bestNode = node }
        }
        return best < 0 ? nil : (best, values[bestNode])
    }

    /// Does any key start with this scalar?
    func hasEdge(from c: UInt32) -> Bool { edges[Self.key(0, folding ? foldLatin(c) : c)] != nil }

    func lookup(_ key: String) -> [Value] {
        var node = 0
        for v in key.unicodeScalars.map(\.value) {
            guard let next = edges[Self.key(node, folding ? foldLatin(v) : v)] else { return [] }
            node = Int(next)
        }
        return values[node]
    }
}
