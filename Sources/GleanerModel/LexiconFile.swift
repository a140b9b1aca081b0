import Foundation

/// A TSV lexicon from `lexicons/`: line 1 a `#` comment naming source and licence, line 2 the
/// column names, then rows. Lexicons are loaded once into immutable values and passed in.
public struct LexiconFile: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [[String]]

    public enum LoadError: Error, CustomStringConvertible {
        case notFound(String, searched: [String])
        case malformed(String, String)

        public var description: String {
            switch self {
            case let .notFound(name, searched):
                return "lexicon \(name) not found (looked in \(searched.joined(separator: ", "))); set GLEANER_LEXICONS to the lexicons folder"
            case let .malformed(name, why): return "lexicon \(name) is malformed: \(why)"
            }
        }
    }

    /// Loads `lexicons/NAME` (e.g. "words-zh.tsv").
    public init(named name: String) throws {
        let url = try Self.locate(name)
        let data = try Data(contentsOf: url)
        // Lines and fields split on bytes: splitting a String walks grapheme clusters, which
        // for megabytes of Chinese costs most of the start-up.
        var header: [String]?
        var rows: [[String]] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            while lineStart < b.count {
                var e = lineStart
                while e < b.count && b[e] != 0x0A { e += 1 }
                var end = e
                if end > lineStart && b[end - 1] == 0x0D { end -= 1 }
                defer { lineStart = e + 1 }
                if end == lineStart || (header == nil && b[lineStart] == 0x23) { continue }  // blank, or a leading # comment
                var fields: [String] = []
                var f = lineStart
                for k in lineStart...end where k == end || b[k] == 0x09 {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[f..<k]), as: UTF8.self))
                    f = k + 1
                }
                if header == nil { header = fields } else { rows.append(fields) }
            }
        }
        guard let header else { throw LoadError.malformed(name, "no header line") }
        self.name = name
        self.columns = header
        self.rows = rows
    }

    /// The index of a column, by name.
    public func column(_ name: String) throws -> Int {
        guard let i = columns.firstIndex(of: name) else { throw LoadError.malformed(self.name, "no column \(name)") }
        return i
    }

    /// The lexicons folder: $GLEANER_LEXICONS, else a `lexicons/` folder beside or above the
    /// executable (a build inside the repository finds the repository's), else the current folder's.
    public static func folder() -> URL? { candidates().first { FileManager.default.fileExists(atPath: $0.path) } }

    static func locate(_ name: String) throws -> URL {
        let searched = candidates()
        for dir in searched {
            let url = dir.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw LoadError.notFound(name, searched: searched.map(\.path))
    }

    static func candidates() -> [URL] {
        var result: [URL] = []
        if let env = ProcessInfo.processInfo.environment["GLEANER_LEXICONS"] { result.append(URL(fileURLWithPath: env)) }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            result.append(dir.appendingPathComponent("lexicons"))
            dir = dir.deletingLastPathComponent()
        }
        // Tests run from the package root, or from a folder inside it.
        result.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("lexicons"))
        // This source file's repository (debug builds and tests run inside it).
        result.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lexicons"))
        return result
    }
}
