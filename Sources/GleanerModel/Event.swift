/// Who organized an event and in what role: host (主办), undertaker (承办), co-organizer (协办),
/// joint (联合), guide (指导), sponsor, or organizer when the text names no role (the subject of
/// 开展/organizó).
public struct Organizer: Sendable, Equatable, Hashable, Codable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// One report of an event in one document: the trigger sentence (Unicode scalar offsets into the
/// document text) with what it says of the event's title, date, place, organizers and headcounts.
public struct EventMention: Sendable, Equatable, Codable {
    public var title: String
    /// The title folded for comparison (simplified script, width, case, punctuation removed).
    public var key: String
    public var trigger: String
    public var date: DateValue?
    public var place: PlaceValue?
    public var organizers: [Organizer]
    public var headcounts: [QuantityValue]
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(title: String, key: String, trigger: String, date: DateValue?, place: PlaceValue?,
                organizers: [Organizer], headcounts: [QuantityValue], sentence: String, start: Int, end: Int) {
        self.title = title
        self.key = key
        self.trigger = trigger
        self.date = date
        self.place = place
        self.organizers = organizers
        self.headcounts = headcounts
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    /// The most people the sentence says took part (a lower bound counts as its number).
    public var people: Double? { headcounts.map(\.number).max() }
}

/// Where an event was reported: a document, the sentence's offsets, and the page it came from.
public struct EventSource: Sendable, Equatable, Codable {
    public var document: Int64
    public var sentence: String
    public var start: Int
    public var end: Int
    public var url: String?
    public var path: String?
    public var fetchedAt: String?

    public init(document: Int64, sentence: String, start: Int, end: Int, url: String? = nil,
                path: String? = nil, fetchedAt: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.url = url
        self.path = path
        self.fetchedAt = fetchedAt
    }
}

/// An event as the archive knows it: merged from the mentions of one or more documents, each
/// kept as a source.
public struct Event: Sendable, Equatable, Codable {
    public var id: Int64?
    public var title: String
    public var key: String
    public var date: DateValue?
    public var place: PlaceValue?
    public var organizers: [Organizer]
    public var people: Double?
    public var language: String?
    public var sources: [EventSource]

    public init(id: Int64? = nil, title: String, key: String, date: DateValue?, place: PlaceValue?,
                organizers: [Organizer], people: Double?, language: String? = nil, sources: [EventSource] = []) {
        self.id = id
        self.title = title
        self.key = key
        self.date = date
        self.place = place
        self.organizers = organizers
        self.people = people
        self.language = language
        self.sources = sources
    }

    /// A new event from its first mention.
    public init(_ m: EventMention, language: String?) {
        self.init(title: m.title, key: m.key, date: m.date, place: m.place, organizers: m.organizers,
                  people: m.people, language: language)
    }

    /// Takes in what a further mention adds: a date or place where none was known, a more
    /// specific place along the same chain, organizers not yet listed, a larger headcount.
    public mutating func absorb(_ m: EventMention) {
        if date == nil { date = m.date }
        if let p = m.place {
            if place == nil { place = p } else if let q = place, p.parents.count > q.parents.count,
                q.id == nil ? p.parents.contains(q.name) : p.parents.contains(q.id!) { place = p }
        }
        for o in m.organizers where !organizers.contains(where: { $0.name == o.name }) { organizers.append(o) }
        if let n = m.people, n > (people ?? 0) { people = n }
    }
}
