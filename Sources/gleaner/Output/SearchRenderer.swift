import GleanerArchive

/// Prints a page of search results in the chosen format.
struct SearchRenderer {
    let format: OutputFormat
    let out: StandardOutput

    /// A hit as programs read it: snippet matches wrapped in <mark>…</mark>.
    struct HitRecord: Encodable {
        let rank: Int
        let id: Int64
        let externalId: String?
        let title: String?
        let path: String
        let url: String?
        let published: String?
        let source: String?
        let score: Double
        let snippet: String
    }

    func render(_ page: SearchPage, offset: Int) {
        let records = page.hits.enumerated().map { k, hit in
            HitRecord(rank: offset + k + 1, id: hit.documentId, externalId: hit.externalId, title: hit.title,
                      path: hit.path, url: hit.url, published: hit.published, source: hit.source, score: hit.score,
                      snippet: mark(hit.snippet, "<mark>", "</mark>"))
        }
        switch format {
        case .jsonl:
            for r in records { out.line(Records.json(r)) }
        case .json:
            struct Page: Encodable { let query: String; let asWords: String?; let total: Int; let results: [HitRecord] }
            out.line(Records.json(Page(query: page.query.text, asWords: page.asWords?.text, total: page.total, results: records)))
        case .csv:
            out.line(Records.csvRow(["rank", "id", "external_id", "title", "path", "url", "published", "source", "score", "snippet"]))
            for r in records {
                out.line(Records.csvRow([String(r.rank), String(r.id), r.externalId ?? "", r.title ?? "", r.path,
                                         r.url ?? "", r.published ?? "", r.source ?? "", String(r.score), r.snippet]))
            }
        case .text:
            let shown = page.hits.isEmpty ? "" : " (showing \(offset + 1)–\(offset + page.hits.count))"
            if let words = page.asWords {
                out.line("no document holds \(page.query.text) as written; \(page.total) hold all of its words: \(words.text)\(shown)")
            } else {
                out.line("\(page.total) document\(page.total == 1 ? "" : "s") match \(page.query.text)\(shown)")
            }
            let (on, off) = Terminal.stdoutIsTTY ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("**", "**")
            for (k, hit) in page.hits.enumerated() {
                out.line("")
                out.line("\(offset + k + 1). \(hit.title ?? "(untitled)")")
                let about = [hit.published.map { String($0.prefix(16)) }, hit.source].compactMap { $0 }.joined(separator: " · ")
                out.line("   \(hit.url ?? hit.path)" + (about.isEmpty ? "" : "  (\(about))"))
                let snippet = mark(hit.snippet, on, off).replacingOccurrences(of: "\n", with: " ")
                out.line("   \(snippet)")
            }
        }
    }

    private func mark(_ s: String, _ on: String, _ off: String) -> String {
        s.replacingOccurrences(of: Archive.markStart, with: on).replacingOccurrences(of: Archive.markEnd, with: off)
    }
}
