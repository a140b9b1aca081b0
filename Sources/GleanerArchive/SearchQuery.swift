import Foundation
import GleanerSegment
import ICUKit

/// A reader's query turned into FTS5 syntax.
///
/// FTS5's own syntax passes through (phrases in double quotes, AND / OR / NOT, NEAR(…),
/// parentheses, prefix `*`, column filters `title:`), but a bare term that FTS5 would reject —
/// `COVID-19`, `Xi'an`, `3.5%` — is quoted, so a reader never needs to know the rules for
/// barewords. The match itself comes from the tokenizer: a quoted Chinese term is a phrase of
/// character bigrams, an exact substring match.
public struct SearchQuery: Sendable, Equatable {
    public let text: String
    public let fts5: String
    /// When every term is plain CJK text (no operators), the terms themselves: snippets are
    /// re-marked with them, because FTS5 highlights whole bigram tokens and would mark 社區
    /// for a search for 社.
    public let cjkTerms: [String]?

    public init(_ text: String) throws {
        self.text = text
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw SearchError.malformedQuery(text, "the query is empty") }
        self.fts5 = try Self.translate(trimmed)
        let terms = trimmed.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        let allCJK = !terms.isEmpty && terms.allSatisfy { term in
            !term.isEmpty && term.unicodeScalars.allSatisfy { UnicodeScript.isHan($0.value) || UnicodeScript.isOtherCJK($0.value) }
        }
        self.cjkTerms = allCJK ? terms.sorted { $0.count > $1.count } : nil
    }

    /// The same query as words that must all occur, anywhere in a document: each plain Chinese
    /// term of four or more characters cut by the segmenter (包头市社工活动 → 包头市 社工 活动).
    /// Nil when nothing would change (short terms, operators, quotes, non-Chinese text). A
    /// sentence typed as a query rarely occurs verbatim; this is what to try when it does not.
    public func words(using segmenter: Segmenter) -> SearchQuery? {
        guard cjkTerms != nil, !text.contains("\"") else { return nil }
        var words: [String] = []
        var split = false
        for term in text.split(whereSeparator: \.isWhitespace) {
            let scalars = Array(term.unicodeScalars)
            guard scalars.count >= 4 else { words.append(String(term)); continue }
            let cut = segmenter.cut(scalars, 0, scalars.count)
            if cut.count > 1 { split = true }
            for (a, b) in cut {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[a..<b])
                words.append(String(v))
            }
        }
        guard split else { return nil }
        return try? SearchQuery(words.joined(separator: " "))
    }

    static let operators: Set<String> = ["AND", "OR", "NOT"]

    static func translate(_ query: String) throws -> String {
        var out: [String] = []
        var chars = Substring(query)
        while let c = chars.first {
            if c.isWhitespace { chars.removeFirst(); continue }
            if c == "\"" {
                // A phrase: copy through the closing quote ("" inside is an escaped quote).
                var phrase = "\""
                chars.removeFirst()
                var closed = false
                while let d = chars.first {
                    chars.removeFirst()
                    phrase.append(d)
                    if d == "\"" {
                        if chars.first == "\"" { phrase.append("\""); chars.removeFirst(); continue }
                        closed = true
                        break
                    }
                }
                guard closed else { throw SearchError.malformedQuery(query, "a phrase is missing its closing quote") }
                if chars.first == "*" { phrase.append("*"); chars.removeFirst() }
                out.append(phrase)
                continue
            }
            if c == "(" || c == ")" || c == "^" || c == "+" {
                out.append(String(c))
                chars.removeFirst()
                continue
            }
            // A bare chunk up to whitespace, a quote or a parenthesis.
            var word = ""
            while let d = chars.first, !d.isWhitespace, d != "\"", d != "(", d != ")" {
                word.append(d)
                chars.removeFirst()
            }
            out.append(bareword(word))
        }
        return out.joined(separator: " ")
    }

    /// Operators and column filters stay; anything FTS5 would not take as a bareword is quoted.
    static func bareword(_ word: String) -> String {
        if operators.contains(word) || word == "NEAR" { return word }
        if word.hasPrefix("NEAR") { return word }
        if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
           word[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) {
            let column = word[...colon]
            let rest = String(word[word.index(after: colon)...])
            return column + (rest.isEmpty ? "" : bareword(rest))
        }
        var core = Substring(word)
        var star = ""
        if core.hasSuffix("*") { core = core.dropLast(); star = "*" }
        if core.isEmpty { return word }
        let plain = core.unicodeScalars.allSatisfy { s in
            s.value >= 0x80 || (s.value < 0x80 && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_"))
        }
        if plain { return String(core) + star }
        return "\"" + core.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + star
    }
}

/// What a search can go wrong with, in words a reader understands.
public enum SearchError: Error, CustomStringConvertible, Equatable {
    case malformedQuery(String, String)

    public var description: String {
        switch self {
        case let .malformedQuery(query, why):
            return "cannot search for \(query): \(why). Quote a phrase with \"…\", combine terms with AND, OR, NOT and parentheses."
        }
    }
}
