import Foundation
import GleanerModel

/// WARC records → snapshots of the pages in them: HTTP undone, non-HTML payloads counted and
/// skipped with the reason, payload digests verified, revisits resolved to the payload they
/// repeat (seen earlier in the run, in this file or another).
public final class WARCSnapshots: @unchecked Sendable {
    public enum Item {
        case snapshot(Snapshot)
        /// A record that holds no page (request, warcinfo, an image, a redirect) or a note on one
        /// that was used (digest mismatch): counted and reported, not a failure.
        case skipped(Problem)
        case problem(Problem)
    }

    public var reader: WARCReader
    /// Records read, by WARC-Type, over the whole run.
    public private(set) var recordsByType: [String: Int] = [:]
    /// Payloads kept for revisit resolution, by payload digest, within this byte budget.
    private var payloads: [String: (bytes: [UInt8], contentType: String?)] = [:]
    private var payloadOrder: [String] = []
    private var payloadBytes = 0
    public var payloadBudget = 256 << 20
    /// Where to look for a revisit's original that this run has not read (or no longer holds):
    /// the archive's payloads from earlier runs.
    public var storedPayload: (@Sendable (_ digest: String) -> (bytes: [UInt8], contentType: String?)?)?
    private let lock = NSLock()

    public init(reader: WARCReader = WARCReader()) {
        self.reader = reader
    }

    public func read(path: String, _ body: (Item) throws -> Void) throws {
        try reader.read(path: path) { event in
            switch event {
            case .problem(let offset, let kind, let message):
                try body(.problem(Problem(origin: .init(path: path, record: "offset \(offset)"), kind: kind, message: message)))
            case .record(let record):
                lock.withLock { recordsByType[record.type, default: 0] += 1 }
                if !record.damaged { try handle(record, path: path, body) }
            }
        }
    }

    private func handle(_ record: WARCRecord, path: String, _ body: (Item) throws -> Void) throws {
        let origin = Snapshot.Origin(path: path, record: "offset \(record.offset)", externalID: record.header("WARC-Record-ID"),
                                     url: record.targetURI, fetchedAt: record.date)
        func skip(_ why: String) throws {
            try body(.skipped(Problem(origin: origin, kind: .skipped, message: "\(record.type) record skipped: \(why)")))
        }
        let warcType = (record.header("Content-Type") ?? "").lowercased()
        var payload: [UInt8]
        var entity: [UInt8]
        var contentType: String?
        switch record.type {
        case "response", "resource", "revisit":
            if warcType.hasPrefix("application/http") || record.block.starts(with: Array("HTTP/".utf8)) {
                guard let http = HTTPResponse.parse(record.block, limit: reader.maxRecordBytes) else {
                    if record.type == "revisit" { payload = []; entity = []; contentType = nil; break }
                    if let uri = record.targetURI, !uri.lowercased().hasPrefix("http") {
                        try skip("not an HTTP capture (\(uri.prefix(40)))")
                        return
                    }
                    try body(.problem(Problem(origin: origin, kind: .malformed, message: "\(record.type) record: not an HTTP response")))
                    return
                }
                if record.type != "revisit", !(200..<300).contains(http.status) {
                    try skip("HTTP status \(http.status)")
                    return
                }
                payload = http.payload
                entity = http.body
                contentType = http.contentType
                if let why = http.bodyProblem {
                    if http.bodyUnusable {
                        try body(.problem(Problem(origin: origin, kind: .undecodable, message: why)))
                        return
                    }
                    try body(.skipped(Problem(origin: origin, kind: .overruled, message: why)))
                }
            } else {
                payload = record.block
                entity = record.block
                contentType = record.header("Content-Type")
            }
        default:
            try skip("holds no page")
            return
        }
        let digest = record.header("WARC-Payload-Digest")
        if record.type == "revisit" {
            guard let digest else { try skip("revisit without WARC-Payload-Digest"); return }
            guard let original = lock.withLock({ payloads[digest] }) ?? storedPayload?(digest) else {
                try skip("revisit of payload \(digest) (\(record.header("WARC-Refers-To-Target-URI") ?? "?")) not seen in this run or the archive")
                return
            }
            try body(.snapshot(Snapshot(bytes: original.bytes, origin: origin, contentType: original.contentType,
                                        payloadDigest: digest)))
            return
        }
        // Writers differ on what the payload digest covers: the payload as transferred, or the
        // entity with the chunking undone. Either matching is a match.
        if let digest, !payload.isEmpty, WARCDigest.verify(digest, payload) == false,
           entity == payload || WARCDigest.verify(digest, entity) == false {
            try body(.skipped(Problem(origin: origin, kind: .overruled,
                                      message: "payload digest mismatch: declared \(digest), computed sha1:\(WARCDigest.sha1Base32(payload)); page kept")))
        }
        let kind = PageKind.of(contentType: contentType, url: record.targetURI, bytes: entity)
        guard kind != .other else {
            try skip("non-HTML payload (\(contentType?.split(separator: ";").first.map(String.init) ?? "unknown type"))")
            return
        }
        if entity.isEmpty { try skip("empty payload"); return }
        if let digest { remember(digest, entity, contentType) }
        try body(.snapshot(Snapshot(bytes: entity, origin: origin, contentType: contentType ?? (kind == .html ? "text/html" : "text/plain"),
                                    payloadDigest: digest)))
    }

    private func remember(_ digest: String, _ bytes: [UInt8], _ contentType: String?) {
        lock.withLock {
            guard payloads[digest] == nil, bytes.count < payloadBudget else { return }
            payloads[digest] = (bytes, contentType)
            payloadOrder.append(digest)
            payloadBytes += bytes.count
            while payloadBytes > payloadBudget, !payloadOrder.isEmpty {
                let old = payloadOrder.removeFirst()
                payloadBytes -= payloads.removeValue(forKey: old)?.bytes.count ?? 0
            }
        }
    }
}

/// What a payload is, by declared type, then URL, then a look at its bytes.
public enum PageKind: Sendable {
    case html, text, other

    public static func of(contentType: String?, url: String?, bytes: [UInt8]) -> PageKind {
        if let ct = contentType?.lowercased(), !ct.isEmpty {
            if ct.contains("html") { return .html }
            if ct.hasPrefix("text/plain") { return looksLikeHTML(bytes) ? .html : .text }
            if ct.hasPrefix("text/") && !ct.contains("css") && !ct.contains("javascript") && looksLikeHTML(bytes) { return .html }
            if ct.contains("unknown") || ct.contains("octet-stream") { return looksLikeHTML(bytes) ? .html : .other }
            return .other
        }
        return looksLikeHTML(bytes) ? .html : .other
    }

    /// "<html", "<!doctype html", "<head", "<body", "<meta", "<title" near the start, or
    /// markup all over it (fragments of table-layout pages).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        // On bytes, ASCII case folded: a String and Foundation's contains() cost more than the
        // rest of the sniffing.
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for marker in Self.markers where contains(head, marker) { return true }
        // Tags: '<' then a letter or '/', counted.
        var tags = 0
        var previous: UInt8 = 0
        for b in bytes.prefix(4096) {
            if previous == 0x3C, (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x2F { tags += 1 }
            previous = b
        }
        return tags >= 8
    }

    static let markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<table", "<br"].map { Array($0.utf8) }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
