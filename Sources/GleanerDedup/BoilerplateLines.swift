/// Site boilerplate by recurrence: a line (folded) that appears in many documents of a
/// collection — a site header, a copyright line, a "related articles" heading — is not part
/// of any one story. Lines are counted by hash only, so memory is bounded by the number of
/// distinct lines, never by the texts.
public struct BoilerplateLines: Sendable {
    private var counts: [UInt64: Int32] = [:]
    /// Counts of line shapes: the folded line with its digits masked, so that a template line
    /// that differs only by its date or counter ("2024-04-22 15:36 来源：某报 字号：大 中 小")
    /// recurs like a fixed one.
    private var shapes: [UInt64: Int32] = [:]
    public private(set) var documents = 0

    public init() {}

    public mutating func count(_ text: String, folding: ShingleText) {
        documents += 1
        var seen = Set<UInt64>()
        for line in Self.lines(text) {
            let f = folding.fold(line)
            let h = Self.hash(f)
            if h != 0, seen.insert(h).inserted { counts[h, default: 0] += 1 }
            let shape = Self.shapeHash(f)
            if shape != 0, seen.insert(shape).inserted { shapes[shape, default: 0] += 1 }
        }
    }

    /// A line is boilerplate when it recurs in a share of the collection that no one story
    /// reaches: short lines (headers, "print this page", copyright) in at least 5 documents
    /// and 0.5% of them, long lines (disclaimers) in at least 20 and 2%. A story's own lines —
    /// syndicated, or stock phrases — recur in a handful.
    public func isBoilerplate(_ folded: [UInt32]) -> Bool {
        var n = Int(counts[Self.hash(folded)] ?? 0)
        let shape = Self.shapeHash(folded)
        if shape != 0 { n = max(n, Int(shapes[shape] ?? 0)) }
        if folded.count <= 40 { return n >= max(5, documents / 200) }
        return n >= max(20, documents / 50)
    }

    /// The hash of a folded line with every ASCII digit masked, or 0 when it has no digit.
    static func shapeHash(_ folded: [UInt32]) -> UInt64 {
        var h: UInt64 = 0x84222325_CBF29CE4
        var digits = false
        for v in folded {
            let isDigit = v >= 0x30 && v <= 0x39
            digits = digits || isDigit
            h = (h ^ UInt64(isDigit ? 0x23 : v)) &* 0x0000_0100_0000_01B3
        }
        return digits ? (h == 0 ? 1 : h) : 0
    }

    /// With statistics over enough documents, recurrence alone tells page furniture from the
    /// story, so every remaining line is body (short story lines included); without them
    /// (a single page at ingest) the body is the block between the first and last long lines.
    public var minimumDocumentsForStatistics = 20

    /// Story text comes in paragraphs; page furniture (bylines, dates, "font size", link
    /// lists) comes in short lines. Lines shorter than this (folded) are left out of the body.
    public var minimumLine = 25

    /// The folded body: every line less recurring boilerplate lines (and line shapes) and
    /// bullet-led link-list items. Without collection statistics (fewer documents counted than
    /// `minimumDocumentsForStatistics`), only the block from the first paragraph-long line to
    /// the last one, short lines inside it included (headers, bylines and footers sit outside
    /// it); a page with no long line keeps all its lines (a short text is still its own body).
    /// Trimming to the long-line block when statistics exist cost recall (short story lines
    /// lost, truncated copies cut differently): seed 11, R 0.983 trimmed vs 0.991 untrimmed.
    public func body(_ text: String, folding: ShingleText) -> [UInt32] {
        var lines: [(folded: [UInt32], long: Bool)] = []
        for line in Self.lines(text) {
            let f = folding.fold(line)
            if f.isEmpty || isBoilerplate(f) || Self.isListItem(line) { continue }
            lines.append((f, f.count >= minimumLine))
        }
        if documents >= minimumDocumentsForStatistics {
            return lines.flatMap(\.folded)
        }
        guard let first = lines.firstIndex(where: \.long), let last = lines.lastIndex(where: \.long) else {
            return lines.flatMap(\.folded)
        }
        return lines[first...last].flatMap(\.folded)
    }

    /// A line led by a bullet is an item of a link list ("related articles", navigation).
    static func isListItem(_ line: Substring) -> Bool {
        guard let first = line.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return ["·", "•", "▪", "●", "◆", "■", "-", "*", ">", "»", "○", "◇", "□"].contains(first)
    }

    /// Lines split on LF, CR and U+2028 by scanning UTF-8 (splitting by Character would run
    /// grapheme segmentation over every page).
    static func lines(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            var length = 0
            if b == 10 || b == 13 { length = 1 }
            else if b == 0xE2, let j = utf8.index(i, offsetBy: 2, limitedBy: utf8.endIndex), j != utf8.endIndex,
                    utf8[utf8.index(after: i)] == 0x80, utf8[j] == 0xA8 || utf8[j] == 0xA9 { length = 3 }
            if length > 0 {
                if start != i { out.append(text[start..<i]) }
                i = utf8.index(i, offsetBy: length)
                start = i
            } else {
                i = utf8.index(after: i)
            }
        }
        if start != utf8.endIndex { out.append(text[start..<utf8.endIndex]) }
        return out
    }

    static func hash(_ folded: [UInt32]) -> UInt64 {
        if folded.isEmpty { return 0 }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in folded { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return h == 0 ? 1 : h
    }
}
