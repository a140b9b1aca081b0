import GleanerIngest
import GleanerModel
import GleanerRepair
import GleanerSegment

/// Snapshot → Document: decode the bytes (or take the text a producer supplied), repair the
/// text (every change kept as an Edit), then split paragraphs. Later stages (repair, extraction) hook in here, value in, value out.
public struct DocumentBuilder: Sendable {
    public var decoder = ByteDecoder()
    /// Pages: gzip undone, HTML decoded the WHATWG way and reduced to its main text and
    /// metadata, text snapshots cleaned of their crawler header and trailer.
    public var pages = PageReader()
    /// The repair stage; nil stores the decoded text as it is.
    public var repairer: Repairer?
    /// Language identification; nil leaves the language unknown.
    public var languages: LanguageIdentifier?

    public init(repairer: Repairer? = nil, languages: LanguageIdentifier? = nil) {
        self.repairer = repairer
        self.languages = languages
    }

    public func build(_ snapshot: Snapshot) throws -> Document {
        let page = try pages.read(snapshot.bytes, contentType: snapshot.contentType, url: snapshot.origin.url,
                                  providedText: snapshot.providedText)
        var text = page.extracted.text
        let decision = page.charset
        var edits: [Edit] = []
        if let repairer {
            let result = repairer.repair(text)
            text = result.text
            edits = result.log.edits
        }
        let paragraphs = Paragraph.split(text)
        var title = snapshot.providedTitle ?? page.extracted.title ?? paragraphs.first.map { String($0.text.prefix(200)) }
        // The title was read off the page before repair: it gets the same repair as the body.
        if let repairer, let t = title { title = repairer.repair(t).text }
        // The document's language is the one most of its paragraphs are in.
        var language: String?
        if let languages {
            var counts: [String: Int] = [:]
            for l in languages.identify(paragraphs: paragraphs.map(\.text)) where l != "other" { counts[l, default: 0] += 1 }
            language = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? "other"
        }
        if language == nil { language = page.extracted.language }
        return Document(title: title, text: text, paragraphs: paragraphs, charset: decision, edits: edits, language: language,
                        published: page.extracted.published, author: page.extracted.author,
                        source: page.extracted.source, site: page.extracted.site, canonicalURL: page.extracted.canonicalURL)
    }
}
