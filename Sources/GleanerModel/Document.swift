/// The text of one snapshot, decoded, repaired and split into paragraphs: what stages after
/// decoding read and what the archive stores and searches.
public struct Document: Sendable {
    public var title: String?
    public var text: String
    public var paragraphs: [Paragraph]
    public var charset: CharsetDecision
    public var edits: [Edit]
    public var language: String?
    public var published: String?
    /// Who wrote it, who first published it (本文转自, 来源), the site that served it and the
    /// page's canonical address, as the page states them.
    public var author: String?
    public var source: String?
    public var site: String?
    public var canonicalURL: String?

    public init(title: String?, text: String, paragraphs: [Paragraph], charset: CharsetDecision,
                edits: [Edit] = [], language: String? = nil, published: String? = nil,
                author: String? = nil, source: String? = nil, site: String? = nil, canonicalURL: String? = nil) {
        self.author = author
        self.source = source
        self.site = site
        self.canonicalURL = canonicalURL
        self.title = title
        self.text = text
        self.paragraphs = paragraphs
        self.charset = charset
        self.edits = edits
        self.language = language
        self.published = published
    }
}

/// A paragraph of a document: its text and where it sits (Unicode scalar offsets in the
/// document text).
public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// Splits text into paragraphs at line breaks, dropping blank lines and trimming spaces;
    /// offsets stay those of the original text.
    public static func split(_ text: String) -> [Paragraph] {
        var result: [Paragraph] = []
        var offset = 0
        var lineStart = 0
        var line: [Unicode.Scalar] = []
        func flush() {
            // Trim whitespace (including the ideographic space U+3000) at both ends.
            var lo = 0, hi = line.count
            while lo < hi, line[lo].properties.isWhitespace { lo += 1 }
            while hi > lo, line[hi - 1].properties.isWhitespace { hi -= 1 }
            if hi > lo {
                result.append(Paragraph(text: String(scalars: line[lo..<hi]), start: lineStart + lo, end: lineStart + hi))
            }
            line.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                flush()
                lineStart = offset + 1
            } else {
                line.append(scalar)
            }
            offset += 1
        }
        flush()
        return result
    }
}
