import Foundation
import GleanerModel

/// The built word table as a binary file in the user's cache folder (`CacheFile`), so a process
/// reads it in milliseconds instead of hashing 600,000 words and their prefixes again (jieba
/// keeps the same kind of cache of its prefix dictionary). Its stamp carries the word list's
/// size and modification time and the table's format: an edited list or a new hash builds a new
/// table. A cache that is missing, unreadable, truncated or unwritable only means building from
/// the list; it never changes what is loaded.
enum WordLexiconCache {
    /// Bumped whenever the hash, the slot layout or the value encoding changes.
    static let format = 3
    static let magic: UInt64 = 0x3330_4C57_524E_4C47 // "GLNRWL03"
    static let headerSize = 24

    /// words-zh@SIZE-MTIME-vFORMAT.table in the cache folder (`CacheFile`).
    static func location(for source: URL) -> URL? {
        guard let stamp = CacheFile.stamp(of: source) else { return nil }
        return CacheFile.location(name: source.deletingPathExtension().lastPathComponent, stamp: "\(stamp)-v\(format)")
    }

    /// Header (magic, slot count, unknown-character log probability, longest word), then every
    /// slot as it lies in memory (key, value, padding).
    static func write(_ table: WordLexicon, to url: URL) {
        let stride = MemoryLayout<WordLexicon.Slot>.stride
        var data = Data(capacity: headerSize + table.slots.count * stride)
        withUnsafeBytes(of: magic.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(table.slots.count).littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: table.unknown.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(table.maxLength).littleEndian) { data.append(contentsOf: $0) }
        table.slots.withUnsafeBytes { data.append(contentsOf: $0) }
        CacheFile.write(data, to: url)
    }

    static func read(_ url: URL) -> WordLexicon? {
        let stride = MemoryLayout<WordLexicon.Slot>.stride
        guard let data = CacheFile.read(url), data.count >= headerSize else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> WordLexicon? in
            guard UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)) == magic else { return nil }
            let count = Int(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
            let unknown = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
            let maxLength = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 20, as: UInt32.self)))
            // A power of two (the table masks with count - 1) and exactly the bytes it needs.
            guard count > 0, count & (count - 1) == 0, data.count == headerSize + count * stride, maxLength > 0 else { return nil }
            let slots = [WordLexicon.Slot](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[headerSize...]))
                initialized = count
            }
            return WordLexicon(slots: slots, unknown: unknown, maxLength: maxLength)
        }
    }
}
