import Foundation
import Testing
import ICUKit
@testable import GleanerDedup

@Suite struct DedupTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folding = try! ShingleText()

    static func seed(_ prefix: String) throws -> String {
        let dir = repo.appendingPathComponent("corpora/seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) }!
        return try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func foldingIgnoresScriptWidthCaseAndPunctuation() {
        let f = Self.folding
        #expect(f.fold("社區開展，ＡＢＣ！") == f.fold("社区开展 abc"))
        #expect(f.fold("Día Social") == f.fold("día social"))
    }

    @Test func signaturesEstimateJaccardAndRoundTrip() {
        let m = MinHash()
        let a = m.signature(Array(0..<400).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 })
        let b = m.signature(Array(200..<600).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 })
        #expect(abs(a.jaccard(b) - 1.0 / 3.0) < 0.12) // true Jaccard 200/600
        #expect(Signature(bytes: a.bytes) == a)
    }

    /// The seeds with re-scraped, truncated and script-converted copies: each copy joins its
    /// original, and seeds 000 and 001 (two different campaigns) stay apart.
    @Test func seedsAndTheirCopies() throws {
        let seeds = try ["000", "001", "002", "003", "004"].map(Self.seed)
        func body(_ s: String) -> String { s.split(separator: "\n").dropFirst(2).joined(separator: "\n") }
        let rescraped = "首页 > 新闻中心\n发布时间：2024-04-02 来源：某某网\n" + body(seeds[3]) + "\n打印本页 关闭窗口"
        let lines = seeds[4].split(separator: "\n")
        let truncated = lines.prefix(lines.count * 7 / 10).joined(separator: "\n")
        let traditional = try Transliterator("Simplified-Traditional").apply(seeds[4])
        let texts = seeds + [rescraped, truncated, traditional]
        let reps = Deduplicator(folding: Self.folding).clusters(texts)
        #expect(Set(reps[0..<5]).count == 5, "the five seeds are five stories")
        #expect(reps[5] == 3, "re-scraped seed 003 joins it")
        #expect(reps[6] == 4, "truncated seed 004 joins it")
        #expect(reps[7] == 4, "traditional-script seed 004 joins it")
    }

    /// A span of the page read with the wrong charset (UTF-8 bytes decoded as GBK) folds to
    /// far fewer characters than the clean span (seed 004: 207 against 489, from ~730 decoded
    /// characters): most are rare ones, outside the common set that is shingled.
    @Test func aGarbledSpanDropsOutInsteadOfAddingShingles() throws {
        let text = try Self.seed("004")
        let lines = text.split(separator: "\n")
        let cut = lines.count / 4
        let span = lines[cut..<(cut + max(1, lines.count / 5))].joined(separator: "\n")
        let garbled = try CharsetConverter.decode(Array(span.utf8), charset: "GBK").text
        // Measured on seed 004: the garbled span keeps 42 % of the clean span's folded
        // characters (UTF-8 read as GBK still yields some common characters); what matters is
        // that it adds far fewer shingles than a clean span would and the copy still clusters.
        #expect(Self.folding.fold(garbled[...]).count * 2 < Self.folding.fold(span[...]).count,
                "garbled text keeps under half of the clean text's folded characters")
        let copy = (lines[..<cut] + [Substring(garbled)] + lines[(cut + max(1, lines.count / 5))...]).joined(separator: "\n")
        let seeds = try ["000", "001", "002", "003", "004"].map(Self.seed)
        let reps = Deduplicator(folding: Self.folding).clusters(seeds + [copy])
        #expect(reps[5] == 4, "the partly garbled copy of seed 004 joins it")
    }

    /// The shared sample (500 pages, 150 near-duplicates), scored as its README says: pairs
    /// inside predicted clusters against the true clusters.
    @Test func sharedSampleMeetsTheBars() throws {
        let dir = Self.repo.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/dedup/sample")
        guard let docsData = FileManager.default.contents(atPath: dir.appendingPathComponent("docs.jsonl").path),
              let truthData = FileManager.default.contents(atPath: dir.appendingPathComponent("truth.jsonl").path) else {
            print("skipping: ../shared/benchmarks/dedup/sample not found")
            return
        }
        func records(_ d: Data) -> [[String: Any]] {
            d.split(separator: 10).compactMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        }
        let docs = records(docsData)
        var truth: [String: Int] = [:]
        for t in records(truthData) { truth[t["id"] as! String] = t["cluster"] as? Int }
        let ids = docs.map { $0["id"] as! String }
        let reps = Deduplicator(folding: Self.folding).clusters(docs.map { $0["text"] as! String })
        func pairs(_ cluster: [Int]) -> Set<[Int]> {
            var groups: [Int: [Int]] = [:]
            for (i, c) in cluster.enumerated() { groups[c, default: []].append(i) }
            var out = Set<[Int]>()
            for g in groups.values where g.count > 1 {
                for a in 0..<g.count { for b in (a + 1)..<g.count { out.insert([g[a], g[b]]) } }
            }
            return out
        }
        let truePairs = pairs(ids.map { truth[$0]! })
        let predicted = pairs(reps)
        let hit = truePairs.intersection(predicted).count
        let precision = Double(hit) / Double(max(1, predicted.count))
        let recall = Double(hit) / Double(max(1, truePairs.count))
        #expect(precision >= 0.99, "precision \(precision)")
        #expect(recall >= 0.97, "recall \(recall)")
    }
}
