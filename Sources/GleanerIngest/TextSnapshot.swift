import Foundation

/// Plain-text snapshots as crawlers save them (like the seeds): a header (navigation bullets,
/// the title, a "类别 / 发布时间 / 来源" line, "本文转自"), the article, and a trailer (the
/// crawler's disclaimer, 快照生成时间, 信息原文地址, lists of related articles with dates).
/// The header and trailer become metadata or are dropped; the body is the article only.
public enum TextSnapshot {
    static let trailerMarkers = ["以上内容为资讯信息快照", "快照生成时间", "信息原文地址", "本站信息快照", "更多关于", "免责声明",
                                 "相关阅读", "相关新闻", "相关文章", "推荐阅读", "延伸阅读"]
    static let headerMarkers = ["发布时间", "发表时间", "发布日期"]
    /// Headings of related-article lists, which may also end a line (【标题】相關文章:).
    static let relatedMarkers = ["相关阅读", "相关新闻", "相关文章", "推荐阅读", "延伸阅读", "相關閱讀", "相關新聞", "相關文章",
                                 "推薦閱讀", "延伸閱讀"]

    /// A line as markers are matched: ruby readings such as (guān) dropped, trailing colon too.
    static func markerForm(_ line: String) -> String {
        var out = line.replacingOccurrences(of: #"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"#, with: "", options: .regularExpression)
        while let last = out.last, last == ":" || last == "：" || last == " " { out.removeLast() }
        return out
    }

    /// A related-article line: a short title followed by its date (标题06-08, 标题 2023-03-18).
    static func isDatedTitle(_ line: String) -> Bool {
        line.unicodeScalars.count <= 60
            && line.range(of: #"(\d{4}-)?\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$"#, options: .regularExpression) != nil
    }

    /// Where a trailing related-article list starts: a line ending in a related heading, or a
    /// run of at least three dated title lines that lasts to the end.
    static func relatedListStart(_ lines: [String], from: Int) -> Int? {
        for i in from..<lines.count where !lines[i].isEmpty {
            let form = markerForm(lines[i])
            if relatedMarkers.contains(where: { form.hasSuffix($0) }),
               lines[(i + 1)...].filter({ !$0.isEmpty }).allSatisfy(isDatedTitle) { return i }
        }
        var k = lines.count
        while k > from, lines[k - 1].isEmpty || isDatedTitle(lines[k - 1]) { k -= 1 }
        return lines[k..<lines.count].filter({ !$0.isEmpty }).count >= 3 ? k : nil
    }

    public static func clean(_ text: String) -> ExtractedPage {
        let lines = text.components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespaces) }
        var page = ExtractedPage()
        // Header: up to the first line (among the first 15 non-empty) that carries a publication label.
        var bodyStart = 0
        var nonEmpty = 0
        for (i, line) in lines.enumerated() where !line.isEmpty {
            nonEmpty += 1
            if nonEmpty > 15 { break }
            if headerMarkers.contains(where: { line.contains($0) }) {
                bodyStart = i + 1
                let found = TextPatterns.scan([line])
                page.published = found.published ?? found.firstDate
                page.site = found.source
                // The title is the last non-empty line before it that is not a bullet.
                if let t = lines[..<i].last(where: { !$0.isEmpty && !$0.hasPrefix("•") && !$0.hasPrefix("·") }) { page.title = t }
                break
            }
        }
        // Trailer: from the first crawler marker on.
        var bodyEnd = lines.count
        for i in bodyStart..<lines.count where trailerMarkers.contains(where: { lines[i].hasPrefix($0) || lines[i].contains("爬虫") }) {
            bodyEnd = i
            break
        }
        if let related = relatedListStart(lines, from: bodyStart), related < bodyEnd { bodyEnd = related }
        var body: [String] = []
        for line in lines[bodyStart..<max(bodyStart, bodyEnd)] where !line.isEmpty {
            if body.isEmpty, line.hasPrefix("本文转自") || line.hasPrefix("转自") {
                let found = TextPatterns.scan([line])
                page.source = found.source
                continue
            }
            if body.isEmpty, let title = page.title, line == title { continue }
            body.append(line)
        }
        if bodyStart == 0 && bodyEnd == lines.count {
            // Not a crawler snapshot: the text as it is, with whatever labels its first lines carry.
            // The text stays exactly as it came.
            let firstLines = Array(lines.filter { !$0.isEmpty }.prefix(10))
            let found = TextPatterns.scan(firstLines)
            page.published = found.published
            page.source = found.source
            page.author = found.author
            page.title = firstLines.first.map { String($0.prefix(200)) }
            page.paragraphs = [text]
            return page
        } else {
            let found = TextPatterns.scan(Array(body.prefix(5)))
            page.author = found.author
            if page.source == nil { page.source = page.site }
        }
        page.paragraphs = body
        return page
    }
}
