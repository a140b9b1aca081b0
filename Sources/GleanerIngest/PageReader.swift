import GleanerModel

/// One page's bytes → its main text and metadata, with the charset decision: gzip undone,
/// HTML told from text, HTML decoded the WHATWG way and extracted, text snapshots cleaned of
/// their crawler header and trailer.
public struct PageReader: Sendable {
    public var decoder = PageDecoder()
    public var extractor = HTMLExtractor()
    public var maxBytes: Int

    public init(maxBytes: Int = 64 << 20) {
        self.maxBytes = maxBytes
    }

    public enum Failure: Error, CustomStringConvertible {
        case gzip(String)
        public var description: String {
            switch self { case .gzip(let why): return why }
        }
    }

    public struct Page: Sendable {
        public var extracted: ExtractedPage
        public var charset: CharsetDecision
        public var isHTML: Bool
    }

    public func read(_ raw: [UInt8], contentType: String? = nil, url: String? = nil, providedText: String? = nil) throws -> Page {
        var bytes = raw
        if Gzip.isGzip(raw) {
            let r = Gzip.gunzipAll(raw, limit: maxBytes)
            guard r.outcome == .complete || (r.outcome == .truncated && !r.output.isEmpty) else {
                throw Failure.gzip("gzip data \(r.outcome) at offset \(r.at) (\(r.output.count) bytes inflated)")
            }
            bytes = r.output
        }
        let text: String
        let decision: CharsetDecision
        if let providedText {
            text = providedText
            decision = CharsetDecision(charset: "UTF-8", reason: .provided)
        } else {
            (text, decision) = try decoder.decode(bytes, contentType: contentType)
        }
        let kind: PageKind = providedText.map { PageKind.looksLikeHTML(Array($0.utf8.prefix(2048))) ? .html : .text }
            ?? PageKind.of(contentType: contentType, url: url, bytes: bytes)
        if kind == .html {
            return Page(extracted: extractor.extract(html: text, url: url), charset: decision, isHTML: true)
        }
        return Page(extracted: TextSnapshot.clean(text), charset: decision, isHTML: false)
    }
}
