import Foundation
import GleanerIngest
import GleanerModel

/// Turns the paths a user names into snapshots: folders are walked recursively (sorted; hidden
/// files and README files skipped; a file named explicitly is always read), `.jsonl` files give one snapshot per line, any other file is one snapshot.
/// Problems are values: an unreadable file or a malformed record yields a `Problem` and the
/// walk goes on.
public struct SnapshotReader: Sendable {
    public enum Item: Sendable {
        case snapshot(Snapshot)
        case problem(Problem)
        /// A record read but not stored (a WARC request, an image, a redirect), or a note on one
        /// that was stored (a payload digest that does not match): reported, not a failure.
        case skipped(Problem)
    }

    /// Files larger than this are refused (a page of hundreds of MB is not a news article);
    /// in WARC files the limit applies to each record.
    public var maxBytes: Int
    /// WARC reading state shared by every file of a run: counts by record type, and the
    /// payloads a later revisit record (in this file or another) may point to.
    public let warc: WARCSnapshots

    public init(maxBytes: Int = 64 << 20) {
        self.maxBytes = maxBytes
        self.warc = WARCSnapshots(reader: WARCReader(maxRecordBytes: maxBytes))
    }

    /// Every regular file under the paths, in a stable order; missing paths are problems.
    public func files(_ paths: [String]) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                problems.append(Problem(origin: .init(path: path), kind: .unreadable, message: "no such file or folder"))
                continue
            }
            if !isDir.boolValue { files.append(path); continue }
            guard let walker = fm.enumerator(atPath: path) else {
                problems.append(Problem(origin: .init(path: path), kind: .unreadable, message: "cannot list this folder"))
                continue
            }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                // A folder's README describes the folder; it is not a snapshot.
                if name.uppercased().hasPrefix("README") { continue }
                let full = (path as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, problems)
    }

    /// The snapshots of one file, streamed to `body` one at a time. The format is sniffed:
    /// WARC/ARC (plain or gzip) by its first bytes, JSONL by its name, anything else is one page
    /// (HTML, gzip-compressed HTML, or a text snapshot; the document builder tells them apart).
    public func read(file path: String, _ body: (Item) throws -> Void) rethrows {
        let origin = Snapshot.Origin(path: path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if Self.isWARC(path) {
            do {
                try warc.read(path: path) { item in
                    switch item {
                    case .snapshot(let s): try body(.snapshot(s))
                    case .problem(let p): try body(.problem(p))
                    case .skipped(let p): try body(.skipped(p))
                    }
                }
            } catch {
                try body(.problem(Problem(origin: origin, kind: .unreadable, message: "read failed: \(error)")))
            }
            return
        }
        let jsonl = path.hasSuffix(".jsonl") || path.hasSuffix(".jsonl.gz")
        if let size = attributes?[.size] as? Int, size > maxBytes, !jsonl {
            try body(.problem(Problem(origin: origin, kind: .tooLarge,
                                      message: "\(size) bytes is over the \(maxBytes)-byte limit (--max-bytes)")))
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            try body(.problem(Problem(origin: origin, kind: .unreadable, message: "cannot open for reading (permissions?)")))
            return
        }
        defer { try? handle.close() }
        if path.hasSuffix(".jsonl.gz") {
            // Gzipped JSON lines (a crawler's export): inflated a chunk at a time.
            guard let stream = try? PlainStream(path: path) else {
                try body(.problem(Problem(origin: origin, kind: .unreadable, message: "cannot open for reading (permissions?)")))
                return
            }
            try readJSONLines(path: path, body) {
                var bytes: [UInt8] = []
                _ = stream.read(into: &bytes, max: 1 << 20)
                for p in stream.problems {
                    try body(.problem(Problem(origin: .init(path: path, record: "offset \(p.offset)"), kind: p.kind, message: p.message)))
                }
                stream.problems.removeAll()
                return Data(bytes)
            }
            return
        }
        if jsonl {
            try readJSONLines(path: path, body) { try handle.read(upToCount: 1 << 20) ?? Data() }
            return
        }
        do {
            let data = try handle.readToEnd() ?? Data()
            try body(.snapshot(Snapshot(bytes: [UInt8](data), origin: origin)))
        } catch {
            try body(.problem(Problem(origin: origin, kind: .unreadable, message: "read failed: \(error.localizedDescription)")))
        }
    }

    /// JSONL records from other crawlers or tools: {"id"|"url", "text"|"html", "title", "fetched"}.
    /// The raw bytes of a record are its line, so the same record is stored once.
    private func readJSONLines(path: String, _ body: (Item) throws -> Void, next: () throws -> Data) rethrows {
        var lineNumber = 0
        var pending = Data()
        func emit(_ line: Data) throws {
            lineNumber += 1
            let origin = Snapshot.Origin(path: path, record: "line \(lineNumber)")
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
            if line.count > maxBytes {
                try body(.problem(Problem(origin: origin, kind: .tooLarge, message: "record of \(line.count) bytes is over the limit")))
                return
            }
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
                try body(.problem(Problem(origin: origin, kind: .malformed, message: "not a JSON object")))
                return
            }
            let text = (object["text"] as? String) ?? (object["html"] as? String)
            guard let text else {
                try body(.problem(Problem(origin: origin, kind: .malformed, message: "record has no \"text\" or \"html\" field")))
                return
            }
            var o = origin
            o.externalID = Self.string(object["id"])
            o.url = object["url"] as? String
            o.fetchedAt = (object["fetched"] as? String) ?? (object["fetched_at"] as? String)
            try body(.snapshot(Snapshot(bytes: [UInt8](line), origin: o, providedText: text,
                                        providedTitle: object["title"] as? String)))
        }
        while true {
            let chunk: Data
            do {
                chunk = try next()
            } catch {
                try body(.problem(Problem(origin: .init(path: path, record: "after line \(lineNumber)"),
                                          kind: .unreadable, message: "read failed: \(error.localizedDescription)")))
                return
            }
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let nl = pending[start...].firstIndex(of: 10) {
                try emit(pending[start..<nl])
                start = pending.index(after: nl)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { try emit(pending) }
    }

    /// WARC or ARC, plain or gzip, by the file's first bytes.
    static func isWARC(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4096) else { return false }
        return WARCReader.sniff([UInt8](head))
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
