import Foundation

/// Page metadata: title, publication date, author, source, site, canonical URL, language —
/// from meta tags, JSON-LD, <time>, the URL, and in-text patterns (发布时间:…, 来源:…, 本文转自:…).
enum Metadata {
    static let publishedKeys = ["article:published_time", "og:published_time", "article:published", "datepublished",
                                "publishdate", "publish_date", "publish-date", "pubdate", "pub_date", "publication_date",
                                "dc.date.issued", "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date",
                                "article.published", "og:release_date", "weibo: article:create_at", "created", "releasedate"]

    static func fill(_ page: inout ExtractedPage, walk w: HTMLExtractor.Walk, url: String?) {
        let meta = w.meta
        // Title: og:title, then h1 (when it looks like a headline), then <title> without the site's suffix.
        let titleTag = w.titleTag.map(stripSiteSuffix)
        if let og = meta["og:title"] ?? meta["twitter:title"], !og.isEmpty {
            page.title = stripSiteSuffix(og)
        } else if let h1 = w.h1, h1.count >= 4, titleTag.map({ $0.contains(h1) || h1.contains($0) }) ?? true {
            page.title = h1
        } else {
            page.title = titleTag ?? w.h1
        }
        page.canonicalURL = w.canonical ?? meta["og:url"] ?? url
        page.site = meta["og:site_name"] ?? meta["application-name"]
        page.language = (w.lang ?? meta["content-language"] ?? meta["language"] ?? meta["og:locale"])
            .map { $0.replacingOccurrences(of: "_", with: "-") }
        page.author = meta["author"] ?? meta["article:author"] ?? meta["byl"] ?? meta["dc.creator"] ?? meta["parsely-author"]
        for key in publishedKeys {
            if let v = meta[key], let d = normalizeDate(v) { page.published = d; break }
        }
        for ld in w.jsonLD {
            if page.published == nil, let v = jsonField(ld, "datePublished") ?? jsonField(ld, "dateCreated"), let d = normalizeDate(v) {
                page.published = d
            }
            if page.author == nil, let r = ld.range(of: "\"author\"") {
                let rest = ld[r.upperBound...].prefix(400)
                if let v = jsonField(String(rest), "name") { page.author = v }
            }
        }
        // In-text dates: those just before (or at the start of) the main text first — a news
        // page's dateline sits between its headline and its body; a labeled one (发布时间:) wins
        // inside that window; further away, comments and link lists carry other dates.
        let texts = w.blocks.map(\.text)
        if page.published == nil, let first = w.firstMain {
            let window = Array(texts[max(0, first - 12)..<min(texts.count, first + 3)])
            let near = TextPatterns.scan(window)
            if let d = near.published { page.published = d }
            else if let d = near.lastDate(before: min(12, first)) { page.published = d }
        }
        let inText = TextPatterns.scan(texts)
        if page.published == nil, let d = inText.published { page.published = d }
        if page.published == nil, let t = w.times.lazy.compactMap(normalizeDate).first { page.published = t }
        if page.published == nil, let d = inText.firstDate { page.published = d }
        if page.published == nil, let u = url ?? page.canonicalURL, let d = TextPatterns.urlDate(u) { page.published = d }
        if page.published == nil {
            // Only a year and month ("1998年3月"), in the text around the main text.
            let from = max(0, (w.firstMain ?? 0) - 12)
            // Lines of blocks: a "——《刊名》1998年3月号" source line often ends the article.
            for t in texts[from...].lazy.flatMap({ $0.split(separator: "\n") }) where t.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                let line = String(t.prefix(300)) as NSString
                if let m = TextPatterns.yearMonth.firstMatch(in: line as String, range: NSRange(location: 0, length: line.length)),
                   let y = Int(line.substring(with: m.range(at: 1))), let mo = Int(line.substring(with: m.range(at: 2))), (1...12).contains(mo) {
                    page.published = String(format: "%04d-%02d", y, mo)
                    break
                }
            }
        }
        if page.author == nil { page.author = inText.author }
        page.source = inText.source ?? page.site
        if page.title == nil || page.title!.isEmpty { page.title = page.paragraphs.first.map { String($0.prefix(200)) } }
    }

    static func stripSiteSuffix(_ t: String) -> String {
        let title = t.trimmingCharacters(in: .whitespacesAndNewlines)
        for sep in [" | ", " - ", " – ", " — ", "__", "_", "｜", "|", "——", "－", " :: "] {
            if let r = title.range(of: sep) {
                let head = title[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                if head.count >= 6 || (head.unicodeScalars.contains { $0.value >= 0x3400 } && head.count >= 4) { return head }
            }
        }
        return title
    }

    static func jsonField(_ json: String, _ name: String) -> String? {
        guard let r = json.range(of: "\"\(name)\"") else { return nil }
        var rest = json[r.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        let value = rest.prefix { $0 != "\"" }
        return value.isEmpty ? nil : String(value)
    }

    /// Any common date spelling → "YYYY-MM-DD" or "YYYY-MM-DD HH:MM[:SS]".
    static func normalizeDate(_ s: String) -> String? {
        TextPatterns.firstDate(in: s)
    }
}

/// Dates and labels in running text.
public enum TextPatterns {
    static let date = try! NSRegularExpression(
        pattern: #"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?"#)
    /// "9/17/2004 5:54:13 AM": month/day/year, normalized into the same groups.
    static let usDate = try! NSRegularExpression(
        pattern: #"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?"#)
    static let yearMonth = try! NSRegularExpression(pattern: #"((?:19|20)\d{2})\s*[年.-]\s*(\d{1,2})\s*月?(?!\d)"#)
    static let compactDate = try! NSRegularExpression(pattern: #"((?:19|20)\d{2})(\d{2})(\d{2})"#)
    static let label = try! NSRegularExpression(
        pattern: #"(发布时间|发表时间|发布日期|更新时间|时间|日期|发表于|发布于|出版日期|Published|Posted|Updated|Date)\s*[:：]?\s*"#,
        options: [.caseInsensitive])
    static let sourceLabel = try! NSRegularExpression(pattern: #"(来源|本文转自|转自|出处|稿源|文章来源|信息来源)\s*[:：]\s*([^\s　|，,。]{2,30})"#)
    static let authorLabel = try! NSRegularExpression(pattern: #"(作者|记者|文|撰稿|编辑|责任编辑)\s*[:：/]\s*([^\s　|，,。]{2,12})"#)
    static let english = try! NSRegularExpression(
        pattern: #"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})"#)

    /// The first date in a string, normalized.
    public static func firstDate(in s: String) -> String? {
        let ns = s as NSString
        if let m = date.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) {
            return format(m, ns)
        }
        if let m = english.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) {
            let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
            let mon = ns.substring(with: m.range(at: 1)).lowercased().prefix(3)
            guard let mi = months.firstIndex(of: String(mon)), let d = Int(ns.substring(with: m.range(at: 2))) else { return nil }
            return String(format: "%@-%02d-%02d", ns.substring(with: m.range(at: 3)), mi + 1, d)
        }
        return nil
    }

    static func format(_ m: NSTextCheckingResult, _ ns: NSString) -> String? {
        func g(_ i: Int) -> Int? { m.range(at: i).location == NSNotFound ? nil : Int(ns.substring(with: m.range(at: i))) }
        var y = g(1), mo = g(2), d = g(3)
        if m.regularExpression === usDate { (y, mo, d) = (g(3), g(1), g(2)) }
        guard let y, let mo, let d, (1...12).contains(mo), (1...31).contains(d) else { return nil }
        var out = String(format: "%04d-%02d-%02d", y, mo, d)
        // 9:23:57 PM is 21:23:57; 12:05 AM is 00:05.
        var hour = g(4)
        if m.regularExpression === usDate, m.numberOfRanges > 7, m.range(at: 7).location != NSNotFound, let h = hour, (1...12).contains(h) {
            let pm = ns.substring(with: m.range(at: 7)).lowercased() == "p"
            hour = h % 12 + (pm ? 12 : 0)
        }
        if let h = hour, let mi = g(5), h < 24, mi < 60 {
            out += String(format: " %02d:%02d", h, mi)
            if let sec = g(6), sec < 60 { out += String(format: ":%02d", sec) }
        }
        return out
    }

    static func urlDate(_ url: String) -> String? {
        let ns = url as NSString
        if let m = date.firstMatch(in: url, range: NSRange(location: 0, length: ns.length)) { return format(m, ns) }
        if let m = compactDate.firstMatch(in: url, range: NSRange(location: 0, length: ns.length)) {
            let y = ns.substring(with: m.range(at: 1)), mo = Int(ns.substring(with: m.range(at: 2)))!, d = Int(ns.substring(with: m.range(at: 3)))!
            if (1...12).contains(mo), (1...31).contains(d) { return String(format: "%@-%02d-%02d", y, mo, d) }
        }
        return nil
    }

    public struct Found: Sendable {
        public var published: String?
        public var firstDate: String?
        public var source: String?
        public var author: String?
        /// Every date found, with the index of its line.
        public var dates: [(line: Int, date: String)] = []

        /// The last date on a line before `index`, else the first after it.
        func lastDate(before index: Int) -> String? {
            dates.last { $0.line < index }?.date ?? dates.first?.date
        }
    }

    /// Last characters of the source and author labels (来源, 转自, 出处, 作者, 记者, 文, 撰稿, 编辑).
    static let labelEnds: Set<UInt32> = [0x6E90, 0x81EA, 0x5904, 0x8655, 0x8005, 0x6587, 0x7A3F, 0x8F91, 0x8F2F]

    /// Does a label's last character come right before a colon (or the slash of 文/…)?
    static func labelBeforeColon(_ line: String) -> Bool {
        var previous: UInt32 = 0
        for u in line.unicodeScalars.prefix(300) {
            let v = u.value
            if v == 0x3A || v == 0xFF1A || v == 0x2F, labelEnds.contains(previous) { return true }
            if v != 0x20 && v != 0x3000 { previous = v }
        }
        return false
    }

    /// Labeled dates/sources/authors in the first lines that carry them.
    public static func scan(_ lines: [String], limit: Int = 5000) -> Found {
        var found = Found()
        for (index, full) in lines.prefix(limit).enumerated() {
            // Datelines and labels sit at the start of a block; lines without a digit or a colon
            // cannot hold either (a cheap test before the regular expressions).
            // A date needs a year (19xx / 20xx) and a label needs a colon right after its last
            // character: bytes are checked first, the regular expressions run only where they can match.
            var digits = 0, colon = false, year = false
            var run = 0, lead: (UInt8, UInt8) = (0, 0), p1: UInt8 = 0, p2: UInt8 = 0
            for u in full.utf8.prefix(900) {
                if u >= 0x30 && u <= 0x39 {
                    digits += 1
                    run += 1
                    if run == 1 { lead.0 = u } else if run == 2 { lead.1 = u }
                    if run == 4, (lead.0 == 0x31 && lead.1 == 0x39) || (lead.0 == 0x32 && lead.1 == 0x30) { year = true }
                } else {
                    run = 0
                    if u == 0x3A || (u == 0x9A && p1 == 0xBC && p2 == 0xEF) { colon = true }
                }
                p2 = p1; p1 = u
            }
            let labeled = colon && Self.labelBeforeColon(full)
            if !year && !labeled { continue }
            let line = full.utf8.count > 300 ? String(full.prefix(300)) : full
            let ns = line as NSString
            let whole = NSRange(location: 0, length: ns.length)
            if year, let m = date.firstMatch(in: line, range: whole) ?? usDate.firstMatch(in: line, range: whole),
               let d = format(m, ns) {
                found.dates.append((index, d))
                if found.firstDate == nil { found.firstDate = d }
                if found.published == nil {
                    // Labeled: a label ends right before the date (allowing a few characters).
                    let before = ns.substring(to: m.range.location)
                    let tail = String(before.suffix(12))
                    if label.firstMatch(in: tail, range: NSRange(location: 0, length: (tail as NSString).length)) != nil {
                        found.published = d
                    }
                }
            }
            if labeled, let m = sourceLabel.firstMatch(in: line, range: whole) {
                // "本文转自" names the original publisher: it wins over the reposting site's "来源".
                let labelText = ns.substring(with: m.range(at: 1))
                if found.source == nil || labelText.hasSuffix("转自") { found.source = ns.substring(with: m.range(at: 2)) }
            }
            if labeled, found.author == nil, let m = authorLabel.firstMatch(in: line, range: whole) {
                found.author = ns.substring(with: m.range(at: 2))
            }
        }
        return found
    }
}
