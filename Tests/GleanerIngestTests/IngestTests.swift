import Foundation
import GleanerIngest
import GleanerModel
import Testing

/// Real material from ../shared/corpora (skipped, saying so, when that folder is absent) and the seeds.
struct IngestTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpora = repo.deletingLastPathComponent().appendingPathComponent("shared/corpora")

    static func shared(_ rel: String) -> String? {
        let path = corpora.appendingPathComponent(rel).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipping: ../shared/corpora/\(rel) not found")
            return nil
        }
        return path
    }

    /// Every event of a WARC file, through the snapshot layer.
    static func read(_ path: String) throws -> (snapshots: [Snapshot], problems: [Problem], skipped: [Problem], types: [String: Int]) {
        let w = WARCSnapshots()
        var snapshots: [Snapshot] = [], problems: [Problem] = [], skipped: [Problem] = []
        try w.read(path: path) { item in
            switch item {
            case .snapshot(let s): snapshots.append(s)
            case .problem(let p): problems.append(p)
            case .skipped(let p): skipped.append(p)
            }
        }
        return (snapshots, problems, skipped, w.recordsByType)
    }

    @Test func seed003BodyIsTheArticleOnly() throws {
        let text = try String(contentsOf: Self.repo.appendingPathComponent("corpora/seeds/003_1f3dfc47d8751b24.txt"), encoding: .utf8)
        let page = TextSnapshot.clean(text)
        #expect(page.published?.hasPrefix("2024-04-01 06:45") == true)
        #expect(page.source == "嘉兴日报")
        #expect(page.title == "汇聚社工力量 打通为民服务“最后一米”")
        let body = page.text
        #expect(body.contains("秀洲区第十一届社工月暨新塍镇社会工作主题活动拉开帷幕"))
        #expect(body.hasSuffix("贡献社会工作专业力量。"))
        for crawler in ["快照生成时间", "信息原文地址", "爬虫", "2023-03-18 19:21:00", "更多关于", "我的订阅", "本文转自", "发布时间"] {
            #expect(!body.contains(crawler), "crawler text in body: \(crawler)")
        }
    }

    @Test func plainTextWithoutCrawlerFramingStaysAsItIs() {
        let text = "第一行\n\n  第二行  \n"
        #expect(TextSnapshot.clean(text).text == text)
    }

    @Test func chinesePagesInResiliparseWARCDecodeWithoutReplacementCharacters() throws {
        guard let path = Self.shared("warc/resiliparse/warcfile.warc") else { return }
        let (snapshots, problems, _, types) = try Self.read(path)
        #expect(problems.isEmpty)
        #expect(types == ["warcinfo": 1, "request": 17, "response": 16, "metadata": 16])
        #expect(snapshots.count == 16)
        let reader = PageReader()
        var chinese = 0
        for s in snapshots {
            let page = try reader.read(s.bytes, contentType: s.contentType, url: s.origin.url)
            #expect(!page.extracted.text.contains("\u{FFFD}"), "U+FFFD in \(s.origin.url ?? "?") (\(page.charset.charset))")
            if page.extracted.text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { chinese += 1 }
            if s.origin.url == "http://096355.com/video/11073.html" { #expect(page.charset.charset == "GB18030") }
        }
        #expect(chinese >= 9)
    }

    @Test func gzipPerRecordAndUncompressedGiveTheSameRecords() throws {
        guard let plain = Self.shared("warc/resiliparse/warcfile.warc"), let gz = Self.shared("warc/resiliparse/warcfile.warc.gz") else { return }
        let a = try Self.read(plain), b = try Self.read(gz)
        #expect(a.types == b.types)
        #expect(a.snapshots.map(\.bytes) == b.snapshots.map(\.bytes))
    }

    @Test func revisitsResolveToTheirOriginalsAcrossFiles() throws {
        guard let first = Self.shared("warc/ukwa/gov.uk-revisit-warcs/BL-20140325121225068-00000-32090_opera_8443.warc.gz"),
              let second = Self.shared("warc/ukwa/gov.uk-revisit-warcs/BL-20140325122341434-00000-32090_opera_8443.warc.gz")
        else { return }
        let w = WARCSnapshots()
        var resolved = 0
        for path in [first, second] {
            try w.read(path: path) { item in
                if case .snapshot(let s) = item, path == second, s.origin.record != nil, w.recordsByType["revisit", default: 0] > 0 { resolved += 1 }
            }
        }
        #expect(w.recordsByType["revisit"] == 55)
        #expect(resolved > 6) // the 2nd crawl's own responses plus revisits of HTML pages from the 1st
    }

    @Test func readingInSmallChunksGivesTheSameRecordsAndProblems() throws {
        // The reader holds a chunk and the record at hand; records straddle every boundary of
        // 4,099-byte chunks, and the parser must not notice.
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.corpora.appendingPathComponent("warc").path)
            .filter { $0.contains(".warc") || $0.hasSuffix(".arc") || $0.hasSuffix(".arc.gz") }.sorted()
        guard !files.isEmpty else { return }
        func run(_ path: String, _ chunk: Int) throws -> (records: [String], problems: [String]) {
            var reader = WARCReader()
            reader.chunkBytes = chunk
            var records: [String] = [], problems: [String] = []
            try reader.read(path: path) { event in
                switch event {
                case .record(let r): records.append("\(r.type) \(r.offset) \(r.damaged) \(r.block.count) \(WARCDigest.sha1Base32(r.block))")
                case .problem(let offset, let kind, let message): problems.append("\(offset) \(kind) \(message)")
                }
            }
            return (records, problems.sorted())
        }
        var compared = 0
        for file in files {
            let path = Self.corpora.appendingPathComponent("warc/\(file)").path
            guard WARCReader.sniff([UInt8]((FileHandle(forReadingAtPath: path)?.readData(ofLength: 512)) ?? Data())) else { continue }
            let whole = try run(path, 1 << 20), small = try run(path, 4099)
            #expect(whole.records == small.records, "\(file)")
            #expect(whole.problems == small.problems, "\(file)")
            compared += 1
        }
        #expect(compared >= 20)
    }

    @Test func brokenFilesGiveOneClearMessageNamingTheOffset() throws {
        let cases: [(String, String)] = [
            ("resiliparse/clipped.warc.gz", "truncated gzip member at offset"),
            ("warcio/example-trunc.warc", "truncated"),
            ("pywb/example-extra.warc", "offset"),
            ("warcio/example-wrong-chunks.warc.gz", "Content-Length"),
            ("webarchive-commons/link-extraction-test.warc", "longer than its Content-Length"),
            ("warcio/bad.arc", "malformed ARC header"),
        ]
        for (rel, expected) in cases {
            guard let path = Self.shared("warc/" + rel) else { continue }
            let (_, problems, skipped, _) = try Self.read(path)
            let all = problems + skipped
            #expect(all.contains { $0.message.contains(expected) && $0.origin.record?.hasPrefix("offset ") == true },
                    "\(rel): \(all.map(\.message))")
        }
    }

    @Test func everyWARCFileReadsWithoutACrash() throws {
        guard let root = Self.shared("warc") else { return }
        let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }.filter { !$0.hasSuffix("README.md") }
        for rel in files {
            let path = root + "/" + rel
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let head = FileHandle(forReadingAtPath: path)?.readData(ofLength: 4096), WARCReader.sniff([UInt8](head)) else { continue }
            _ = try Self.read(path)
        }
    }

    @Test func truncatedGzipAndDigestMismatchAreValues() {
        let html = Array("<html><body><p>hello</p></body></html>".utf8)
        #expect(Gzip.inflate(Array(html.prefix(3))).outcome != .complete)
        #expect(WARCDigest.verify("sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", html) == false)
        #expect(WARCDigest.verify("sha1:" + WARCDigest.sha1Base32(html), html) == true)
    }

    @Test func chunkedTransferEncodingIsUndone() {
        let block = Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n".utf8)
        let r = HTTPResponse.parse(block)
        #expect(r?.status == 200)
        #expect(r.map { String(decoding: $0.body, as: UTF8.self) } == "hello world")
    }

    @Test func declaredCharsetThatLiesIsOverruled() throws {
        // A page that says UTF-8 in its <meta> but was saved as GBK.
        let gbk: [UInt8] = [60, 104, 116, 109, 108, 62, 60, 104, 101, 97, 100, 62, 60, 109, 101, 116, 97, 32, 99, 104, 97, 114, 115, 101, 116, 61, 34, 117, 116, 102, 45, 56, 34, 62, 60, 116, 105, 116, 108, 101, 62, 208, 194, 206, 197, 60, 47, 116, 105, 116, 108, 101, 62, 60, 47, 104, 101, 97, 100, 62, 60, 98, 111, 100, 121, 62, 60, 112, 62, 189, 241, 204, 236, 204, 236, 198, 248, 186, 220, 186, 195, 163, 172, 206, 210, 195, 199, 200, 165, 185, 171, 212, 176, 201, 162, 178, 189, 163, 172, 191, 180, 188, 251, 186, 220, 182, 224, 200, 203, 212, 218, 182, 205, 193, 182, 201, 237, 204, 229, 161, 163, 60, 47, 112, 62, 60, 47, 98, 111, 100, 121, 62, 60, 47, 104, 116, 109, 108, 62]
        let page = try PageReader().read(gbk)
        #expect(page.charset.overruled == "UTF-8")
        #expect(page.extracted.text.contains("今天天气很好"))
    }

    @Test func mainTextOfAScrapinghubPage() throws {
        guard let path = Self.shared("html/scrapinghub-aeb/html/c13b9c0e04fb28d445d22e92bff6ab7f7800a429930677c28c4dad89f3269869.html.gz") else { return }
        let page = try PageReader().read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(page.isHTML)
        #expect(page.extracted.text.contains("Meth. We"))
        #expect(page.extracted.published?.hasPrefix("2019-11-19") == true)
        #expect(page.extracted.language == "en")
    }

    @Test func chinesePageDateTitleAndText() throws {
        guard let path = Self.shared("html/zh-cwced/original/0d931936-d510-4904-a714-88bb267b62da.html") else { return }
        let page = try PageReader().read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(page.charset.charset == "GB18030")
        #expect(page.extracted.published?.hasPrefix("2005-03-21 11:21") == true)
        #expect(page.extracted.title == "四年前中500万现穷困潦倒 一夜暴富后如何经营")
        #expect(page.extracted.text.hasPrefix("人生如戏。"))
    }
    @Test func aBlogFrontPageGivesItsFirstPostNotItsLongest() throws {
        // Posts of one template (td.post-body) one under another: the first is the page's article.
        guard let path = Self.shared("html/zh-cwced/original/59562291-5657-476d-9902-ad76b53ef82b.html") else { return }
        let page = try PageReader().read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(page.extracted.text.hasPrefix("湘菜粤菜兵分两路"))
        #expect(page.extracted.published?.hasPrefix("2005-06-14 03:25") == true)
    }

    @Test func usDatelineWithPMIsA24HourTime() throws {
        let html = "<html><body><font>7/5/2005 9:23:57 PM</font><div><p>" + String(repeating: "我是怎样卷入八九民运的，一九八九年四月。", count: 8) + "</p></div></body></html>"
        let page = try PageReader().read(Array(html.utf8))
        #expect(page.extracted.published == "2005-07-05 21:23:57")
    }
}
