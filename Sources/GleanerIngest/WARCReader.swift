import Crypto
import Foundation
import GleanerModel

/// One record of a WARC (or ARC, read as WARC the way warcio's arc2warc does) file.
public struct WARCRecord: Sendable {
    /// warcinfo, response, resource, request, metadata, revisit, conversion, continuation, or whatever the file says.
    public var type: String
    public var headers: [(name: String, value: String)]
    /// Where the record starts in the file: the gzip member's offset for compressed files,
    /// the byte offset for uncompressed ones.
    public var offset: Int
    public var block: [UInt8]
    /// The record is counted but its block is unusable (truncated, or a length that is not a
    /// number); a problem naming it was reported.
    public var damaged = false

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
    public var targetURI: String? { header("WARC-Target-URI").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) } }
    public var date: String? { header("WARC-Date") }
}

/// Reads WARC 1.0/1.1 files — uncompressed, gzip per record, or one gzip stream for the whole
/// file — and ARC v1 files, streaming: memory holds a chunk and the record at hand. Bad input is reported as an event naming the offset, and reading
/// goes on at the next record that can be found.
public struct WARCReader: Sendable {
    public enum Event {
        case record(WARCRecord)
        case problem(offset: Int, kind: Problem.Kind, message: String)
    }

    /// Records larger than this are refused (and skipped without being held).
    public var maxRecordBytes: Int
    /// How many bytes are read (and inflated) at a time.
    public var chunkBytes = 1 << 20

    public init(maxRecordBytes: Int = 64 << 20) {
        self.maxRecordBytes = maxRecordBytes
    }

    /// Is this the start of a WARC or ARC file (possibly gzip-compressed)?
    public static func sniff(_ head: [UInt8]) -> Bool {
        var bytes = head
        if Gzip.isGzip(head) {
            bytes = Array(Gzip.inflate(head).output.prefix(64))
        }
        let start = bytes.drop { $0 == 13 || $0 == 10 }
        return start.starts(with: Array("WARC/".utf8)) || start.starts(with: Array("filedesc://".utf8))
    }

    /// Reads every record of the file, in order, in fixed memory: the file is read and
    /// inflated a chunk at a time, and only the record being parsed (at most `maxRecordBytes`)
    /// and a chunk are held.
    public func read(path: String, _ body: (Event) throws -> Void) throws {
        let stream = try PlainStream(path: path, chunk: chunkBytes)
        var buffer: [UInt8] = []
        var base = 0
        // Plain bytes still to drop (the rest of a record over the size limit).
        var skip = 0
        var state = ParseState()
        let fileOffset = { (plain: Int) in stream.fileOffset(plain) }
        let describe = { (plain: Int) -> String in
            guard stream.compressed else { return "offset \(plain)" }
            let member = stream.fileOffset(plain)
            return member > 0 ? "offset \(member)" : "uncompressed offset \(plain)"
        }
        while true {
            _ = stream.read(into: &buffer, max: chunkBytes)
            for p in stream.problems { try body(.problem(offset: p.offset, kind: p.kind, message: p.message)) }
            stream.problems.removeAll()
            if skip > 0 {
                let k = min(skip, buffer.count)
                buffer.removeFirst(k)
                base += k
                skip -= k
                if skip > 0, !stream.ended { continue }
            }
            let final = stream.ended
            let resume = try parse(buffer, base: base, final: final, state: &state,
                                   fileOffset: fileOffset, describe: describe, body)
            if final { break }
            let consumed = resume - base
            if consumed >= buffer.count {
                skip = consumed - buffer.count
                base += buffer.count
                buffer.removeAll(keepingCapacity: true)
            } else if consumed > 0 {
                buffer.removeFirst(consumed)
                base = resume
            }
            stream.forget(before: base)
        }
    }

    /// What the parser carries from one chunk to the next.
    struct ParseState {
        var first = true
        var isARC = false
        /// The bytes at the resume point are damage: find the next record before parsing.
        var resyncing = false
    }

    /// Parses the records that lie whole in `b` (plain bytes from plain offset `base`) and
    /// returns the plain offset to go on from. Unless `final`, a record (or a stretch of
    /// damage) that runs past the end of `b` is left for a call with more bytes.
    func parse(_ b: [UInt8], base: Int, final: Bool, state: inout ParseState, fileOffset: (Int) -> Int,
               describe: (Int) -> String, _ body: (Event) throws -> Void) throws -> Int {
        var p = 0
        let n = b.count
        enum Step { case at(Int), stop(Int) }
        /// Damage from `start`: skip to the next record line after `from`, saying how much went.
        func damaged(_ start: Int, from: Int, arc: Bool = false, _ message: (Int) -> String) throws -> Step {
            let next = resync(b, from: from, arc: arc)
            if next >= n, !final, n - start <= maxRecordBytes { return .stop(base + start) }
            try body(.problem(offset: fileOffset(base + start), kind: .malformed, message: message(next - start)))
            if next >= n, !final {
                state.resyncing = true
                return .stop(base + max(start + 1, n - 16))
            }
            return .at(next)
        }
        while p < n {
            if state.resyncing {
                let next = resync(b, from: p, arc: state.isARC)
                if next >= n, !final { return base + max(p, n - 16) }
                state.resyncing = false
                p = next
                continue
            }
            while p < n, b[p] == 13 || b[p] == 10 || b[p] == 0 { p += 1 }
            if p >= n { break }
            let start = p
            let at = base + start
            if !final, n - p < 16 { return at }
            if state.first, b[p...].starts(with: Array("filedesc://".utf8)) { state.isARC = true }
            state.first = false
            if state.isARC {
                switch try parseARC(b, at: p, final: final, fileOffset: fileOffset(at), describe: { describe(base + $0) }, body) {
                case .needMore: return at
                case .record(let record, let next):
                    try body(.record(record))
                    p = next
                case .skip(let next):
                    if next > n { return base + next }
                    p = next
                case .bad:
                    let next = resync(b, from: p + 1, arc: true)
                    if next >= n, !final { state.resyncing = true; return base + max(p + 1, n - 16) }
                    p = next
                case .damaged(let record, let from):
                    try body(.record(record))
                    let next = resync(b, from: from, arc: true)
                    if next >= n, !final { state.resyncing = true; return base + max(from, n - 16) }
                    p = next
                }
                continue
            }
            guard b[p...].starts(with: Array("WARC/".utf8)) else {
                switch try damaged(start, from: p + 1, { "no WARC record at \(describe(at)): \($0) bytes skipped to the next \"WARC/\" line" }) {
                case .at(let next): p = next; continue
                case .stop(let resume): return resume
                }
            }
            // Header lines up to the blank line.
            guard let (headerEnd, blockStart) = Self.blankLine(b, from: p, limit: 1 << 20) else {
                if !final, n - p < 1 << 20 { return at }
                try body(.problem(offset: fileOffset(at), kind: .malformed,
                                  message: "WARC header at \(describe(at)) never ends (no blank line): file truncated?"))
                if final { break }
                state.resyncing = true
                return at + 1
            }
            let text = String(decoding: b[p..<headerEnd], as: UTF8.self)
            var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            _ = lines.removeFirst() // version
            var headers: [(String, String)] = []
            var bad: String?
            for line in lines {
                if (line.first == " " || line.first == "\t"), !headers.isEmpty {
                    headers[headers.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
                    continue
                }
                guard let colon = line.firstIndex(of: ":") else { bad = String(line.prefix(60)); break }
                headers.append((String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
            let lengthValue = headers.first { $0.0.caseInsensitiveCompare("Content-Length") == .orderedSame }?.1
            if let bad {
                switch try damaged(start, from: p + 1, { _ in "malformed WARC header at \(describe(at)): line \"\(bad)\" is not \"Name: value\"" }) {
                case .at(let next): p = next; continue
                case .stop(let resume): return resume
                }
            }
            guard let lengthValue, let length = Int(lengthValue), length >= 0 else {
                switch try damaged(start, from: p + 1, { _ in "WARC record at \(describe(at)) has no valid Content-Length" }) {
                case .at(let next): p = next; continue
                case .stop(let resume): return resume
                }
            }
            let type = headers.first { $0.0.caseInsensitiveCompare("WARC-Type") == .orderedSame }?.1 ?? "unknown"
            if length > maxRecordBytes {
                try body(.problem(offset: fileOffset(at), kind: .tooLarge,
                                  message: "\(type) record at \(describe(at)) is \(length) bytes, over the \(maxRecordBytes)-byte limit (--max-bytes)"))
                // The reader drops the rest of it without holding it.
                if blockStart + length > n { if final { break }; return base + blockStart + length }
                p = blockStart + length
                continue
            }
            if blockStart + length > n {
                if !final { return at }
                try body(.problem(offset: fileOffset(at), kind: .malformed,
                                  message: "\(type) record at \(describe(at)) is truncated: Content-Length \(length) but the file ends after \(n - blockStart) bytes"))
                var damaged = WARCRecord(type: type, headers: headers, offset: fileOffset(at), block: [])
                damaged.damaged = true
                try body(.record(damaged))
                break
            }
            var next = blockStart + length
            // The trailer and the next record's first line decide how this one ends.
            if !final, next + 12 > n { return at }
            // A record ends with two CRLFs; anything else means the block is longer than its Content-Length.
            var trailer = 0
            while next + trailer < n, trailer < 4, b[next + trailer] == 13 || b[next + trailer] == 10 { trailer += 1 }
            // Writers that end lines with CR CR LF end records with CR CR LF CR CR LF.
            if trailer == 4, next + 6 <= n, b[next..<next + 6].elementsEqual([13, 13, 10, 13, 13, 10]) { trailer = 6 }
            let record = WARCRecord(type: type, headers: headers, offset: fileOffset(at), block: Array(b[blockStart..<blockStart + length]))
            next += trailer
            if next < n, !b[next...].starts(with: Array("WARC/".utf8)), b[next] != 0 {
                let resumed = resync(b, from: next, arc: false)
                if resumed >= n, !final, n - start <= 2 * maxRecordBytes { return at }
                try body(.record(record))
                try body(.problem(offset: fileOffset(at), kind: .malformed,
                                  message: "\(type) record at \(describe(at)) is longer than its Content-Length \(length): \(resumed - next) bytes after it skipped"))
                if resumed >= n, !final { state.resyncing = true; return base + max(next, n - 16) }
                p = resumed
                continue
            }
            try body(.record(record))
            p = next
        }
        return base + min(p, n)
    }

    enum ARCStep {
        case record(WARCRecord, Int)
        /// The record runs past the bytes at hand.
        case needMore
        /// Over the size limit: go on at this local offset (maybe past the bytes at hand).
        case skip(Int)
        /// A header that is not one (reported): find the next record line.
        case bad
        /// A record counted but unusable (reported): find the next record line after `from`.
        case damaged(WARCRecord, from: Int)
    }

    /// ARC v1/v2: a header line "URL IP date mime [...] length", then length bytes.
    private func parseARC(_ b: [UInt8], at p: Int, final: Bool, fileOffset: Int, describe: (Int) -> String,
                          _ body: (Event) throws -> Void) throws -> ARCStep {
        guard let eol = b[p...].firstIndex(of: 10) else { return final ? .bad : .needMore }
        let line = String(decoding: b[p..<eol], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let fields = line.split(separator: " ")
        guard fields.count >= 5 else {
            try body(.problem(offset: fileOffset, kind: .malformed,
                              message: "malformed ARC header at \(describe(p)): \"\(line.prefix(80))\""))
            return .bad
        }
        let isInfo = fields[0].hasPrefix("filedesc://")
        let type = isInfo ? "warcinfo" : "response"
        guard let length = Int(fields.last!), length >= 0 else {
            // Counted (as warcio counts it) but unusable; reading resumes at the next record line.
            try body(.problem(offset: fileOffset, kind: .malformed,
                              message: "malformed ARC header at \(describe(p)): length \"\(fields.last!)\" is not a byte count"))
            var record = WARCRecord(type: type, headers: [("WARC-Type", type)], offset: fileOffset, block: [])
            record.damaged = true
            return .damaged(record, from: eol)
        }
        let start = eol + 1
        if length > maxRecordBytes {
            try body(.problem(offset: fileOffset, kind: .tooLarge,
                              message: "\(type) record at \(describe(p)) is \(length) bytes, over the \(maxRecordBytes)-byte limit (--max-bytes)"))
            return .skip(start + length)
        }
        guard start + length <= b.count else {
            if !final { return .needMore }
            try body(.problem(offset: fileOffset, kind: .malformed,
                              message: "ARC record at \(describe(p)) is truncated: length \(length), \(b.count - start) bytes left"))
            var record = WARCRecord(type: type, headers: [("WARC-Type", type)], offset: fileOffset, block: [])
            record.damaged = true
            return .record(record, b.count)
        }
        let url = String(fields[0])
        var headers: [(String, String)] = [("WARC-Type", isInfo ? "warcinfo" : "response"),
                                           ("WARC-Date", String(fields[2])), ("Content-Length", String(length))]
        if !isInfo {
            headers.append(("WARC-Target-URI", url))
            headers.append(("Content-Type", "application/http; msgtype=response"))
        }
        var block = Array(b[start..<start + length])
        if isInfo { block = [] }
        return .record(WARCRecord(type: type, headers: headers, offset: fileOffset, block: block), start + length)
    }

    private func resync(_ b: [UInt8], from: Int, arc: Bool) -> Int {
        guard from < b.count else { return b.count }
        if arc {
            // The next line that starts with a URL scheme.
            var i = from
            while let nl = b[i...].firstIndex(of: 10) {
                let s = nl + 1
                if s < b.count, b[s...].starts(with: Array("http".utf8)) || b[s...].starts(with: Array("dns:".utf8))
                    || b[s...].starts(with: Array("filedesc:".utf8)) { return s }
                i = s
                if i >= b.count { break }
            }
            return b.count
        }
        var i = from
        let needle = Array("WARC/1.".utf8)
        while let hit = Self.find(b, needle, from: i, limit: Int.max) {
            if hit == 0 || b[hit - 1] == 10 { return hit }
            i = hit + 1
        }
        return b.count
    }

    /// The first blank line from `from`: (where the header text ends, where the body starts).
    /// Lines may end in LF, CRLF, or the CR CR LF some writers produce.
    static func blankLine(_ b: [UInt8], from: Int, limit: Int) -> (Int, Int)? {
        let end = min(b.count, from + limit)
        var i = from
        while i < end {
            if b[i] == 10 {
                var j = i + 1
                while j < end, b[j] == 13 { j += 1 }
                if j < end, b[j] == 10 { return (i + 1, j + 1) }
                if j == end, j == b.count, j > i + 1 { return (i + 1, j) }
            }
            i += 1
        }
        return nil
    }

    static func find(_ b: [UInt8], _ needle: [UInt8], from: Int, limit: Int) -> Int? {
        let end = min(b.count, from &+ limit > from ? from + min(limit, b.count) : b.count)
        guard needle.count > 0, from < end else { return nil }
        let first = needle[0]
        var i = from
        while i + needle.count <= end {
            if b[i] == first {
                var ok = true
                for k in 1..<needle.count where b[i + k] != needle[k] { ok = false; break }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }
}

/// sha1 digests the way WARC writes them: "sha1:" + base32.
public enum WARCDigest {
    public static func sha1Base32<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let digest = Array(Insecure.SHA1.hash(data: Array(bytes)))
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var out = ""
        var buffer = 0, bits = 0
        for byte in digest {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }

    /// Does the declared digest ("sha1:BASE32", "sha1:hex") match these bytes? nil when the algorithm is not sha1.
    public static func verify(_ declared: String, _ bytes: [UInt8]) -> Bool? {
        let parts = declared.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "sha1" else { return nil }
        let value = parts[1].trimmingCharacters(in: .whitespaces)
        if value.count == 40 {
            let hex = Insecure.SHA1.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            return hex == value.lowercased()
        }
        return sha1Base32(bytes) == value.uppercased()
    }
}
