import CZlib

/// gzip / zlib / raw-deflate inflation through zlib (the CZlib shim).
public enum Gzip {
    public enum Outcome: Equatable {
        /// The stream ended properly.
        case complete
        /// The input ended before the stream did: what was inflated so far is returned.
        case truncated
        /// The compressed data is corrupt at some point.
        case corrupt
        /// The output passed the size limit.
        case tooLarge
    }

    public enum Mode: Int32 { case gzip = 0, zlib = 1, raw = 2 }

    public static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var it = bytes.makeIterator()
        return it.next() == 0x1F && it.next() == 0x8B
    }

    /// Inflates one stream (one gzip member) from the start of `bytes`.
    public static func inflate(_ bytes: UnsafeRawBufferPointer, mode: Mode = .gzip, limit: Int = 1 << 31)
        -> (output: [UInt8], consumed: Int, outcome: Outcome)
    {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
            return ([], 0, .truncated)
        }
        var consumed = 0
        var out: UnsafeMutablePointer<UInt8>?
        var outlen = 0
        let status = czlib_inflate(base, bytes.count, mode.rawValue, limit, &consumed, &out, &outlen)
        defer { czlib_free(out) }
        let output = out.map { [UInt8](UnsafeBufferPointer(start: $0, count: outlen)) } ?? []
        let outcome: Outcome = switch status {
        case 0: .complete
        case 1: .truncated
        case 2: .tooLarge
        default: .corrupt
        }
        return (output, consumed, outcome)
    }

    public static func inflate(_ bytes: [UInt8], mode: Mode = .gzip, limit: Int = 1 << 31)
        -> (output: [UInt8], consumed: Int, outcome: Outcome)
    {
        bytes.withUnsafeBytes { inflate($0, mode: mode, limit: limit) }
    }

    /// Every member of a gzip file concatenated (a .html.gz, a per-record-gzipped WARC).
    public static func gunzipAll(_ bytes: [UInt8], limit: Int = 1 << 31) -> (output: [UInt8], outcome: Outcome, at: Int) {
        var output: [UInt8] = []
        var offset = 0
        return bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let r = inflate(UnsafeRawBufferPointer(rebasing: raw[offset...]), mode: .gzip, limit: limit - output.count)
                output.append(contentsOf: r.output)
                if r.outcome != .complete { return (output, r.outcome, offset) }
                offset += r.consumed
                // Trailing zero padding after the last member is tolerated.
                if offset < raw.count, raw[offset] != 0x1F { return (output, .complete, offset) }
            }
            return (output, .complete, offset)
        }
    }
}
