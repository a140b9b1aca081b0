import CZlib
import Foundation
import GleanerModel

/// A file's plain bytes, read in chunks: uncompressed files as they are, gzip files member by
/// member through one reused zlib stream, so memory stays fixed whatever the file's size (WARC
/// files, gzipped JSON lines). Damaged gzip data is a problem naming the member's offset in the
/// file, and reading goes on at the next member that can be found.
public final class PlainStream {
    private let handle: FileHandle
    private var packed: [UInt8] = []
    private var packedPos = 0
    /// File offset of `packed[0]`.
    private var packedBase = 0
    private var fileEnded = false
    private var inflater: UnsafeMutableRawPointer?
    private var atMemberStart = true
    private var memberOffset = 0
    private var memberBytes = 0
    /// Plain bytes produced so far.
    private(set) var produced = 0
    /// No more plain bytes will come.
    public private(set) var ended = false
    public let compressed: Bool
    /// Where gzip members start: (plain offset, file offset), pruned behind the reader.
    private(set) var members: [(plain: Int, packed: Int)] = []
    private(set) var memberCount = 0
    /// Problems met since the caller last took them.
    public var problems: [(offset: Int, kind: Problem.Kind, message: String)] = []

    /// How many file bytes are read at a time.
    let chunk: Int

    public init(path: String, chunk: Int = 1 << 20) throws {
        self.chunk = chunk
        guard let h = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        handle = h
        packed = [UInt8](h.readData(ofLength: chunk))
        fileEnded = packed.count < chunk
        compressed = Gzip.isGzip(packed)
        if compressed { inflater = czlib_stream_new(0) }
    }

    deinit {
        czlib_stream_free(inflater)
        try? handle.close()
    }

    /// Reads more file bytes; false at the end of the file.
    private func fill() -> Bool {
        if fileEnded { return false }
        if packedPos > 0 {
            packed.removeFirst(packedPos)
            packedBase += packedPos
            packedPos = 0
        }
        let more = handle.readData(ofLength: chunk)
        if more.count < chunk { fileEnded = true }
        packed.append(contentsOf: more)
        return !more.isEmpty
    }

    /// Appends up to `max` plain bytes to `buffer`; returns how many (0 only at the end).
    public func read(into buffer: inout [UInt8], max: Int) -> Int {
        guard !ended else { return 0 }
        if !compressed {
            if packedPos == packed.count, !fill() { ended = true; return 0 }
            let n = min(max, packed.count - packedPos)
            buffer.append(contentsOf: packed[packedPos..<(packedPos + n)])
            packedPos += n
            produced += n
            return n
        }
        var out = [UInt8](repeating: 0, count: max)
        var total = 0
        while total < max {
            if atMemberStart {
                guard nextMember() else { ended = true; break }
                atMemberStart = false
                memberOffset = packedBase + packedPos
                memberBytes = 0
                memberCount += 1
                members.append((produced + total, memberOffset))
            }
            if packedPos == packed.count, !fill() {
                problems.append((memberOffset, .malformed,
                                 "truncated gzip member at offset \(memberOffset): the file ends inside it (\(memberBytes) bytes inflated)"))
                ended = true
                break
            }
            var used = 0, made = 0
            let status = packed.withUnsafeBufferPointer { inp in
                out.withUnsafeMutableBufferPointer { o in
                    czlib_stream_inflate(inflater, inp.baseAddress! + packedPos, packed.count - packedPos,
                                         o.baseAddress! + total, max - total, &used, &made)
                }
            }
            packedPos += used
            total += made
            memberBytes += made
            if status == 0 {
                _ = czlib_stream_reset(inflater)
                atMemberStart = true
            } else if status < 0 {
                problems.append((memberOffset, .malformed,
                                 "corrupt gzip data in the member at offset \(memberOffset) (\(memberBytes) bytes inflated before it)"))
                _ = czlib_stream_reset(inflater)
                atMemberStart = true
                // The next member starts after the damage: never at the damaged member's own header.
                if packedBase + packedPos < memberOffset + 2 { packedPos = memberOffset + 2 - packedBase }
                guard resyncToMember() else { ended = true; break }
            } else if used == 0, made == 0, packedPos == packed.count, !fill() {
                problems.append((memberOffset, .malformed,
                                 "truncated gzip member at offset \(memberOffset): the file ends inside it (\(memberBytes) bytes inflated)"))
                ended = true
                break
            }
        }
        buffer.append(contentsOf: out[0..<total])
        produced += total
        return total
    }

    /// Positions at the next gzip member, skipping zero padding or junk; false at the end.
    private func nextMember() -> Bool {
        while true {
            if packedPos + 2 > packed.count, !fill() { return false }
            if packedPos + 2 > packed.count { return false }
            if packed[packedPos] == 0x1F && packed[packedPos + 1] == 0x8B { return true }
            packedPos += 1
        }
    }

    /// After corrupt data: the next `1F 8B 08` (a deflate member's magic), false at the end.
    private func resyncToMember() -> Bool {
        while true {
            if packedPos + 3 > packed.count, !fill() { return false }
            if packedPos + 3 > packed.count { return false }
            if packed[packedPos] == 0x1F && packed[packedPos + 1] == 0x8B && packed[packedPos + 2] == 8 { return true }
            packedPos += 1
        }
    }

    /// The file offset of the gzip member holding plain offset `plain` (the offset itself for
    /// uncompressed files).
    func fileOffset(_ plain: Int) -> Int {
        guard compressed, !members.isEmpty else { return compressed ? 0 : plain }
        var lo = 0, hi = members.count - 1, found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if members[mid].plain <= plain { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return members[found].packed
    }

    /// Forgets member starts before `plain` (keeping the one that holds it).
    func forget(before plain: Int) {
        guard members.count > 64 else { return }
        var keep = 0
        while keep + 1 < members.count, members[keep + 1].plain <= plain { keep += 1 }
        if keep > 0 { members.removeFirst(keep) }
    }
}
