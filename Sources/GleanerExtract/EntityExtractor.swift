import GleanerModel
import ICUKit

/// Runs every extractor over a text: dates first (their numbers are not counts), then
/// headcounts, counts and money, places, organizations. Offsets are Unicode scalar offsets into
/// the text as given. Lexicons are loaded once (`ExtractLexicons.load()`) and shared; one
/// `EntityExtractor` per thread.
public final class EntityExtractor {
    public let lexicons: ExtractLexicons
    /// Traditional → simplified, one character for one (the lexicons are simplified).
    private let simplified = Transliterator.traditionalToSimplified

    public init(lexicons: ExtractLexicons) {
        self.lexicons = lexicons
    }

    /// Entities of a document, dates resolved against its published date (ISO, may be nil).
    public func extract(_ document: Document) -> [Entity] { extract(document.text, published: document.published) }

    /// Also report plain numbers (type `number`), as Recognizers-Text's NumberModel does.
    public var numbers = false
    /// Also report dimensions, ages and temperatures (10 km, ten years old, 38摄氏度).
    public var units = false

    public func extract(_ text: String, published: String?, language: String? = nil) -> [Entity] {
        let t = ScanText(text, simplified: simplified)
        var covered = [Bool](repeating: false, count: t.count + 1)
        var out: [Entity] = []
        func cover(_ a: Int, _ b: Int) { for k in a..<b { covered[k] = true } }

        var ctx = DateContext(published: Day.parse(published))
        if let p = published, p.count >= 16 { ctx.publishedClock = Clock(parsing: String(p.dropFirst(11).prefix(8))) }
        let numberReader = NumberExtractor(lex: lexicons, text: t, language: language)
        var dates = DateExtractor(lex: lexicons)
        dates.dayFirst = numberReader.language == "es"
        for f in dates.extract(t, context: &ctx) {
            cover(f.a, f.b)
            out.append(Entity(type: f.kind, text: t.text(f.a, f.b), start: t.start(f.a), end: t.end(f.b), value: f.other ?? .date(f.value)))
        }
        var quantities = QuantityExtractor(lex: lexicons).extract(t, covered: covered)
        // Read once, for money and for --numbers.
        var plainNumbers: [NumberExtractor.Reading]?
        func plain() -> [NumberExtractor.Reading] {
            if let plainNumbers { return plainNumbers }
            let r = numberReader.readings(t)
            plainNumbers = r
            return r
        }
        if numberReader.language == "zh" {
            // Chinese money: the currency its unit names (亿元 → Chinese yuan, 万美元 → United States dollar).
            for k in quantities.indices where quantities[k].type == .money {
                if let u = quantities[k].value.unit { quantities[k].value.currency = lexicons.currencyNamed(in: u) }
            }
        } else if let currencies = lexicons.currencies[numberReader.language] {
            // Spanish and English money: a currency before or after a number ($ 75 million, 50 cents).
            let cues = UnitCues(t: t, words: lexicons.unitWords[numberReader.language])
            let numberWords = numberReader.spanish ? lexicons.numbers.es : lexicons.numbers.en
            for m in MoneyReader(t: t, currencies: currencies, spanish: numberReader.spanish).read(plain()) where !covered[m.a] {
                // 25 libras after bajar, a baby of two pounds: a weight. What the counts made of
                // it stays a count (of libras), a measure with --units.
                if let units = lexicons.units[numberReader.language],
                   cues.isMeasure(money: m.a, m.b, units: units, numberWords: numberWords) {
                    for k in quantities.indices where quantities[k].type == .money && quantities[k].a < m.b && m.a < quantities[k].b {
                        quantities[k].type = .count
                        quantities[k].value.subject = quantities[k].value.unit
                        quantities[k].value.unit = nil
                    }
                    continue
                }
                // It replaces what the counts made of it (50 cents was a count of cents).
                quantities.removeAll { $0.a < m.b && m.a < $0.b }
                quantities.append(QuantityExtractor.Q(a: m.a, b: m.b, type: .money,
                                                      value: QuantityValue(number: m.number, currency: m.currency)))
            }
        }
        for q in quantities.sorted(by: { $0.a < $1.a }) {
            cover(q.a, q.b)
            out.append(Entity(type: q.type, text: t.text(q.a, q.b), start: t.start(q.a), end: t.end(q.b), value: .quantity(q.value)))
        }
        let places = PlaceExtractor(lex: lexicons).extract(t, covered: covered)
        for p in places {
            out.append(Entity(type: .place, text: t.text(p.a, p.b), start: t.start(p.a), end: t.end(p.b), value: .place(p.value)))
        }
        for o in OrganizationExtractor(lex: lexicons).extract(t, covered: covered, places: places) {
            out.append(Entity(type: .organization, text: t.text(o.a, o.b), start: t.start(o.a), end: t.end(o.b), value: .organization(o.value)))
        }
        if numbers {
            // Numbers stand alone: a date's or a count's number is one too.
            for n in numberReader.values(plain()) {
                out.append(Entity(type: .number, text: t.text(n.a, n.b), start: t.start(n.a), end: t.end(n.b), value: .number(n.value)))
            }
        }
        if units, let trie = lexicons.units[numberReader.language] {
            let readings = numberReader.readings(t, gluedUnits: true)
            let words = lexicons.unitWords[numberReader.language]
            let conversion = UnitConversion(t: t, units: trie, words: words)
            let reader = MeasureReader(t: t, units: trie, spanish: numberReader.spanish, cues: UnitCues(t: t, words: words),
                                       conversion: conversion, stopwords: lexicons.stopwordsByLanguage[numberReader.language] ?? [])
            var measures: [MeasureReader.Found] = []
            func kind(_ unit: MeasureReader.Unit) -> Entity.Kind {
                unit.kind == "age" ? .age : unit.kind == "temperature" ? .temperature : .dimension
            }
            for m in reader.read(readings) {
                // A measure replaces the count or the duration its words made (3 pulgadas was a
                // count of pulgadas, five years old a duration of five years).
                let (a, b) = (t.start(m.a), t.end(m.b))
                let yields: Set<Entity.Kind> = [.count, .number, .duration]
                guard !out.contains(where: { !yields.contains($0.type) && $0.start < b && a < $0.end }) else { continue }
                out.removeAll { ($0.type == .count || $0.type == .duration) && $0.start < b && a < $0.end }
                out.append(Entity(type: kind(m.unit), text: t.text(m.a, m.b), start: t.start(m.a), end: t.end(m.b),
                                  value: .quantity(QuantityValue(number: m.number, unit: m.unit.name))))
                measures.append(m)
            }
            // convertir 10 celsius a fahrenheit: the unit converted to, named with no amount
            for n in conversion.mentions(besides: measures) {
                let (a, b) = (t.start(n.a), t.end(n.b))
                guard !out.contains(where: { $0.type != .number && $0.start < b && a < $0.end }) else { continue }
                out.append(Entity(type: kind(n.unit), text: t.text(n.a, n.b), start: a, end: b, value: .unit(UnitValue(unit: n.unit.name))))
            }
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
