import CLibXML
import Foundation

/// What extraction finds in a page: the main text as paragraphs (headings included, in order)
/// and the page's metadata.
public struct ExtractedPage: Sendable, Codable, Equatable {
    public var paragraphs: [String]
    public var title: String?
    public var published: String?
    public var author: String?
    public var source: String?
    public var site: String?
    public var canonicalURL: String?
    public var language: String?

    public init(paragraphs: [String] = [], title: String? = nil, published: String? = nil, author: String? = nil,
                source: String? = nil, site: String? = nil, canonicalURL: String? = nil, language: String? = nil) {
        self.paragraphs = paragraphs
        self.title = title
        self.published = published
        self.author = author
        self.source = source
        self.site = site
        self.canonicalURL = canonicalURL
        self.language = language
    }

    public var text: String { paragraphs.joined(separator: "\n") }
}

/// Main text from HTML: libxml2's HTML parser builds the tree (tag soup recovered), the tree is
/// cut into text blocks, and boilerplate is removed by block features — text length and
/// punctuation, link density, tag and class/id names (nav, footer, sidebar, comment, share,
/// related…), and position relative to the densest content container (scored the way
/// Readability scores candidates: each block's score goes to its parent and, damped, to the
/// ancestors above).
public struct HTMLExtractor: Sendable {
    public init() {}

    // MARK: tree walk

    struct Block {
        var text: String
        var weight: Int
        var linkWeight: Int
        var commas: Int
        var owner: Int
        var tag: String
        var heading: Bool
    }

    final class Walk {
        var parents: [Int] = []
        var tags: [String] = []
        var negative: [Bool] = []
        var localNegative: [Bool] = []
        var classScore: [Int] = []
        /// Tag and class attribute of each element, hashed (0: no class): the entries of a
        /// template repeat it.
        var template: [Int] = []
        /// Class scores by a hash of the class bytes, and element names by libxml2's interned pointer.
        var classScores: [Int: (Int, Bool)] = [:]
        var names: [UnsafeRawPointer: String] = [:]
        var weight: [Int] = []
        var linkWeight: [Int] = []
        var blocks: [Block] = []
        /// The open block's text, UTF-8, whitespace collapsed.
        var buffer: [UInt8] = []
        var bufferWeight = 0
        var bufferLink = 0
        var bufferCommas = 0
        var linkDepth = 0
        var stack: [Int] = []
        var blockStack: [Int] = []
        // metadata
        var meta: [String: String] = [:]
        var titleTag: String?
        var h1: String?
        var canonical: String?
        var lang: String?
        var jsonLD: [String] = []
        var times: [String] = []
        var inTitle = false
        var h1Capture: String?
        /// The URL a tool's header gave (CleanEval's `<text id="URL">`).
        var pageURL: String?
        /// Index in `blocks` of the first block kept as main text.
        var firstMain: Int?
    }

    static let skip: Set<String> = ["script", "style", "noscript", "iframe", "svg", "button", "select", "option", "textarea",
                                    "template", "object", "embed", "canvas", "map", "input", "label", "head"]
    static let blockTags: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "td", "th", "tr",
                                         "table", "tbody", "thead", "tfoot", "blockquote", "pre", "article", "section", "dd", "dt", "dl",
                                         "figure", "figcaption", "main", "center", "form", "hr", "address", "caption", "header",
                                         "footer", "nav", "aside", "body", "html", "fieldset", "details", "summary", "font_block"]
    static let boilerTags: Set<String> = ["nav", "footer", "aside", "menu", "header"]
    /// Class/id tokens that mark boilerplate, and longer words that mark it inside a token
    /// ("commentList", "sidebar-right").
    static let negativeTokens: Set<String> = ["comment", "comments", "footer", "sidebar", "menu", "nav", "navbar", "navigation",
                                              "breadcrumb", "breadcrumbs", "crumb", "share", "sharing", "social", "related", "recommend",
                                              "recommended", "sponsor", "sponsored", "advert", "advertisement", "ads", "banner",
                                              "popup", "subscribe", "subscription", "newsletter", "pagination", "pager", "copyright",
                                              "login", "signup", "widget", "widgets", "tags", "tag", "toolbar", "disqus", "masthead",
                                              "promo", "outbrain", "taboola", "header", "byline", "xgxw", "rank", "links", "cookie",
                                              "modal", "hot", "footnote", "author", "bio", "caption", "credit", "skip",
                                              "gallery", "follow", "trending", "popular", "dialog", "overlay"]
    static let negativeParts = ["comment", "sidebar", "footer", "breadcrumb", "newsletter", "advert", "sponsor", "related", "recommend",
                                "disqus", "outbrain", "taboola", "copyright", "navigation", "navbar", "masthead", "pagination",
                                "popup", "cookie", "social", "share"]
    static let positiveParts = ["article", "content", "entry", "main", "post", "story", "text", "body", "blog", "detail", "zhengwen"]
    static let positiveTokens: Set<String> = ["zw", "news", "page"]

    static let negativeTokenBytes: Set<[UInt8]> = Set(negativeTokens.map { Array($0.utf8) })
    static let negativePartBytes: [[UInt8]] = negativeParts.map { Array($0.utf8) }
    static let positiveTokenBytes: Set<[UInt8]> = Set(positiveTokens.map { Array($0.utf8) })
    static let positivePartBytes: [[UInt8]] = positiveParts.map { Array($0.utf8) }
    static let strongNegativeBytes: [[UInt8]] = ["comment", "sidebar", "footer", "related"].map { Array($0.utf8) }

    @inline(__always) static func contains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        let first = needle[0]
        var i = hay.startIndex
        let last = hay.endIndex - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Class and id (lower-cased ASCII bytes) → (score, boilerplate?), by token and by part.
    func classScore(_ cls: [UInt8]) -> (score: Int, negative: Bool) {
        if cls.isEmpty { return (0, false) }
        var neg = false, pos = false
        var start = 0
        func token(_ t: ArraySlice<UInt8>) {
            guard !t.isEmpty else { return }
            let arr = Array(t)
            if !neg, Self.negativeTokenBytes.contains(arr) || Self.negativePartBytes.contains(where: { Self.contains(t, $0) }) { neg = true }
            if !pos, Self.positiveTokenBytes.contains(arr) || Self.positivePartBytes.contains(where: { Self.contains(t, $0) }) { pos = true }
        }
        for (i, c) in cls.enumerated() where c == 0x20 || c == 0x2D || c == 0x5F || c == 0x3A {
            token(cls[start..<i])
            start = i + 1
        }
        token(cls[start...])
        // A whole-class phrase like "article-comments" is still comments.
        let strong = neg && Self.strongNegativeBytes.contains { Self.contains(cls[...], $0) }
        return ((neg ? -25 : 0) + (pos ? 25 : 0), neg && (!pos || strong))
    }

    /// Class and id, lower-cased and joined by a space, read in one pass over the attributes
    /// that also says whether the element has hidden (1), style (2) or role (4).
    func classBytes(_ node: UnsafeMutableRawPointer, _ flags: inout Int32) -> [UInt8] {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 1024) { buf in
            let n = Int(cxml_element_attrs(node, buf.baseAddress!, 1024, &flags))
            return n > 0 ? [UInt8](UnsafeRawBufferPointer(start: buf.baseAddress!, count: n)) : []
        }
    }

    static let hiding = ["display:none", "visibility:hidden"].map { Array($0.utf8) }

    /// `style="display: none"` and the like, on bytes (spaces dropped, ASCII case folded).
    static func hiddenStyle(_ style: String) -> Bool {
        let compact = style.utf8.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return hiding.contains { contains(compact[...], $0) }
    }


    public func extract(html: String, url: String? = nil) -> ExtractedPage {
        var utf8 = Array(html.utf8)
        utf8.append(0)
        let doc = utf8.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { cxml_parse_html($0, Int32(buf.count - 1)) }
        }
        guard let doc else { return ExtractedPage() }
        defer { cxml_free_doc(doc) }
        let w = Walk()
        var node = cxml_root(doc)
        while let n = node {
            visit(n, w, parent: -1, negativeAbove: false)
            node = cxml_next(n)
        }
        flush(w)
        if w.pageURL == nil, html.hasPrefix("<text id=\""), let end = html.dropFirst(10).firstIndex(of: "\"") {
            let id = String(html[html.index(html.startIndex, offsetBy: 10)..<end])
            if id.hasPrefix("http") { w.pageURL = id }
        }
        var page = ExtractedPage()
        page.paragraphs = select(w)
        Metadata.fill(&page, walk: w, url: url ?? w.pageURL)
        return page
    }

    private func flush(_ w: Walk) {
        // The buffer's whitespace is already collapsed to single spaces and newlines.
        let text = w.buffer.isEmpty ? "" : Self.trim(String(decoding: w.buffer, as: UTF8.self))
        if !text.isEmpty, let owner = w.blockStack.last ?? w.stack.last {
            let tag = w.tags[owner]
            w.blocks.append(Block(text: text, weight: w.bufferWeight, linkWeight: w.bufferLink, commas: w.bufferCommas,
                                  owner: owner, tag: tag, heading: tag.count == 2 && tag.first == "h" && tag.last!.isNumber))
        }
        w.buffer.removeAll(keepingCapacity: true)
        w.bufferWeight = 0
        w.bufferLink = 0
        w.bufferCommas = 0
    }

    private func visit(_ node: UnsafeMutableRawPointer, _ w: Walk, parent: Int, negativeAbove: Bool) -> Void {
        let type = cxml_type(node)
        if type == 3 || type == 4 {
            guard let c = cxml_text(node) else { return }
            appendText(c, w)
            return
        }
        guard type == 1, let cname = cxml_name(node) else { return }
        // libxml2 interns element names: one String per distinct name and page.
        let name: String
        if let known = w.names[UnsafeRawPointer(cname)] { name = known } else {
            name = String(cString: cname).lowercased()
            w.names[UnsafeRawPointer(cname)] = name
        }
        if name == "br" { appendNewline(w); return }
        if name == "title" {
            if w.titleTag == nil, let t = textOf(node) { w.titleTag = t }
            return
        }
        if name == "meta" { collectMeta(node, w); return }
        if name == "link" {
            if attr(node, "rel")?.lowercased() == "canonical" { w.canonical = attr(node, "href") }
            return
        }
        if name == "html", w.lang == nil { w.lang = attr(node, "lang") ?? attr(node, "xml:lang") }
        if name == "script" {
            if attr(node, "type")?.lowercased().contains("ld+json") == true, let t = textOf(node, collapse: false) { w.jsonLD.append(t) }
            return
        }
        if name == "time", let dt = attr(node, "datetime") { w.times.append(dt) }
        if name == "text", w.pageURL == nil, let id = attr(node, "id"), id.hasPrefix("http") { w.pageURL = id }
        if name == "head" {
            // Metadata lives here, but tag soup can land the whole page in it: walk it like the body.
            var c = cxml_first_child(node)
            while let ch = c { visit(ch, w, parent: parent, negativeAbove: negativeAbove); c = cxml_next(ch) }
            return
        }
        if Self.skip.contains(name) { return }
        var flags: Int32 = 0
        let cls = classBytes(node, &flags)
        if flags & 1 != 0 { return }  // hidden
        if flags & 2 != 0, let style = attr(node, "style"), Self.hiddenStyle(style) { return }

        let id = w.tags.count
        // Pages repeat their class names: each is scored once per page.
        let clsHash: Int = cls.isEmpty ? 0 : { var h = Hasher(); cls.withUnsafeBytes { h.combine(bytes: $0) }; return h.finalize() }()
        let (cscore, cneg): (Int, Bool)
        if cls.isEmpty { (cscore, cneg) = (0, false) } else if let known = w.classScores[clsHash] { (cscore, cneg) = known } else {
            (cscore, cneg) = classScore(cls)
            w.classScores[clsHash] = (cscore, cneg)
        }
        let localNegative = cneg || Self.boilerTags.contains(name)
            || (flags & 4 != 0 && attr(node, "role").map { ["navigation", "contentinfo", "banner", "complementary", "menu"].contains($0.lowercased()) } == true)
        let negative = negativeAbove || localNegative
        w.tags.append(name)
        w.localNegative.append(localNegative)
        w.parents.append(parent)
        w.negative.append(negative)
        w.classScore.append(cscore)
        w.template.append(cls.isEmpty ? 0 : { var h = Hasher(); h.combine(name); h.combine(clsHash); return h.finalize() | 1 }())
        w.weight.append(0)
        w.linkWeight.append(0)
        let isBlock = Self.blockTags.contains(name)
        if isBlock { flush(w); w.blockStack.append(id) }
        w.stack.append(id)
        let isLink = name == "a"
        if isLink { w.linkDepth += 1 }
        if name == "h1", w.h1 == nil { w.h1 = textOf(node) }
        var c = cxml_first_child(node)
        while let ch = c {
            visit(ch, w, parent: id, negativeAbove: negative)
            c = cxml_next(ch)
        }
        if isLink { w.linkDepth -= 1 }
        if isBlock { flush(w); w.blockStack.removeLast() }
        w.stack.removeLast()
        if parent >= 0 {
            w.weight[parent] += w.weight[id]
            w.linkWeight[parent] += w.linkWeight[id]
        }
    }

    /// Appends a text node's UTF-8 (from libxml2, NUL-terminated) to the block buffer with its
    /// whitespace collapsed, weighing it as it goes: bytes in, bytes out, no String per node.
    private func appendText(_ c: UnsafePointer<CChar>, _ w: Walk) {
        var weight = 0, commas = 0
        var lastSpace = w.buffer.last.map { $0 == 0x20 || $0 == 0x0A } ?? true
        var p = UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self)
        while p.pointee != 0 {
            let b0 = p.pointee
            var len = 1
            var v = UInt32(b0)
            if b0 >= 0xC0 {
                len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
                v = UInt32(b0) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                var k = 1
                while k < len, p[k] & 0xC0 == 0x80 { v = v << 6 | UInt32(p[k] & 0x3F); k += 1 }
                if k < len { len = k; v = 0xFFFD }  // a cut sequence: never read past the NUL
            }
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x3000 || v == 0x200B {
                if !lastSpace { w.buffer.append(0x20); lastSpace = true }
                p += len
                continue
            }
            lastSpace = false
            w.buffer.append(contentsOf: UnsafeBufferPointer(start: p, count: len))
            if (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x3040...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v) {
                weight += 3
            } else {
                weight += 1
            }
            if v == 0x2C || v == 0xFF0C || v == 0x3001 || v == 0x3002 || v == 0xFF1B || v == 0x2E { commas += 1 }
            p += len
        }
        w.bufferWeight += weight
        w.bufferCommas += commas
        if w.linkDepth > 0 { w.bufferLink += weight }
        // The innermost open element gets the text's weight; it passes its total to its
        // parent when it closes.
        if let e = w.stack.last {
            w.weight[e] += weight
            if w.linkDepth > 0 { w.linkWeight[e] += weight }
        }
    }

    private func appendNewline(_ w: Walk) {
        while w.buffer.last == 0x20 { w.buffer.removeLast() }
        if !w.buffer.isEmpty, w.buffer.last != 0x0A { w.buffer.append(0x0A) }
    }

    // MARK: selection

    private func select(_ w: Walk) -> [String] {
        let count = w.tags.count
        guard count > 0, !w.blocks.isEmpty else { return [] }
        // A class name does not make boilerplate of an element holding most of the page's
        // text ("non-ad-column", "page-wrapper-hidden-print"): clear such flags and propagate again.
        let total = w.blocks.reduce(0) { $0 + $1.weight - $1.linkWeight }
        for e in 0..<count where w.localNegative[e] && !Self.boilerTags.contains(w.tags[e]) {
            if Double(w.weight[e] - w.linkWeight[e]) > 0.4 * Double(total) { w.localNegative[e] = false }
        }
        for e in 0..<count {
            let p = w.parents[e]
            w.negative[e] = w.localNegative[e] || (p >= 0 && w.negative[p])
        }
        var score = [Double](repeating: 0, count: count)
        var scored = [Bool](repeating: false, count: count)
        func initial(_ e: Int) -> Double {
            var s = Double(w.classScore[e])
            switch w.tags[e] {
            case "div", "article", "section", "main": s += 5
            case "pre", "td", "blockquote": s += 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s -= 3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s -= 5
            default: break
            }
            return s
        }
        for b in w.blocks where !w.negative[b.owner] {
            let chars = b.weight
            if chars < 25 { continue }
            let ld = Double(b.linkWeight) / Double(max(chars, 1))
            if ld > 0.5 { continue }
            let s = 1 + Double(b.commas) + min(Double(chars) / 100, 3)
            // The block's own element (a <p>) passes its score up: parent fully, grandparent half, then damped.
            var e = b.owner
            if ["p", "pre", "td", "blockquote", "li", "dd", "font_block"].contains(w.tags[e]) == false {
                // Text directly in a div: the div itself is the parent.
                if !scored[e] { scored[e] = true; score[e] = initial(e) }
                score[e] += s
                e = w.parents[e]
                var level = 1
                while e >= 0, level < 5 {
                    if !scored[e] { scored[e] = true; score[e] = initial(e) }
                    score[e] += s / Double(level == 1 ? 2 : level * 3)
                    e = w.parents[e]
                    level += 1
                }
                continue
            }
            e = w.parents[e]
            var level = 0
            while e >= 0, level < 5 {
                if !scored[e] { scored[e] = true; score[e] = initial(e) }
                score[e] += s / Double(level == 0 ? 1 : (level == 1 ? 2 : level * 3))
                e = w.parents[e]
                level += 1
            }
        }
        var top = -1
        var topScore = -Double.infinity
        for e in 0..<count where scored[e] {
            let ld = Double(w.linkWeight[e]) / Double(max(w.weight[e], 1))
            score[e] *= (1 - ld)
            if score[e] > topScore, !["html", "body"].contains(w.tags[e]) { topScore = score[e]; top = e }
        }
        func isAncestor(_ a: Int, of e0: Int) -> Bool {
            var e = w.parents[e0]
            while e >= 0 { if e == a { return true }; e = w.parents[e] }
            return false
        }
        // A page of several entries of one template (a blog's front page, a list of posts):
        // the first entry is the page's article, not the longest one. The entry's text sits in
        // an element of a repeated tag and class (td.post-body); the container chosen around
        // the longest entry's is swapped for the same container around the first entry's.
        if top >= 0 {
            var owner = -1
            for b in w.blocks where w.template[b.owner] != 0 && (b.owner == top || isAncestor(top, of: b.owner)) {
                if owner < 0 || w.weight[b.owner] > w.weight[owner] { owner = b.owner }
            }
            if owner >= 0 {
                var levels = 0, e = owner
                while e != top { e = w.parents[e]; levels += 1 }
                let t = w.template[owner]
                for first in 0..<owner where w.template[first] == t && !w.negative[first] && !isAncestor(top, of: first) {
                    guard w.weight[first] - w.linkWeight[first] >= 50 else { continue }
                    var c = first
                    for _ in 0..<levels where c >= 0 { c = w.parents[c] }
                    if c >= 0, c != top, w.tags[c] == w.tags[top], !isAncestor(c, of: top), scored[c], score[c] >= 0.25 * topScore {
                        top = c
                        topScore = score[c]
                    }
                    break
                }
            }
        }
        var chosen = Set<Int>()
        if top < 0 {
            // No scored container: the body.
            chosen.insert(w.tags.firstIndex(of: "body") ?? 0)
        } else {
            chosen.insert(top)
            // Siblings that score well or are plain paragraphs join the top candidate.
            let parent = w.parents[top]
            if parent >= 0 {
                let threshold = max(10, topScore * 0.2)
                for e in 0..<count where w.parents[e] == parent && e != top {
                    if scored[e], score[e] >= threshold, !w.negative[e] { chosen.insert(e) }
                    else if w.tags[e] == "p", w.weight[e] > 80, Double(w.linkWeight[e]) / Double(max(w.weight[e], 1)) < 0.25 {
                        chosen.insert(e)
                    }
                }
            }
        }
        func inside(_ e0: Int) -> (Bool, Bool) {
            // (inside a chosen element, a boilerplate element sits between the block and it)
            var e = e0
            var neg = false
            while e >= 0 {
                if chosen.contains(e) { return (true, neg) }
                neg = neg || w.localNegative[e]
                e = w.parents[e]
            }
            return (false, neg)
        }
        var out: [String] = []
        for (index, b) in w.blocks.enumerated() {
            let (isIn, neg) = inside(b.owner)
            guard isIn, !neg else { continue }
            let ld = Double(b.linkWeight) / Double(max(b.weight, 1))
            if ld > 0.5 { continue }
            if !b.heading && b.weight < 10 && b.commas == 0 && ld > 0.2 { continue }
            if w.firstMain == nil { w.firstMain = index }
            for line in b.text.utf8.split(separator: 0x0A) {
                let t = Self.trim(line)
                if !t.isEmpty { out.append(t) }
            }
        }
        if out.isEmpty {
            // Nothing survived: every block of the page that reads like text.
            for b in w.blocks where !w.negative[b.owner] && b.weight >= 25 && Double(b.linkWeight) / Double(max(b.weight, 1)) < 0.5 {
                out.append(contentsOf: b.text.utf8.split(separator: 0x0A).map { Self.trim($0) }.filter { !$0.isEmpty })
            }
        }
        return out
    }

    // MARK: helpers

    /// Spaces and newlines off both ends (the only whitespace a collapsed buffer holds).
    static func trim(_ line: Substring.UTF8View) -> String { trim(Substring(line)) }

    static func trim<S: StringProtocol>(_ input: S) -> String {
        let s = String(input)
        let u = s.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 0x20 || u[lo] == 0x0A { lo = u.index(after: lo) }
        while hi > lo { let p = u.index(before: hi); if u[p] == 0x20 || u[p] == 0x0A { hi = p } else { break } }
        return String(s[lo..<hi])
    }

    /// ASCII whitespace off both ends (a meta tag's content), on bytes.
    static func trimSpace(_ s: String) -> String {
        let u = s.utf8
        func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
        guard let first = u.first, let last = u.last, space(first) || space(last) else { return s }
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, space(u[lo]) { lo = u.index(after: lo) }
        while hi > lo { let p = u.index(before: hi); if space(u[p]) { hi = p } else { break } }
        return String(s[lo..<hi])
    }

    func attr(_ node: UnsafeMutableRawPointer, _ name: String) -> String? {
        guard let v = cxml_attr(node, name) else { return nil }
        defer { cxml_free(v) }
        return String(cString: v)
    }

    /// The text inside an element, whitespace runs collapsed unless `collapse` is false (JSON).
    func textOf(_ node: UnsafeMutableRawPointer, collapse: Bool = true) -> String? {
        var out = ""
        func rec(_ n: UnsafeMutableRawPointer) {
            if let t = cxml_text(n) { out += String(cString: t); return }
            var c = cxml_first_child(n)
            while let ch = c { rec(ch); c = cxml_next(ch) }
        }
        rec(node)
        if !collapse { return out.isEmpty ? nil : out }
        let t = out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return t.isEmpty ? nil : t
    }

    private func collectMeta(_ node: UnsafeMutableRawPointer, _ w: Walk) {
        guard let content = attr(node, "content") else { return }
        for key in [attr(node, "property"), attr(node, "name"), attr(node, "itemprop"), attr(node, "http-equiv")] {
            if let k = key?.lowercased(), w.meta[k] == nil { w.meta[k] = Self.trimSpace(content) }
        }
    }
}
