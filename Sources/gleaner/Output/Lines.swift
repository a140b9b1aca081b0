import Foundation

/// The lines of a stream, read a megabyte at a time: memory is bounded by the longest line,
/// whatever the input's size. Empty lines are passed on unless skipped (records skip them;
/// the segmenter keeps them, one output line per input line).
enum Lines {
    static func read(_ handle: FileHandle, skippingEmpty: Bool = false, _ body: (Data) throws -> Void) throws {
        var pending = Data()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let nl = pending[start...].firstIndex(of: 10) {
                let line = pending[start..<nl]
                if !(skippingEmpty && line.isEmpty) { try body(Data(line)) }
                start = pending.index(after: nl)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { try body(pending) }
    }
}
