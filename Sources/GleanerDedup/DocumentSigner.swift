import GleanerModel

/// Near-duplicate keys for documents entering an archive one batch at a time: the body
/// (without collection statistics, the paragraph block of the page), its signature and LSH
/// band keys as plain values the archive stores, and the verification the archive calls on
/// candidates.
public struct DocumentSigner: Sendable {
    public let minHash: MinHash
    public let thresholds: DuplicateIndex.Thresholds
    let index: DuplicateIndex
    let folding: ShingleText

    public init(folding: ShingleText, minHash: MinHash = MinHash(), thresholds: DuplicateIndex.Thresholds = .init()) {
        self.folding = folding
        self.minHash = minHash
        self.thresholds = thresholds
        self.index = DuplicateIndex(thresholds: thresholds)
    }

    /// (signature bytes, band keys) of a document's text.
    public func key(_ text: String) -> (signature: [UInt8], bands: [Int64]) {
        let body = BoilerplateLines().body(text, folding: folding)
        let signature = minHash.signature(minHash.shingles(body))
        return (signature.bytes, index.bandKeys(signature).map { Int64(bitPattern: $0) })
    }

    /// One hash per paragraph of its folded text (0 when nothing is left after folding), so the
    /// archive can count a paragraph's recurrence across a site without storing it twice.
    public func paragraphHashes(_ paragraphs: [Paragraph]) -> [Int64] {
        paragraphs.map { Int64(bitPattern: BoilerplateLines.hash(folding.fold($0.text[...]))) }
    }

    /// Whether two stored signatures are the same story.
    public func verify(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard let x = Signature(bytes: a), let y = Signature(bytes: b), x.values.count == y.values.count else { return false }
        return thresholds.match(x, y)
    }
}
