import Foundation
import GleanerModel
import ICUKit

/// The Han-Latin reading (ICU's transliterator) of every ideograph of the Basic Multilingual
/// Plane, computed in one transliteration and kept in the cache folder (`CacheFile`, stamped
/// with ICU's version): compiling Han-Latin's rules costs 0.2 s, so a process that repairs one
/// ruby-annotated line (社區(qū)) would otherwise spend ten times longer loading than working.
struct HanReadings: Sendable {
    static let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
    static let format = 1
    private let readings: [String]

    /// The reading of `v`, nil outside the table's ranges (the caller asks ICU then).
    func reading(_ v: UInt32) -> String? {
        var offset = 0
        for r in Self.ranges {
            if r.contains(v) { return readings[offset + Int(v - r.lowerBound)] }
            offset += r.count
        }
        return nil
    }

    static var count: Int { ranges.reduce(0) { $0 + $1.count } }

    /// From the cache, or computed with `transliterator` and cached. Nil when there is no cache
    /// to keep it in (computing all 28,000 readings costs more than the few a text needs: the
    /// caller then asks ICU character by character).
    static func load(_ transliterator: () -> Transliterator?) -> HanReadings? {
        guard let url = CacheFile.location(name: "han-latin", stamp: "icu\(ICUVersion.string)-v\(format)") else { return nil }
        if let data = CacheFile.read(url), let table = parse(data) { return table }
        guard CacheFile.isWritable(url), let t = transliterator(), let table = compute(t) else { return nil }
        CacheFile.write(Data(table.readings.joined(separator: "\n").utf8), to: url)
        return table
    }

    static func parse(_ data: Data) -> HanReadings? {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == count else { return nil }
        return HanReadings(readings: lines.map(String.init))
    }

    /// One call for all characters, a line each: a line break ends a word, so each character is
    /// read alone, as `reading` of one character would.
    static func compute(_ t: Transliterator) -> HanReadings? {
        var text: [Unicode.Scalar] = []
        for v in ranges.joined() {
            if !text.isEmpty { text.append("\n") }
            text.append(Unicode.Scalar(v)!)
        }
        guard let out = try? t.apply(String(scalars: text)) else { return nil }
        return parse(Data(out.lowercased().utf8))
    }
}
