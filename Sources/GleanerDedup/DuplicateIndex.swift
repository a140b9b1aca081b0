/// Locality-sensitive hashing over signatures: documents sharing any band (r consecutive
/// signature values) become candidates, and every candidate is verified against the
/// thresholds before it counts. Verified matches are unioned (union-find), so a document that
/// matches two earlier clusters joins them; a cluster's representative is its earliest member.
public struct DuplicateIndex: Sendable {
    public struct Thresholds: Sendable, Equatable {
        /// Estimated Jaccard at or above which two bodies are the same story.
        public var jaccard: Double
        /// Estimated containment at or above which the smaller body is a cut-down copy.
        public var containment: Double
        /// Containment is trusted only for bodies of at least this many shingles.
        public var minimumContained: Int

        public init(jaccard: Double = 0.4, containment: Double = 0.9, minimumContained: Int = 150) {
            self.jaccard = jaccard
            self.containment = containment
            self.minimumContained = minimumContained
        }

        func match(_ a: Signature, _ b: Signature) -> Bool {
            let j = a.jaccard(b)
            if j >= jaccard { return true }
            return min(a.setSize, b.setSize) >= minimumContained && j > 0.1 && a.containment(b) >= containment
        }
    }

    public let rowsPerBand: Int
    public let thresholds: Thresholds
    private var buckets: [UInt64: [Int]] = [:]
    private(set) var signatures: [Signature] = []
    private var parent: [Int] = []

    public init(rowsPerBand: Int = 3, thresholds: Thresholds = Thresholds()) {
        self.rowsPerBand = rowsPerBand
        self.thresholds = thresholds
    }

    /// Band keys of a signature: one 64-bit hash per band (stored by the archive, indexed).
    public func bandKeys(_ s: Signature) -> [UInt64] {
        guard s.setSize > 0 else { return [] }
        let bands = s.values.count / rowsPerBand
        return (0..<bands).map { b in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(b)
            for r in 0..<rowsPerBand {
                h = (h ^ UInt64(s.values[b * rowsPerBand + r])) &* 0x0000_0100_0000_01B3
            }
            return h
        }
    }

    /// Adds a document; returns the positions of the earlier documents it was verified against.
    @discardableResult
    public mutating func add(_ s: Signature) -> [Int] {
        let index = signatures.count
        signatures.append(s)
        parent.append(index)
        var matches: [Int] = []
        var checked = Set<Int>()
        let keys = bandKeys(s)
        for key in keys {
            for other in buckets[key, default: []] where checked.insert(other).inserted {
                guard thresholds.match(s, signatures[other]) else { continue }
                matches.append(other)
                union(index, other)
            }
        }
        for key in keys { buckets[key, default: []].append(index) }
        return matches
    }

    /// The earliest member of the document's cluster.
    public mutating func representative(of i: Int) -> Int {
        var root = i
        while parent[root] != root { root = parent[root] }
        var j = i
        while parent[j] != root { let next = parent[j]; parent[j] = root; j = next }
        return root
    }

    /// Every document's representative, in order.
    public mutating func representatives() -> [Int] {
        (0..<parent.count).map { representative(of: $0) }
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let ra = representative(of: a), rb = representative(of: b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
