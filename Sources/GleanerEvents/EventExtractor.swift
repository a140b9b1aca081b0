import GleanerModel
import GleanerSegment
import ICUKit

/// Document + its entities → the events it reports. A sentence reports an event when it holds
/// a trigger (举办, 开展, 宣传周, organizó, semana, held) and something that pins the event down:
/// a date, a quoted campaign name, an organizer or a role marker (主办, organizado por). The
/// mention takes the sentence's date (the finest one), place (the most specific one outside an
/// organization's name, else the one inside it), organizers with their roles, headcounts and
/// a title (`EventTitle`). A sentence that opens with a follow-up word (活动中, 此次, 当天,
/// durante el evento) tells more of the event before it and joins it. A sentence repeated inside
/// the document counts once. Mentions of one document that agree (`EventMatcher`) are one event.
public struct EventExtractor: Sendable {
    public let lexicon: EventLexicon
    private let splitter = SentenceSplitter()

    public init(lexicon: EventLexicon) {
        self.lexicon = lexicon
    }

    /// A mention and whether its sentence continues the event before it.
    struct Found {
        var mention: EventMention
        var followUp: Bool
        var ownDate: Bool
    }

    /// The events of one document, each with the mentions it was built from, in text order.
    /// `skip` holds paragraph indexes to leave out (site boilerplate).
    public func events(_ document: Document, entities: [Entity], skip: Set<Int> = []) -> [(Event, [EventMention])] {
        var events: [(Event, [EventMention])] = []
        var seen = Set<String>()
        let sorted = entities.sorted { $0.start < $1.start }
        var last: Int?
        var lastParagraph = -10
        for (k, p) in document.paragraphs.enumerated() where !skip.contains(k) {
            if let i = last, let d = dateLine(p, heading: k > 0 ? document.paragraphs[k - 1].text : "",
                                              entities: Self.within(sorted, p.start, p.end)) {
                // 活动时间 / 2016年3月15日—3月21日: the plan's dates are the event's.
                if EventMatcher.datesAgree(d, events[i].0.date) != false { events[i].0.date = d }
                continue
            }
            guard let ranges = try? splitter.sentences(p.text) else { continue }
            let scalars = Array(p.text.unicodeScalars)
            for r in ranges {
                let raw = scalars[r].map(\.value)
                let sentence = raw.map { lexicon.simplified[$0] ?? $0 }
                let folded = fold(sentence)
                guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
                let start = p.start + r.lowerBound
                let inside = Self.within(sorted, start, start + raw.count)
                guard var f = mention(sentence, original: raw, start: start, entities: inside) else { continue }
                // An undated sentence right after an event, in the same or the next paragraph,
                // goes on about it unless it names a place of its own elsewhere.
                if !f.ownDate, !f.followUp, let i = last, k - lastParagraph <= 1,
                   f.mention.place == nil || EventMatcher.placesAgree(f.mention.place, events[i].0.place) {
                    f.followUp = true
                }
                lastParagraph = k
                if f.followUp, let i = last, !f.ownDate || EventMatcher.datesAgree(f.mention.date, events[i].0.date) != false {
                    var m = f.mention
                    if !f.ownDate { m.date = nil }
                    events[i].0.absorb(m)
                    events[i].1.append(m)
                } else if let i = events.firstIndex(where: { EventMatcher.agrees(f.mention, $0.0) }) {
                    events[i].0.absorb(f.mention)
                    events[i].1.append(f.mention)
                    last = i
                } else {
                    events.append((Event(f.mention, language: document.language), [f.mention]))
                    last = events.count - 1
                }
            }
        }
        return events
    }

    /// The entities inside [lo, hi) of a list sorted by start: a binary search, so a long
    /// document's sentences do not each scan all its entities.
    static func within(_ sorted: [Entity], _ lo: Int, _ hi: Int) -> [Entity] {
        var a = 0, b = sorted.count
        while a < b { let m = (a + b) / 2; if sorted[m].start < lo { a = m + 1 } else { b = m } }
        var out: [Entity] = []
        var k = a
        while k < sorted.count, sorted[k].start < hi {
            if sorted[k].end <= hi { out.append(sorted[k]) }
            k += 1
        }
        return out
    }

    /// A paragraph that is only a date (or range), under a heading that names the time
    /// (活动时间, Fecha, Date): the date it gives.
    func dateLine(_ p: Paragraph, heading: String, entities: [Entity]) -> DateValue? {
        let simple = String(String.UnicodeScalarView(heading.unicodeScalars.map { Unicode.Scalar(lexicon.simplified[$0.value] ?? $0.value) ?? $0 }))
        guard simple.hasSuffix("时间") || simple.lowercased().hasSuffix("fecha") || simple.lowercased().hasSuffix("date")
                || simple.hasSuffix("时间:") || simple.hasSuffix("时间：") else { return nil }
        let inside = entities.filter { $0.type == .date && $0.start >= p.start && $0.end <= p.end && $0.value.date?.start != nil }
        guard let d = inside.max(by: { ($0.end - $0.start) < ($1.end - $1.start) }),
              (d.end - d.start) * 10 >= (p.end - p.start) * 8 else { return nil }
        return d.value.date
    }

    /// The mention a sentence makes, if any. `s` is the sentence in simplified script (for the
    /// lexicon), `original` as written (for titles and quotes).
    func mention(_ s: [UInt32], original: [UInt32], start: Int, entities: [Entity]) -> Found? {
        let lower = s.map { v -> UInt32 in
            guard let u = Unicode.Scalar(v) else { return v }
            let l = u.properties.lowercaseMapping.unicodeScalars
            return l.count == 1 ? l.first!.value : v
        }
        let words = lexicon.matches(s, lower: lower)
        let verbs = words.filter { $0.word.kind == .hold || $0.word.kind == .launch }
        let nouns = words.filter { $0.word.kind == .noun }
        let roles = words.filter { $0.word.kind == .role }
        guard !verbs.isEmpty || !nouns.isEmpty else { return nil }
        // 截至目前… (totals as of a day), …报送区民政局 (an instruction to report): no event.
        let opening = leadingSkip(s)
        if words.contains(where: { $0.word.kind == .notEvent && ($0.word.role != "opener" || $0.start <= opening) }) { return nil }
        // 活动中, 此次 at the start, or 在…会上 before the first comma: it tells more of the event before.
        let firstComma = s.firstIndex { $0 == 0xFF0C || $0 == 0x2C || $0 == 0x3001 } ?? s.count
        let followUp = words.contains { w in
            w.word.kind == .followUp && (w.start <= opening || w.word.role == "meeting" && s.first == 0x5728 && w.end <= firstComma)
                // 在项目实施研讨会上: a meeting noun (…会) then 上, read as one word by the lexicon
                || w.word.kind == .noun && s.first == 0x5728 && w.end < firstComma && s[w.end] == 0x4E0A && s[w.end - 1] == 0x4F1A
        }

        func local(_ e: Entity) -> Range<Int> { (e.start - start)..<(e.end - start) }
        let orgs = entities.filter { $0.type == .organization }
        let quotes = EventTitle.quotes(original).filter { EventTitle.isName(original, $0) }
        let organizers = EventOrganizers.find(s, orgs: orgs.map { ($0, local($0)) }, roles: roles, verbs: verbs)
        // Dates inside a quoted name (“3.21国际社工日”) name a day; they do not date the event.
        let dates = entities.filter { e in
            e.type == .date && e.value.date?.unknown == false && e.value.date?.start != nil
                && !quotes.contains { $0.contains(e.start - start) }
        }
        guard followUp || !dates.isEmpty || !quotes.isEmpty || !organizers.isEmpty || !roles.isEmpty else { return nil }
        // Without a verb, a noun alone reports an event only with a date or a quoted name.
        if verbs.isEmpty && dates.isEmpty && quotes.isEmpty && !followUp { return nil }

        let rank = ["second": 0, "minute": 1, "hour": 1, "part-of-day": 2, "day": 2, "week": 3, "month": 4, "quarter": 5, "year": 6]
        var date = dates.min { (rank[$0.value.date!.granularity] ?? 9) < (rank[$1.value.date!.granularity] ?? 9) }?.value.date
        // A month-day with no year takes the year the sentence names (3月26日 … 2017年国际社工日).
        if let d = date, let s0 = d.start, s0.hasPrefix("--"),
           let year = dates.compactMap({ $0.value.date }).first(where: { $0.granularity == "year" })?.start?.prefix(4) {
            date = DateValue(start: String(year) + s0.dropFirst(1), end: d.end.map { String(year) + $0.dropFirst(1) },
                             granularity: d.granularity, inferred: true)
        }
        let headcounts = entities.filter { $0.type == .headcount }.compactMap { $0.value.quantity }
        let fine = dates.filter { (rank[$0.value.date!.granularity] ?? 9) <= 2 }.map(local)
        let title = EventTitle.title(original, simplified: s, nouns: nouns, verbs: verbs, roles: roles, quotes: quotes, skip: fine)
        // The place: one the event's name gives (瓮安县…座谈会), else the most specific one outside
        // an organization's name (在包头市举行), else one inside it (七星岗街道社工站).
        let places = entities.filter { $0.type == .place }
        let named = places.filter { title.contains($0.text) }
        let free = places.filter { p in !orgs.contains { $0.start <= p.start && $0.end >= p.end } }
        let place = (!named.isEmpty ? named : free.isEmpty ? places : free).max { specificity($0) < specificity($1) }
        let trigger = (verbs.first ?? nouns.first).map { text(original[$0.start..<$0.end]) } ?? ""
        let m = EventMention(title: title, key: fold(EventTitle.scalars(title).map { lexicon.simplified[$0] ?? $0 }),
                             trigger: trigger, date: date, place: place?.value.place, organizers: organizers,
                             headcounts: headcounts, sentence: text(original[...]), start: start, end: start + s.count)
        return Found(mention: m, followUp: followUp, ownDate: !dates.isEmpty)
    }

    /// Where a sentence's opening ends: a follow-up word must start within it (在随后…, 3月17日，此次…
    /// is not one: a date of its own makes a new event).
    func leadingSkip(_ s: [UInt32]) -> Int {
        var i = 0
        while i < s.count, i < 2, s[i] == 0x5728 || s[i] == 0x20 || s[i] == 0x3000 { i += 1 }  // 在, spaces
        return i
    }

    /// How specific a place is: its depth in the hierarchy, units below the gazetteer deepest.
    func specificity(_ e: Entity) -> Int {
        guard let p = e.value.place else { return -1 }
        return p.parents.count * 2 + (p.id == nil ? 1 : 0)
    }

    /// Text folded for comparison: simplified script (already), NFKC case-folded, letters and
    /// digits only.
    func fold(_ s: [UInt32]) -> String {
        let folded = Normalizer.fold(text(s[...]))
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }

    func text(_ s: ArraySlice<UInt32>) -> String { String(String.UnicodeScalarView(s.compactMap(Unicode.Scalar.init))) }
}
