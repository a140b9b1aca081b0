import Foundation
import Testing
import GleanerDedup
import GleanerRepair
import GleanerSegment
@testable import GleanerArchive
@testable import GleanerModel
@testable import GleanerPipeline

@Suite struct IngestTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpora = repo.appendingPathComponent("corpora").path

    func temporaryArchive() throws -> Archive {
        try Archive(path: NSTemporaryDirectory() + "gleaner-ingest-\(UUID().uuidString).sqlite")
    }

    func temporaryFolder() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("gleaner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func gzippedJSONLinesAreRecordsNotOnePage() throws {
        let folder = try temporaryFolder()
        let plain = folder.appendingPathComponent("export.jsonl")
        try ([#"{"id":"a","url":"http://x/a","text":"2024年3月1日，社区开展志愿服务活动。"}"#,
              #"{"id":"b","text":"La Asociación celebró la Semana del Trabajo Social."}"#,
              #"not json"#].joined(separator: "\n") + "\n").write(to: plain, atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        guard gzip.terminationStatus == 0 else { return }
        let archive = try temporaryArchive()
        var problems: [Problem] = []
        let summary = try Ingestor(archive: archive).run([folder.path], problem: { problems.append($0) })
        #expect(summary.added == 2)
        #expect(problems.count == 1 && problems[0].origin.record == "line 3")
        #expect(try archive.search(SearchQuery("志愿")).hits.first?.externalId == "a")
    }

    @Test func aRevisitInALaterRunResolvesToTheOriginalTheArchiveHolds() throws {
        let crawls = Self.repo.deletingLastPathComponent().appendingPathComponent("shared/corpora/warc/ukwa/gov.uk-revisit-warcs")
        let first = crawls.appendingPathComponent("BL-20140325121225068-00000-32090_opera_8443.warc.gz").path
        let second = crawls.appendingPathComponent("BL-20140325122341434-00000-32090_opera_8443.warc.gz").path
        guard FileManager.default.fileExists(atPath: first) else { return }
        func unresolved(_ notes: [Problem]) -> Int { notes.filter { $0.message.contains("not seen in this run or the archive") }.count }
        // The second crawl alone: its revisits of the first crawl's pages have nothing to point to.
        var alone: [Problem] = []
        _ = try Ingestor(archive: try temporaryArchive()).run([second], note: { alone.append($0) })
        // The first crawl in one run, the second in another: the archive supplies the originals.
        let archive = try temporaryArchive()
        let one = try Ingestor(archive: archive).run([first])
        var notes: [Problem] = []
        let two = try Ingestor(archive: archive).run([second], note: { notes.append($0) })
        #expect(unresolved(alone) > unresolved(notes))
        #expect(two.alreadyPresent >= unresolved(alone) - unresolved(notes), "a resolved revisit repeats stored bytes")
        #expect(try archive.counts().snapshots == one.added + two.added)
    }

    @Test func searchResultsCarryTheDateAndOriginalSourceThePageStates() throws {
        let archive = try temporaryArchive()
        _ = try Ingestor(archive: archive).run([Self.corpora])
        let hit = try archive.search(SearchQuery("秀洲区")).hits.first { $0.path.contains("/003_") }
        #expect(hit?.source == "嘉兴日报")
        #expect(hit?.published?.hasPrefix("2024-04-01 06:45") == true)
    }

    @Test func titlesAreRepairedLikeTheBody() throws {
        let builder = DocumentBuilder(repairer: try Repairer.standard())
        let seeds = Self.repo.appendingPathComponent("corpora/seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix("000") }!
        let bytes = [UInt8](try Data(contentsOf: seeds.appendingPathComponent(name)))
        let doc = try builder.build(Snapshot(bytes: bytes, origin: .init(path: name)))
        #expect(doc.title?.contains("(qū)") == false)
        #expect(doc.title?.hasPrefix("社區開展社工讓社區更美好") == true)
    }

    @Test func documentsGetTheirLanguage() throws {
        let builder = DocumentBuilder(languages: try LanguageIdentifier.standard())
        let seeds = Self.repo.appendingPathComponent("corpora/seeds")
        var found: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let bytes = [UInt8](try Data(contentsOf: seeds.appendingPathComponent(name)))
            found.append(try builder.build(Snapshot(bytes: bytes, origin: .init(path: name))).language ?? "")
        }
        #expect(found == ["zh-Hant", "zh-Hant", "es", "zh-Hans", "zh-Hans"])
    }

    @Test func ingestingTheCorpusTwiceIsIdempotent() throws {
        let archive = try temporaryArchive()
        let first = try Ingestor(archive: archive).run([Self.corpora])
        #expect(first.failed == 0)
        #expect(first.added >= 5)
        let counts = try archive.counts()
        let second = try Ingestor(archive: archive).run([Self.corpora])
        #expect(second.added == 0)
        #expect(second.alreadyPresent == first.added)
        #expect(try archive.counts() == counts)
        // The seeds are searchable afterwards, Chinese and Spanish.
        #expect(try archive.search(SearchQuery("社工")).total >= 4)
        #expect(try archive.search(SearchQuery("trabajo social")).total >= 1)
    }

    @Test func unreadableAndBinaryInputIsReportedAndTheRunGoesOn() throws {
        let folder = try temporaryFolder()
        let good = folder.appendingPathComponent("a-good.txt")
        try "社工让社区更美好".write(to: good, atomically: true, encoding: .utf8)
        let junk = folder.appendingPathComponent("b-junk.bin")
        var rng = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }).write(to: junk)
        let locked = folder.appendingPathComponent("c-locked.txt")
        try "secret".write(to: locked, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let lockedIsReadable = FileManager.default.isReadableFile(atPath: locked.path) // true when run as root
        let last = folder.appendingPathComponent("d-last.txt")
        try "Semana de Promoción del Trabajo Social".write(to: last, atomically: true, encoding: .utf8)

        let archive = try temporaryArchive()
        var problems: [Problem] = []
        let summary = try Ingestor(archive: archive).run([folder.path, folder.appendingPathComponent("missing").path],
                                                         problem: { problems.append($0) })
        #expect(problems.contains { $0.origin.path == junk.path && $0.kind == .binary })
        #expect(problems.contains { $0.origin.path.hasSuffix("missing") && $0.kind == .unreadable })
        if !lockedIsReadable {
            #expect(problems.contains { $0.origin.path == locked.path && $0.kind == .unreadable })
        }
        #expect(summary.failed == problems.count)
        // Files after the bad ones still went in.
        #expect(try archive.search(SearchQuery("promocion")).total == 1)
        #expect(try archive.search(SearchQuery("社工")).total == 1)
    }

    @Test func decodesSeedsReencodedAsGBKBig5AndUTF16() throws {
        let folder = try temporaryFolder()
        let seed = try String(contentsOfFile: Self.corpora + "/seeds/003_1f3dfc47d8751b24.txt", encoding: .utf8)
        let sample = String(seed.prefix(1500))
        for (name, encoding) in [("gbk", "GB18030"), ("utf16", "UTF-16LE")] {
            let bytes = try #require(try ICUKitBridge.encode(sample, encoding))
            try Data(bytes).write(to: folder.appendingPathComponent("\(name).txt"))
        }
        let archive = try temporaryArchive()
        let summary = try Ingestor(archive: archive).run([folder.path])
        #expect(summary.failed == 0)
        #expect(summary.added == 2)
        #expect(try archive.search(SearchQuery("社工力量")).total == 2)
    }

    @Test func jsonLinesRecordsKeepTheirIds() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("docs.jsonl")
        try """
            {"id": "x1", "title": "标题", "text": "社会工作宣传周"}
            not json
            {"id": 2, "text": "志愿者服务"}
            """.write(to: file, atomically: true, encoding: .utf8)
        let archive = try temporaryArchive()
        var problems: [Problem] = []
        let summary = try Ingestor(archive: archive).run([file.path], problem: { problems.append($0) })
        #expect(summary.added == 2)
        #expect(problems.count == 1)
        #expect(problems.first?.origin.record == "line 2")
        #expect(try archive.search(SearchQuery("宣传")).hits.first?.externalId == "x1")
        #expect(try archive.search(SearchQuery("志愿")).hits.first?.externalId == "2")
    }
}

@Suite struct NearDuplicateIngestTests {
    @Test func aReScrapedCopyOfTheCorpusLinksToItsOriginals() throws {
        let seeds = IngestTests.repo.appendingPathComponent("corpora/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let copies = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("gleaner-copies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        for name in names {
            // Another site's header and footer around the same body.
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            try ("首页 > 社会 > 正文\n2024-05-01 10:00 来源：转载网\n" + text + "\n打印本页 关闭窗口\n")
                .write(to: copies.appendingPathComponent("copy-" + name), atomically: true, encoding: .utf8)
        }
        let archive = try Archive(path: NSTemporaryDirectory() + "gleaner-near-\(UUID().uuidString).sqlite")
        let signer = DocumentSigner(folding: try ShingleText())
        _ = try Ingestor(archive: archive, signer: signer).run([seeds.path])
        #expect(try archive.nearDuplicateCount() == 0, "the five seeds are five stories (000 and 001 stay apart)")
        let second = try Ingestor(archive: archive, signer: signer).run([copies.path])
        #expect(second.added == names.count)
        #expect(try archive.nearDuplicateCount() == names.count, "every copy is linked to its original")
    }

    @Test func aParagraphRepeatedAcrossASiteIsFlaggedAsBoilerplate() throws {
        let site = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("gleaner-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        // A standing line the site prints on every page. (A disclaimer would not do: the ingest
        // stage already drops disclaimers from text snapshots before paragraphs are counted.)
        let notice = "包头市民政局每周六在社区举办公益讲座，服务热线每天早八点至晚八点为居民提供咨询，欢迎来电。"
        for i in 0..<6 {
            try ("2024年3月\(i + 1)日，社区开展第\(i + 3)届邻里节活动，居民\(i * 37 + 12)人参加。\n\(notice)\n")
                .write(to: site.appendingPathComponent("page-\(i).txt"), atomically: true, encoding: .utf8)
        }
        let archive = try Archive(path: NSTemporaryDirectory() + "gleaner-site-\(UUID().uuidString).sqlite")
        let ingestor = Ingestor(archive: archive, signer: DocumentSigner(folding: try ShingleText()))
        ingestor.annotator = try Annotator.load()
        _ = try ingestor.run([site.path])
        #expect(try archive.boilerplateParagraphCount() == 6, "the notice, in all six pages, and nothing else")
        // Kept out of search and extraction, also in the pages stored before it was seen to recur.
        #expect(try archive.search(SearchQuery("热线")).total == 0)
        #expect(try archive.search(SearchQuery("邻里节")).total == 6)
        #expect(try archive.search(SearchQuery("民政局"), filter: EventFilter()).total == 0)
        #expect(try archive.search(SearchQuery("社区"), filter: EventFilter(organization: "包头市民政局")).total == 0)
        #expect(try archive.events(EventFilter(text: "讲座"), limit: 0).events.isEmpty)
        #expect(try archive.events(EventFilter(text: "邻里节"), limit: 0).events.count >= 1)
        // The index agrees with the text it says it holds (rank 1: checked against the content).
        try archive.pool.write { try $0.execute(sql: "INSERT INTO documentFTS(documentFTS, rank) VALUES('integrity-check', 1)") }
    }
}
