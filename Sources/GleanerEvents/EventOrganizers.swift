import GleanerModel

/// Who organized the event a sentence reports, with the role the text gives:
/// - Chinese role markers follow their organizations, and a list joined by 、/和/与/及 shares
///   the marker after it: 由市民政局、昆区民政局主办,包头市益行社会组织服务中心承办 → two hosts,
///   one undertaker; 联合/携手 between two organizations makes both joint organizers;
/// - Spanish and English role phrases come before theirs (organizado por, in collaboration with);
/// - otherwise an organization before the trigger verb is its subject: the organizer.
/// Organizations after the verb (the audience, the object) are not organizers.
enum EventOrganizers {
    static let listJoiners: Set<UInt32> = Set("、，,和与與及同 ".unicodeScalars.map(\.value))

    static func find(_ s: [UInt32], orgs: [(Entity, Range<Int>)], roles: [EventLexicon.Match],
                     verbs: [EventLexicon.Match]) -> [Organizer] {
        // Outermost organizations only (包头师范学院政法学院, not also 包头师范学院).
        let outer = orgs.filter { o in !orgs.contains { $0.1 != o.1 && $0.1.lowerBound <= o.1.lowerBound && $0.1.upperBound >= o.1.upperBound } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
        var found: [Organizer] = []
        func add(_ e: Entity, _ role: String) {
            let name = e.value.organization?.name ?? e.text
            if let i = found.firstIndex(where: { $0.name == name }) {
                if found[i].role == "organizer" { found[i].role = role }
            } else { found.append(Organizer(name: name, role: role)) }
        }
        let firstVerb = verbs.first?.start ?? s.count
        var k = 0
        while k < outer.count {
            // The list of organizations starting here: only joiners between them.
            var j = k
            while j + 1 < outer.count, outer[j + 1].1.lowerBound >= outer[j].1.upperBound,
                  (outer[j].1.upperBound..<outer[j + 1].1.lowerBound).allSatisfy({ listJoiners.contains(s[$0]) }) { j += 1 }
            let end = outer[j].1.upperBound
            let latin = s[outer[k].1.lowerBound] < 0x3000
            if latin {
                // A role phrase right before the first organization (allowing an article).
                for i in k...j {
                    let start = outer[i].1.lowerBound
                    if let r = roles.last(where: { $0.end <= start && start - $0.end <= 5 && $0.word.role != "by" }) {
                        add(outer[i].0, r.word.role)
                    } else if start < firstVerb {
                        add(outer[i].0, "organizer")
                    }
                }
            } else if let r = roles.first(where: { $0.start >= end && $0.start - end <= 2 && $0.word.role != "by" }) {
                // 联合 after a list joins it with the organization that follows.
                for i in k...j { add(outer[i].0, r.word.role) }
                if r.word.role == "joint", j + 1 < outer.count, outer[j + 1].1.lowerBound - r.end <= 1 {
                    add(outer[j + 1].0, "joint")
                }
            } else if end <= firstVerb || roles.contains(where: { $0.word.role == "by" && $0.end <= outer[k].1.lowerBound }) {
                if outer[k].1.lowerBound < firstVerb {
                    for i in k...j { add(outer[i].0, "organizer") }
                }
            }
            k = j + 1
        }
        return found
    }
}
