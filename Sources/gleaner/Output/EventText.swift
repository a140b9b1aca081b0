import GleanerModel

/// The plain-text rendering of an event: a title line, then what, when, where, who, how many,
/// and one line per source.
enum EventText {
    static func describe(_ e: Event, index: Int? = nil) -> String {
        var out = "event" + (e.id.map { " \($0)" } ?? index.map { " \($0)" } ?? "") + "\t" + e.title + "\n"
        out += "  date\t" + date(e.date) + "\n"
        if let p = e.place {
            out += "  place\t\(p.name) (\(p.level)\(p.id.map { " " + $0 } ?? ""))" +
                (p.parents.isEmpty ? "" : " in " + p.parents.joined(separator: ">")) + "\n"
        }
        for o in e.organizers { out += "  \(o.role)\t\(o.name)\n" }
        if let n = e.people { out += "  people\t\(n == n.rounded() ? String(Int(n)) : String(n))\n" }
        for s in e.sources {
            let from = s.url ?? s.path.map { $0 } ?? (s.document > 0 ? "document \(s.document)" : "")
            out += "  source\t" + (from.isEmpty ? "" : from + " ") + "[\(s.start)-\(s.end)] " + String(s.sentence.prefix(80)) + "\n"
        }
        return out
    }

    static func date(_ d: DateValue?) -> String {
        guard let d else { return "-" }
        if d.unknown { return "unknown" }
        let r = d.start == d.end || d.end == nil ? (d.start ?? "?") : "\(d.start ?? "?")/\(d.end ?? "?")"
        return r + (d.inferred ? " (inferred)" : "")
    }
}
