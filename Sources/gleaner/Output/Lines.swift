import Foundation

/// The lines of a stream, read a megabyte at a time: memory is bounded by the longest line,
/// whatever the input's size. Empty lines are passed on unless skipped (records skip them;
/// the segmenter keeps them, one output line per input line).
enum Lines {
    static func read(_ handle: FileHandle, skippingEmpty: Bool = false, _ body: (Data) throws -> Void) throws {
        var pending = Data()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            // Newlines found with memchr over the bytes: Data's generic firstIndex(of:) went
            // through an exclusivity check per byte and cost more than segmenting the line.
            var lines: [Range<Int>] = []
            pending.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                guard let base = raw.baseAddress else { lines.append(0..<0); return }
                var start = 0
                while start < raw.count, let hit = memchr(base + start, 10, raw.count - start) {
                    let nl = base.distance(to: UnsafeRawPointer(hit))
                    lines.append(start..<nl)
                    start = nl + 1
                }
                lines.append(start..<raw.count) // the unfinished rest
            }
            let base = pending.startIndex
            for line in lines.dropLast() where !(skippingEmpty && line.isEmpty) {
                try body(pending.subdata(in: base + line.lowerBound..<base + line.upperBound))
            }
            let rest = lines[lines.count - 1]
            pending = pending.subdata(in: base + rest.lowerBound..<base + rest.upperBound)
        }
        if !pending.isEmpty { try body(pending) }
    }
}
