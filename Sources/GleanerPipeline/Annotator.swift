import Foundation
import GleanerArchive
import GleanerEvents
import GleanerExtract
import GleanerModel

/// Document → entities and events, for ingest: entity extraction (dates anchored to the
/// published date), then the events stage over them. Lexicons are loaded once; entity
/// extractors hold an ICU transliterator each, so a small pool lends one to each thread.
public final class Annotator: @unchecked Sendable {
    public let lexicons: ExtractLexicons
    public let events: EventExtractor
    private var pool: [EntityExtractor] = []
    private let lock = NSLock()

    public init(lexicons: ExtractLexicons, events: EventLexicon) {
        self.lexicons = lexicons
        self.events = EventExtractor(lexicon: events)
    }

    /// Loads both lexicons from `LexiconFile`'s folder.
    public static func load() throws -> Annotator {
        Annotator(lexicons: try ExtractLexicons.load(), events: try EventLexicon.load())
    }

    public struct Annotation: Sendable {
        public var entities: [Entity]
        public var events: [DocumentEvent]
        public var placeNames: [String: String]
    }

    public func annotate(_ document: Document) -> Annotation {
        let extractor = borrow()
        defer { giveBack(extractor) }
        let entities = extractor.extract(document)
        let found = events.events(document, entities: entities).map { DocumentEvent(event: $0.0, mentions: $0.1) }
        var names: [String: String] = [:]
        for p in entities.compactMap(\.value.place) {
            for id in p.parents where names[id] == nil { names[id] = lexicons.gazetteer.place(id: id)?.name }
        }
        return Annotation(entities: entities, events: found, placeNames: names)
    }

    private func borrow() -> EntityExtractor {
        lock.lock()
        defer { lock.unlock() }
        return pool.popLast() ?? EntityExtractor(lexicons: lexicons)
    }

    private func giveBack(_ e: EntityExtractor) {
        lock.lock()
        pool.append(e)
        lock.unlock()
    }
}
