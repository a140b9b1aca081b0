import Foundation
import GleanerExtract
import GleanerModel
import Testing

/// Every sentence of Recognizers-Text's specs (../shared/benchmarks/extract: 4,000-odd short,
/// odd, hand-written lines in three languages) through the whole extractor, numbers and units
/// on: nothing may crash, every entity's text must be the text at its offsets (Unicode
/// scalars), and dates, times, durations and recurrences never overlap one another.
@Suite struct SpecSentenceTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/benchmarks/extract")

    @Test func everySpecSentenceGivesWellFormedEntities() throws {
        let files = ["recognizers-datetime-extractor.jsonl", "recognizers-datetime-model.jsonl",
                     "recognizers-number-model.jsonl", "recognizers-numberwithunit-model.jsonl"]
        let extractor = EntityExtractor(lexicons: try ExtractLexicons.load())
        extractor.numbers = true
        extractor.units = true
        var sentences = 0
        for f in files {
            guard let data = FileManager.default.contents(atPath: Self.dir.appendingPathComponent(f).path) else {
                print("skipping \(f): ../shared/benchmarks/extract not found")
                continue
            }
            for line in data.split(separator: 10) {
                guard let rec = try JSONSerialization.jsonObject(with: line) as? [String: Any], let text = rec["text"] as? String else { continue }
                let published = (rec["reference_datetime"] as? String) ?? "2016-11-07T00:00:00"
                let scalars = Array(text.unicodeScalars)
                let entities = extractor.extract(text, published: published)
                sentences += 1
                var lastTimeEnd = -1
                for e in entities {
                    #expect(e.start >= 0 && e.start < e.end && e.end <= scalars.count, "\(f): \(text) — \(e.text) at \(e.start)..<\(e.end)")
                    guard e.start >= 0, e.start < e.end, e.end <= scalars.count else { continue }
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[e.start..<e.end])
                    #expect(String(slice) == e.text, "\(f): \(text) — \(e.text) is not the text at its offsets")
                    if [.date, .time, .duration, .set].contains(e.type) {
                        #expect(e.start >= lastTimeEnd, "\(f): \(text) — \(e.text) overlaps the date before it")
                        lastTimeEnd = e.end
                    }
                }
            }
        }
        if sentences > 0 { #expect(sentences > 4000) }
    }
}
