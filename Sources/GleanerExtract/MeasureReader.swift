/// Dimensions, ages and temperatures, on request (`gleaner extract --units`): a number with a
/// unit after it — 10 km, 10km, 5 {kg}, 3-foot, 30 degrees celsius, 30°, ten years old, 五岁,
/// 三百米, 38摄氏度. Units, their kind and their names are `units.tsv`.
struct MeasureReader {
    /// A unit's reading: its kind (dimension, age, temperature), its name, and the cue it is
    /// taken only near (weight, angle), if any.
    struct Unit: Sendable { let kind: String; let name: String; var cue: String = "" }
    struct Found { let a: Int; let b: Int; let number: Double; let unit: Unit }
    /// The kinds of units.tsv rows that are units (the others are words around them).
    static let kinds: Set<String> = ["dimension", "age", "temperature"]

    let t: ScanText
    let units: Trie<Unit>
    let spanish: Bool
    let cues: UnitCues
    let conversion: UnitConversion
    /// The language's little words (stopwords.tsv) some units are spelled as (in, ha).
    let stopwords: Set<String>

    func read(_ numbers: [NumberExtractor.Reading]) -> [Found] {
        var out: [Found] = []
        for (a, b, value, _) in numbers {
            guard let (unitEnd, readings) = units.readingsAfter(number: b, in: t, spanish: spanish, brackets: true) else {
                if let k = kelvin(a, b, value) { out.append(k) }
                continue
            }
            // 24703L202, scp173m, 24703 m212: a code, not a measure
            if isLatinLetter(t[a - 1]) || isDigit(t[unitEnd]) || isLatinLetter(t[unitEnd]) { continue }
            guard let unit = reading(readings, a, unitEnd), !isLittleWord(before: unitEnd) else { continue }
            var end = unitEnd
            // 一吨半, 两米半: and a half
            var number = value
            if t[end] == 0x534A { number += 0.5; end += 1 }
            out.append(Found(a: a, b: end, number: number, unit: unit))
        }
        return out
    }

    /// A unit spelled as a little word with a word or a number after it (2 in april, 50,000 in
    /// 2020, en 2015 ha crecido) is that word; the unit ends its phrase or takes its noun with
    /// of or de (a 5 in. screen, 5 in of rain, 500 ha de bosque).
    func isLittleWord(before end: Int) -> Bool {
        var s = end
        while isLatinLetter(t[s - 1]) { s -= 1 }
        guard s < end, stopwords.contains(t.norm(s, end).lowercased()) else { return false }
        var n = end
        while t[n] == 0x20 { n += 1 }
        if t.hasPrefixFolded("of ", at: n) || t.hasPrefixFolded("de ", at: n) { return false }
        return isLatinLetter(t[n]) || isDigit(t[n])
    }

    /// The reading a cue near the amount chooses (grados after girar: an angle), else the one
    /// that needs none (a temperature). Nil when every reading waits for a cue that is not
    /// there (libras with no weighing near are money).
    func reading(_ readings: [Unit], _ a: Int, _ b: Int) -> Unit? {
        readings.first { !$0.cue.isEmpty && cues.near($0.cue, a, b) } ?? readings.first { $0.cue.isEmpty }
    }

    /// 200 K en fahrenheit: the capital K read as thousands is a kelvin where the amount is
    /// converted to another temperature scale (a salary of 200 K stays 200,000).
    func kelvin(_ a: Int, _ b: Int, _ value: Double) -> Found? {
        guard t[b - 1] == 0x4B, t[b - 2] == 0x20 else { return nil }
        var n = b - 2
        while t[n - 1] == 0x20 { n -= 1 }
        guard let (end, readings) = units.readingsAfter(number: n, in: t, spanish: spanish), end == b,
              let unit = readings.first(where: { $0.kind == "temperature" }),
              !conversion.target(after: b, kind: unit.kind).isEmpty else { return nil }
        return Found(a: a, b: b, number: value / 1000, unit: unit)
    }
}
