import Foundation

/// Data derived from lexicons or from ICU, kept in the user's cache folder so later processes
/// read it instead of deriving it again: `$XDG_CACHE_HOME/gleaner/` or `~/.cache/gleaner/`,
/// off when GLEANER_NO_CACHE is set. A file is named NAME@STAMP.table, the stamp carrying all
/// its content depends on (a lexicon's size and modification time, ICU's version, the format);
/// writing one removes the older stamps of the same NAME. Any failure only means the caller
/// derives the data itself: a cache never changes an answer.
public enum CacheFile {
    public static func location(name: String, stamp: String) -> URL? {
        let env = ProcessInfo.processInfo.environment
        guard env["GLEANER_NO_CACHE"] == nil else { return nil }
        let base: URL
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { base = URL(fileURLWithPath: xdg) }
        else if let home = env["HOME"], !home.isEmpty { base = URL(fileURLWithPath: home).appendingPathComponent(".cache") }
        else { return nil }
        return base.appendingPathComponent("gleaner").appendingPathComponent("\(name)@\(stamp).table")
    }

    /// A stamp from a source file's size and modification time (an edited file gets a new one).
    public static func stamp(of source: URL) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source.path),
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        return "\(size)-\(Int64((modified.timeIntervalSince1970 * 1_000_000).rounded()))"
    }

    /// Whether a file can be written at `url` (its folder made if need be): data that is only
    /// worth deriving in bulk because it is kept is not derived when it cannot be.
    public static func isWritable(_ url: URL) -> Bool {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return FileManager.default.isWritableFile(atPath: folder.path)
    }

    public static func read(_ url: URL) -> Data? {
        try? Data(contentsOf: url, options: .alwaysMapped)
    }

    /// Writes through a temporary file renamed into place (readers never see half a file),
    /// then removes the other stamps of the same name.
    public static func write(_ data: Data, to url: URL) {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard (try? data.write(to: url, options: .atomic)) != nil,
              let at = url.lastPathComponent.firstIndex(of: "@") else { return }
        let prefix = url.lastPathComponent[...at]
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where file.hasPrefix(prefix) && file.hasSuffix(".table") && file != url.lastPathComponent {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
    }
}
