/// Unit names said with no amount where a text converts between units, as Recognizers-Text
/// lists them: the unit an amount is converted to (convertir 10 celsius a fahrenheit, 51
/// fahrenheit en grados celsius), both ends of a conversion between names (fahrenheit a
/// celsius) and the unit an amount is asked in (cuántos celsius). Only names that are nothing
/// else stand alone (units.tsv kind `alone`: celsius, kelvin — not grados, not m); the words
/// between are `to-unit` (a, en, to) and `how-many` (cuántos, how much).
struct UnitConversion {
    struct Found { let a: Int; let b: Int; let unit: MeasureReader.Unit }

    let t: ScanText
    let units: Trie<MeasureReader.Unit>
    let words: Trie<MeasureReader.Unit>?

    /// Every unit named alone in the text, besides its measures.
    func mentions(besides measures: [MeasureReader.Found]) -> [Found] {
        var out: [Found] = []
        func free(_ f: Found) -> Bool {
            !measures.contains { $0.a < f.b && f.a < $0.b } && !out.contains { $0.a < f.b && f.a < $0.b }
        }
        for m in measures { out += target(after: m.b, kind: m.unit.kind).filter(free) }
        var s = 0
        while s < t.count {
            defer { s += 1 }
            guard isLatinLetter(t[s]), !isLatinLetter(t[s - 1]) else { continue }
            if let f = alone(at: s), free(f), let q = word("to-unit", at: f.b), let g = alone(at: q),
               g.unit.kind == f.unit.kind, free(g) {
                out += [f, g]
            } else if let h = word("how-many", at: s), let g = alone(at: h), free(g) {
                out.append(g)
            }
        }
        return out.sorted { $0.a < $1.a }
    }

    /// After a measure of `kind` ending at b: the names repeating its unit (200 celsius
    /// celsius), then the unit it is converted to. Empty when nothing is converted.
    func target(after b: Int, kind: String) -> [Found] {
        var repeated: [Found] = []
        var p = b
        while let f = alone(at: p), f.unit.kind == kind { repeated.append(f); p = f.b }
        guard let q = word("to-unit", at: p), let g = alone(at: q), g.unit.kind == kind else { return [] }
        return repeated + [g]
    }

    /// A unit name standing alone at s (after spaces), a whole word, with its unit's kind.
    func alone(at s0: Int) -> Found? {
        var s = s0
        while t[s] == 0x20 { s += 1 }
        guard !isLatinLetter(t[s - 1]), let m = words?.matches(t, at: s).last(where: { m in
            !isLatinLetter(t[m.end]) && m.values.contains { $0.kind == "alone" }
        }), let name = m.values.first(where: { $0.kind == "alone" })?.name,
              let unit = units.matches(t, at: s).first(where: { $0.end == m.end })?.values.first(where: { $0.name == name })
        else { return nil }
        return Found(a: s, b: m.end, unit: unit)
    }

    /// The end of a word of `kind` (to-unit, how-many) at s, after spaces.
    func word(_ kind: String, at s0: Int) -> Int? {
        var s = s0
        while t[s] == 0x20 { s += 1 }
        guard !isLatinLetter(t[s - 1]) else { return nil }
        return words?.matches(t, at: s).last { m in !isLatinLetter(t[m.end]) && m.values.contains { $0.kind == kind } }?.end
    }
}
