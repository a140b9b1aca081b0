/// MinHash signatures over hashed character shingles.
///
/// Each shingle (k consecutive folded scalars) is hashed once to 64 bits; the i-th of the
/// signature's values is the minimum over shingles of a cheap permutation of that hash
/// (xor with a per-slot seed, multiply by an odd constant, take the high 32 bits).
public struct MinHash: Sendable {
    public let size: Int
    public let shingle: Int
    let seeds: [UInt64]
    let multipliers: [UInt64]

    public init(size: Int = 128, shingle: Int = 5, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) {
        self.size = size
        self.shingle = shingle
        var state = seed
        func next() -> UInt64 { // splitmix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        seeds = (0..<size).map { _ in next() }
        multipliers = (0..<size).map { _ in next() | 1 }
    }

    /// The distinct shingle hashes of folded text (a text shorter than one shingle is one
    /// shingle of itself, so short texts still compare).
    public func shingles(_ folded: [UInt32]) -> [UInt64] {
        if folded.isEmpty { return [] }
        let k = min(shingle, folded.count)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(folded.count)
        for start in 0...(folded.count - k) {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for j in 0..<k { h = (h ^ UInt64(folded[start + j])) &* 0x0000_0100_0000_01B3 }
            hashes.append(h)
        }
        hashes.sort()
        var w = 0
        for i in hashes.indices where i == 0 || hashes[i] != hashes[i - 1] {
            hashes[w] = hashes[i]
            w += 1
        }
        hashes.removeLast(hashes.count - w)
        return hashes
    }

    /// The signature of a set of shingle hashes.
    public func signature(_ shingles: [UInt64]) -> Signature {
        var mins = [UInt32](repeating: .max, count: size)
        shingles.withUnsafeBufferPointer { sh in
            mins.withUnsafeMutableBufferPointer { m in
                for i in 0..<size {
                    let s = seeds[i], a = multipliers[i]
                    var best = UInt32.max
                    for h in sh {
                        let v = UInt32(truncatingIfNeeded: ((h ^ s) &* a) >> 32)
                        if v < best { best = v }
                    }
                    m[i] = best
                }
            }
        }
        return Signature(values: mins, setSize: shingles.count)
    }
}

/// A MinHash signature with the size of the set it summarises (for containment estimates).
public struct Signature: Sendable, Equatable {
    public var values: [UInt32]
    public var setSize: Int

    public init(values: [UInt32], setSize: Int) {
        self.values = values
        self.setSize = setSize
    }

    /// Estimated Jaccard similarity: the share of equal slots.
    public func jaccard(_ other: Signature) -> Double {
        guard setSize > 0, other.setSize > 0 else { return 0 }
        var same = 0
        for i in values.indices where values[i] == other.values[i] { same += 1 }
        return Double(same) / Double(values.count)
    }

    /// Estimated containment of the smaller set in the larger: |A∩B| / min(|A|, |B|), from
    /// Jaccard and the set sizes (|A∩B| = J·(|A|+|B|)/(1+J)). Finds truncated copies, whose
    /// Jaccard with the original falls with the share cut.
    public func containment(_ other: Signature) -> Double {
        let j = jaccard(other)
        guard j > 0 else { return 0 }
        let inter = j * Double(setSize + other.setSize) / (1 + j)
        return min(1, inter / Double(min(setSize, other.setSize)))
    }

    /// Bytes for storage: set size then values, little-endian.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4 * (values.count + 1))
        for v in [UInt32(truncatingIfNeeded: setSize)] + values {
            out.append(UInt8(v & 0xFF)); out.append(UInt8((v >> 8) & 0xFF))
            out.append(UInt8((v >> 16) & 0xFF)); out.append(UInt8(v >> 24))
        }
        return out
    }

    public init?(bytes: [UInt8]) {
        guard bytes.count >= 8, bytes.count % 4 == 0 else { return nil }
        var words: [UInt32] = []
        for i in stride(from: 0, to: bytes.count, by: 4) {
            words.append(UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
        }
        self.init(values: Array(words.dropFirst()), setSize: Int(words[0]))
    }
}
