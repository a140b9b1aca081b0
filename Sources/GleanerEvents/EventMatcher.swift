import GleanerModel

/// When a mention reports an event already known: the dates overlap, the places agree along
/// the hierarchy (the same place, or one inside the other), and the titles are alike or an
/// organizer is shared. Missing information never disagrees, but an undated mention needs a
/// nearly identical title, so that generic sentences (开展宣传活动) do not glue events together.
public enum EventMatcher {
    /// Dice similarity of title bigrams at which titles are alike.
    public static let similarTitles = 0.5
    /// … and at which they are the same name (for undated mentions).
    public static let sameTitles = 0.8

    public static func agrees(_ m: EventMentionLike, _ e: EventMentionLike) -> Bool {
        guard placesAgree(m.place, e.place) else { return false }
        let sim = titleSimilarity(m.key, e.key)
        switch datesAgree(m.date, e.date) {
        case false: return false
        case true:
            if sim >= similarTitles { return true }
            let shared = Set(m.organizers.map(\.name)).intersection(e.organizers.map(\.name))
            return !shared.isEmpty && sim >= 0.25
        case nil:
            return sim >= sameTitles
        }
    }

    /// true: both dated and overlapping; false: both dated and apart; nil: one or both undated.
    /// A month-day without a year (--03-26) is compared by month and day.
    public static func datesAgree(_ a: DateValue?, _ b: DateValue?) -> Bool? {
        guard let a, let b, let a0 = a.start, let b0 = b.start else { return nil }
        let a1 = a.end ?? a0, b1 = b.end ?? b0
        if a0.hasPrefix("--") || b0.hasPrefix("--") {
            func md(_ s: String) -> String { String(s.hasPrefix("--") ? s.dropFirst(2).prefix(5) : s.dropFirst(5).prefix(5)) }
            return md(a0) <= md(b1) && md(b0) <= md(a1)
        }
        return day(a0) <= day(b1) && day(b0) <= day(a1)
    }

    static func day(_ iso: String) -> Substring { iso.prefix(10) }

    /// Places agree when either is unknown, they are the same, or one lies inside the other.
    public static func placesAgree(_ a: PlaceValue?, _ b: PlaceValue?) -> Bool {
        guard let a, let b else { return true }
        if let x = a.id, let y = b.id {
            return x == y || a.parents.contains(y) || b.parents.contains(x)
        }
        if a.id == nil && b.id == nil {
            return a.name == b.name
        }
        // A unit below the gazetteer agrees with the known places it lies in.
        let (unit, known) = a.id == nil ? (a, b) : (b, a)
        return unit.parents.contains(known.id!)
    }

    /// Dice coefficient over the character bigrams of two folded titles (a title of one
    /// character is its own bigram).
    /// A short title of four or more bigrams that lies almost wholly inside a longer one
    /// (秀洲区社工月 in 秀洲区第十一届社工月暨…) counts as that share, so a name and its full
    /// form are alike.
    public static func titleSimilarity(_ a: String, _ b: String) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        let x = bigrams(a), y = bigrams(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var common = 0
        for (g, n) in x { common += min(n, y[g] ?? 0) }
        let nx = x.values.reduce(0, +), ny = y.values.reduce(0, +)
        let dice = Double(2 * common) / Double(nx + ny)
        let shorter = min(nx, ny)
        let contained = shorter >= 4 ? Double(common) / Double(shorter) : 0
        return max(dice, contained >= 0.75 ? contained : 0)
    }

    static func bigrams(_ s: String) -> [UInt64: Int] {
        let v = s.unicodeScalars.map { UInt64($0.value) }
        var out: [UInt64: Int] = [:]
        if v.count == 1 { out[v[0]] = 1 }
        if v.count >= 2 { for i in 0..<(v.count - 1) { out[v[i] << 32 | v[i + 1], default: 0] += 1 } }
        return out
    }
}

/// What matching reads of a mention or an event.
public protocol EventMentionLike {
    var key: String { get }
    var date: DateValue? { get }
    var place: PlaceValue? { get }
    var organizers: [Organizer] { get }
}

extension EventMention: EventMentionLike {}
extension Event: EventMentionLike {}
