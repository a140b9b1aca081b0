import Foundation

/// An HTTP response as a WARC response record holds it: status, headers, and the body with
/// its transfer and content encodings undone.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    /// The payload as transferred (what WARC-Payload-Digest covers).
    public var payload: [UInt8]
    /// The entity: chunking and gzip/deflate undone.
    public var body: [UInt8]
    /// Why the body could not be fully decoded, if it could not.
    public var bodyProblem: String?
    /// The body is in an encoding that cannot be undone here (brotli): not usable.
    public var bodyUnusable = false

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
    public var contentType: String? { header("Content-Type") }

    /// Parses "HTTP/1.x CODE reason" + headers + body; nil when the block is not an HTTP response.
    public static func parse(_ block: [UInt8], limit: Int = 1 << 30) -> HTTPResponse? {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        let found = WARCReader.blankLine(block, from: 0, limit: 1 << 20)
        let headerEnd = found?.0 ?? block.count
        let text = String(decoding: block[..<headerEnd], as: UTF8.self)
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard !lines.isEmpty else { return nil }
        let statusLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        let status = statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0
        var headers: [(String, String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                            String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        let payload = found.map { Array(block[$0.1...]) } ?? []
        var response = HTTPResponse(status: status, headers: headers, payload: payload, body: payload)
        if let te = response.header("Transfer-Encoding"), te.lowercased().contains("chunked") {
            if let dechunked = dechunk(payload) {
                response.body = dechunked
            } else {
                // Declared chunked but not chunked (warcio keeps such bodies as they are).
                response.bodyProblem = "Transfer-Encoding chunked, but the body is not validly chunked: kept as is"
            }
        }
        if let ce = response.header("Content-Encoding")?.lowercased().trimmingCharacters(in: .whitespaces),
           !ce.isEmpty, ce != "identity" {
            switch ce {
            case "gzip", "x-gzip":
                let r = Gzip.gunzipAll(response.body, limit: limit)
                if r.outcome == .complete || !r.output.isEmpty {
                    response.body = r.output
                    if r.outcome != .complete { response.bodyProblem = "gzip content encoding \(r.outcome)" }
                } else {
                    // Some crawlers store the body already inflated but keep the header (ClueWeb).
                    response.bodyProblem = "Content-Encoding gzip, but the body is not gzip (\(r.outcome)): kept as is"
                }
            case "deflate":
                var r = Gzip.inflate(response.body, mode: .zlib, limit: limit)
                if r.outcome != .complete { r = Gzip.inflate(response.body, mode: .raw, limit: limit) }
                if r.outcome == .complete { response.body = r.output } else {
                    response.bodyProblem = "Content-Encoding deflate, but the body does not inflate (\(r.outcome)): kept as is"
                }
            default:
                response.bodyProblem = "Content-Encoding \(ce) is not supported: payload not decoded"
                response.bodyUnusable = true
            }
        }
        return response
    }

    /// Undoes chunked transfer encoding; nil when the bytes are not validly chunked.
    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var p = 0
        while p < b.count {
            guard let eol = b[p...].firstIndex(of: 10) else { return nil }
            var line = String(decoding: b[p..<eol], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if let semi = line.firstIndex(of: ";") { line = String(line[..<semi]) }
            guard let size = Int(line, radix: 16), size >= 0 else { return nil }
            p = eol + 1
            if size == 0 { return out }
            guard p + size <= b.count else {
                out.append(contentsOf: b[p...])
                return out // truncated last chunk: keep what arrived
            }
            out.append(contentsOf: b[p..<p + size])
            p += size
            if p < b.count, b[p] == 13 { p += 1 }
            if p < b.count, b[p] == 10 { p += 1 }
        }
        return out
    }
}
