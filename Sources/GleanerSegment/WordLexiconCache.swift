import Foundation

/// The built word table as a binary file in the user's cache folder, so a process reads it in
/// milliseconds instead of hashing 600,000 words and their prefixes again (jieba keeps the same
/// kind of cache of its prefix dictionary). The file's name carries the word list's size and
/// modification time and the table's format: an edited list or a new hash builds a new table.
/// A cache that is missing, unreadable, truncated or unwritable only means building from the
/// list; it never changes what is loaded.
enum WordLexiconCache {
    /// Bumped whenever the hash, the slot layout or the value encoding changes.
    static let format = 1
    static let magic: UInt64 = 0x3130_4C57_524E_4C47 // "GLNRWL01"
    static let headerSize = 24

    /// `$XDG_CACHE_HOME/gleaner/` or `~/.cache/gleaner/`; nil when neither is known or
    /// GLEANER_NO_CACHE is set.
    static func location(for source: URL) -> URL? {
        let env = ProcessInfo.processInfo.environment
        guard env["GLEANER_NO_CACHE"] == nil,
              let attributes = try? FileManager.default.attributesOfItem(atPath: source.path),
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        let base: URL
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { base = URL(fileURLWithPath: xdg) }
        else if let home = env["HOME"], !home.isEmpty { base = URL(fileURLWithPath: home).appendingPathComponent(".cache") }
        else { return nil }
        let stamp = Int64((modified.timeIntervalSince1970 * 1_000_000).rounded())
        let name = source.deletingPathExtension().lastPathComponent
        return base.appendingPathComponent("gleaner").appendingPathComponent("\(name)-\(size)-\(stamp)-v\(format).table")
    }

    /// Header (magic, slot count, unknown-character log probability, longest word), then the
    /// keys and the values of every slot.
    static func write(_ table: WordLexicon, to url: URL) {
        var data = Data(capacity: headerSize + table.keys.count * 12)
        withUnsafeBytes(of: magic.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(table.keys.count).littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: table.unknown.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(table.maxLength).littleEndian) { data.append(contentsOf: $0) }
        table.keys.withUnsafeBytes { data.append(contentsOf: $0) }
        table.values.withUnsafeBytes { data.append(contentsOf: $0) }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic) // a temporary file renamed: readers never see half a table
    }

    static func read(_ url: URL) -> WordLexicon? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped), data.count >= headerSize else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> WordLexicon? in
            guard UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)) == magic else { return nil }
            let slots = Int(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
            let unknown = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
            let maxLength = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 20, as: UInt32.self)))
            // A power of two (the table masks with slots - 1) and exactly the bytes it needs.
            guard slots > 0, slots & (slots - 1) == 0, data.count == headerSize + slots * 12, maxLength > 0 else { return nil }
            let keys = [UInt64](unsafeUninitializedCapacity: slots) { buffer, count in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[headerSize..<headerSize + slots * 8]))
                count = slots
            }
            let values = [Float](unsafeUninitializedCapacity: slots) { buffer, count in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[(headerSize + slots * 8)...]))
                count = slots
            }
            return WordLexicon(keys: keys, values: values, unknown: unknown, maxLength: maxLength)
        }
    }
}
