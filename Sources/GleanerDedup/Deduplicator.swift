import Dispatch

/// Near-duplicate clustering of a collection of whole crawled pages: count recurring lines,
/// take each page's body, fold it, sign it (in parallel), then add the signatures in input
/// order to a `DuplicateIndex`; each document's cluster is its representative's position.
public struct Deduplicator: Sendable {
    public var minHash = MinHash()
    public var thresholds = DuplicateIndex.Thresholds()
    public var rowsPerBand = 3
    let folding: ShingleText

    public init(folding: ShingleText) {
        self.folding = folding
    }

    /// Seconds spent in each phase of the last `clusters` call.
    public struct Timings: Sendable, Codable {
        public var countLines = 0.0
        public var sign = 0.0
        public var cluster = 0.0

        public init() {}
    }

    /// The representative's position for every text, in order.
    public func clusters(_ texts: [String]) -> [Int] {
        var timings = Timings()
        return clusters(texts, timings: &timings)
    }

    public func clusters(_ texts: [String], timings: inout Timings) -> [Int] {
        func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
        var t = now()
        var lines = BoilerplateLines()
        for text in texts { lines.count(text, folding: folding) }
        timings.countLines = now() - t
        t = now()
        let signatures = signatures(texts, boilerplate: lines)
        timings.sign = now() - t
        t = now()
        var index = DuplicateIndex(rowsPerBand: rowsPerBand, thresholds: thresholds)
        for s in signatures { index.add(s) }
        let reps = index.representatives()
        timings.cluster = now() - t
        return reps
    }

    /// Bodies signed in parallel over the machine's cores.
    public func signatures(_ texts: [String], boilerplate: BoilerplateLines) -> [Signature] {
        let out = UnsafeMutableBufferPointer<Signature>.allocate(capacity: texts.count)
        defer { out.deallocate() }
        nonisolated(unsafe) let results = out
        let minHash = self.minHash, folding = self.folding
        texts.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: input.count) { i in
                let body = boilerplate.body(input[i], folding: folding)
                (results.baseAddress! + i).initialize(to: minHash.signature(minHash.shingles(body)))
            }
        }
        return Array(out)
    }
}
