import ArgumentParser
import Foundation
import GleanerArchive

/// The researcher's filters, shared by `gleaner events` and `gleaner search`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only what happened on or after this date (2017, 2017-03 or 2017-03-21).")
    var from: String?

    @Option(help: "Only what happened on or before this date (2017, 2017-03 or 2017-03-21).")
    var to: String?

    @Option(help: "Only this place or anything inside it (包头 finds its districts and communities); a name or a division code.")
    var place: String?

    @Option(help: "Only where this organization (or part of its name) is named as organizer (events) or mentioned (search).")
    var org: String?

    @Option(help: "Only where at least this many people took part.")
    var minPeople: Double?

    @Option(help: "Only this language: zh (either script), zh-Hans, zh-Hant, es, en.")
    var lang: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let v = value, v.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) == nil {
                throw ValidationError("\(name) takes a date as 2017, 2017-03 or 2017-03-21, not \(v)")
            }
        }
        if let n = minPeople, n < 0 { throw ValidationError("--min-people cannot be negative") }
    }

    func filter(text: String? = nil) -> EventFilter {
        EventFilter(text: text, from: from, to: to, place: place, organization: org, minPeople: minPeople, language: lang)
    }
}
