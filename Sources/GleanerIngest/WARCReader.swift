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
/// file — and ARC v1 files. Bad input is reported as an event naming the offset, and reading
/// goes on at the next record that can be found.
public struct WARCReader: Sendable {
    public enum Event {
        case record(WARCRecord)
        case problem(offset: Int, kind: Problem.Kind, message: String)
    }

    /// Records (and decompressed files) larger than this are refused.
    public var maxRecordBytes: Int

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

    /// Reads every record of the file, in order.
    public func read(path: String, _ body: (Event) throws -> Void) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        let file = [UInt8](data)
        // Decompress (all members), remembering where each member starts in both streams, so a
        // problem names the compressed offset a user can seek to.
        var content: [UInt8]
        var members: [(plain: Int, packed: Int)] = []
        var compressed = false
        var pendingProblems: [(Int, Problem.Kind, String)] = []
        if Gzip.isGzip(file) {
            compressed = true
            content = []
            var offset = 0
            let limit = max(maxRecordBytes, 1 << 30)
            file.withUnsafeBytes { raw in
                while offset < raw.count {
                    if raw[offset] != 0x1F {
                        // Zero padding or junk between members: find the next member.
                        guard let next = (offset..<raw.count - 1).first(where: { raw[$0] == 0x1F && raw[$0 + 1] == 0x8B }) else { break }
                        offset = next
                    }
                    members.append((content.count, offset))
                    let r = Gzip.inflate(UnsafeRawBufferPointer(rebasing: raw[offset...]), limit: limit - content.count)
                    content.append(contentsOf: r.output)
                    switch r.outcome {
                    case .complete:
                        offset += max(r.consumed, 1)
                        continue
                    case .truncated:
                        pendingProblems.append((offset, .malformed, "truncated gzip member at offset \(offset): the file ends inside it (\(r.output.count) bytes inflated)"))
                    case .corrupt:
                        pendingProblems.append((offset, .malformed, "corrupt gzip data in the member at offset \(offset) (\(r.output.count) bytes inflated before it)"))
                    case .tooLarge:
                        pendingProblems.append((offset, .tooLarge, "gzip member at offset \(offset) inflates past \(limit) bytes"))
                    }
                    // Go on with the next member if one can be found after the damage.
                    let from = offset + max(r.consumed, 2)
                    guard from < raw.count - 1,
                          let next = (from..<raw.count - 1).first(where: { raw[$0] == 0x1F && raw[$0 + 1] == 0x8B && $0 + 2 < raw.count && raw[$0 + 2] == 8 })
                    else { offset = raw.count; break }
                    offset = next
                }
            }
        } else {
            content = file
        }
        for p in pendingProblems { try body(.problem(offset: p.0, kind: p.1, message: p.2)) }
        func fileOffset(_ plain: Int) -> Int {
            guard compressed else { return plain }
            // The last member starting at or before the plain offset.
            var lo = 0, hi = members.count - 1, found = 0
            while lo <= hi {
                let mid = (lo + hi) / 2
                if members[mid].plain <= plain { found = mid; lo = mid + 1 } else { hi = mid - 1 }
            }
            guard !members.isEmpty else { return 0 }
            return members[found].plain == plain ? members[found].packed : members[found].packed
        }
        func describe(_ plain: Int) -> String {
            guard compressed else { return "offset \(plain)" }
            let m = fileOffset(plain)
            return members.count > 1 ? "offset \(m)" : "uncompressed offset \(plain)"
        }
        try parse(content, fileOffset: fileOffset, describe: describe, body)
    }

    func parse(_ b: [UInt8], fileOffset: (Int) -> Int, describe: (Int) -> String, _ body: (Event) throws -> Void) throws {
        var p = 0
        let n = b.count
        var isARC = false
        var first = true
        while p < n {
            while p < n, b[p] == 13 || b[p] == 10 || b[p] == 0 { p += 1 }
            if p >= n { break }
            let start = p
            if first, b[p...].starts(with: Array("filedesc://".utf8)) { isARC = true }
            first = false
            if isARC {
                guard let (record, next) = try parseARC(b, at: p, fileOffset: fileOffset(start), describe: describe, body) else {
                    p = resync(b, from: p + 1, arc: true)
                    continue
                }
                try body(.record(record))
                p = next
                continue
            }
            guard b[p...].starts(with: Array("WARC/".utf8)) else {
                let next = resync(b, from: p + 1, arc: false)
                try body(.problem(offset: fileOffset(start), kind: .malformed,
                                  message: "no WARC record at \(describe(start)): \(next - start) bytes skipped to the next \"WARC/\" line"))
                p = next
                continue
            }
            // Header lines up to the blank line.
            guard let (headerEnd, blockStart) = Self.blankLine(b, from: p, limit: 1 << 20) else {
                try body(.problem(offset: fileOffset(start), kind: .malformed,
                                  message: "WARC header at \(describe(start)) never ends (no blank line): file truncated?"))
                break
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
                let next = resync(b, from: p + 1, arc: false)
                try body(.problem(offset: fileOffset(start), kind: .malformed,
                                  message: "malformed WARC header at \(describe(start)): line \"\(bad)\" is not \"Name: value\""))
                p = next
                continue
            }
            guard let lengthValue, let length = Int(lengthValue), length >= 0 else {
                let next = resync(b, from: p + 1, arc: false)
                try body(.problem(offset: fileOffset(start), kind: .malformed,
                                  message: "WARC record at \(describe(start)) has no valid Content-Length"))
                p = next
                continue
            }
            let type = headers.first { $0.0.caseInsensitiveCompare("WARC-Type") == .orderedSame }?.1 ?? "unknown"
            if length > maxRecordBytes {
                try body(.problem(offset: fileOffset(start), kind: .tooLarge,
                                  message: "\(type) record at \(describe(start)) is \(length) bytes, over the \(maxRecordBytes)-byte limit (--max-bytes)"))
                p = min(n, blockStart + length)
                continue
            }
            if blockStart + length > n {
                try body(.problem(offset: fileOffset(start), kind: .malformed,
                                  message: "\(type) record at \(describe(start)) is truncated: Content-Length \(length) but the file ends after \(n - blockStart) bytes"))
                var damaged = WARCRecord(type: type, headers: headers, offset: fileOffset(start), block: [])
                damaged.damaged = true
                try body(.record(damaged))
                break
            }
            var next = blockStart + length
            // A record ends with two CRLFs; anything else means the block is longer than its Content-Length.
            var trailer = 0
            while next + trailer < n, trailer < 4, b[next + trailer] == 13 || b[next + trailer] == 10 { trailer += 1 }
            // Writers that end lines with CR CR LF end records with CR CR LF CR CR LF.
            if trailer == 4, next + 6 <= n, b[next..<next + 6].elementsEqual([13, 13, 10, 13, 13, 10]) { trailer = 6 }
            let record = WARCRecord(type: type, headers: headers, offset: fileOffset(start), block: Array(b[blockStart..<blockStart + length]))
            next += trailer
            if next < n, !b[next...].starts(with: Array("WARC/".utf8)), b[next] != 0 {
                let resumed = resync(b, from: next, arc: false)
                try body(.record(record))
                try body(.problem(offset: fileOffset(start), kind: .malformed,
                                  message: "\(type) record at \(describe(start)) is longer than its Content-Length \(length): \(resumed - next) bytes after it skipped"))
                p = resumed
                continue
            }
            try body(.record(record))
            p = next
        }
    }

    /// ARC v1/v2: a header line "URL IP date mime [...] length", then length bytes.
    private func parseARC(_ b: [UInt8], at p: Int, fileOffset: Int, describe: (Int) -> String,
                          _ body: (Event) throws -> Void) throws -> (WARCRecord, Int)? {
        guard let eol = b[p...].firstIndex(of: 10) else { return nil }
        let line = String(decoding: b[p..<eol], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let fields = line.split(separator: " ")
        guard fields.count >= 5 else {
            try body(.problem(offset: fileOffset, kind: .malformed,
                              message: "malformed ARC header at \(describe(p)): \"\(line.prefix(80))\""))
            return nil
        }
        let isInfo = fields[0].hasPrefix("filedesc://")
        let type = isInfo ? "warcinfo" : "response"
        guard let length = Int(fields.last!), length >= 0 else {
            // Counted (as warcio counts it) but unusable; reading resumes at the next record line.
            try body(.problem(offset: fileOffset, kind: .malformed,
                              message: "malformed ARC header at \(describe(p)): length \"\(fields.last!)\" is not a byte count"))
            var record = WARCRecord(type: type, headers: [("WARC-Type", type)], offset: fileOffset, block: [])
            record.damaged = true
            return (record, resync(b, from: eol, arc: true))
        }
        let start = eol + 1
        guard start + length <= b.count else {
            try body(.problem(offset: fileOffset, kind: .malformed,
                              message: "ARC record at \(describe(p)) is truncated: length \(length), \(b.count - start) bytes left"))
            var record = WARCRecord(type: type, headers: [("WARC-Type", type)], offset: fileOffset, block: [])
            record.damaged = true
            return (record, b.count)
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
        return (WARCRecord(type: type, headers: headers, offset: fileOffset, block: block), start + length)
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
