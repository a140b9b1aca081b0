import Foundation

/// Paths to the repository's corpora, found from this file's location so tests run from any folder.
enum Fixtures {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = repo.appendingPathComponent("corpora/seeds")

    /// The text of the seed whose file name starts with `prefix` ("000" … "004").
    static func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
    }
}
