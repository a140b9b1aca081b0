/// Dimensions, ages and temperatures, on request (`gleaner extract --units`): a number with a
/// unit after it — 10 km, 10km, 5 {kg}, 3-foot, 30 degrees celsius, 30°, ten years old, 五岁,
/// 三百米, 38摄氏度. Units, their kind and their names are `units.tsv`.
struct MeasureReader {
    struct Unit: Sendable { let kind: String; let name: String }
    struct Found { let a: Int; let b: Int; let number: Double; let unit: Unit }

    let t: ScanText
    let units: Trie<Unit>
    let spanish: Bool

    func read(_ numbers: [NumberExtractor.Reading]) -> [Found] {
        var out: [Found] = []
        for (a, b, value, _) in numbers {
            guard let (unitEnd, unit) = units.wordAfter(number: b, in: t, spanish: spanish, brackets: true) else { continue }
            // 24703L202, scp173m, 24703 m212: a code, not a measure
            if isLatinLetter(t[a - 1]) || isDigit(t[unitEnd]) || isLatinLetter(t[unitEnd]) { continue }
            var end = unitEnd
            // 一吨半, 两米半: and a half
            var number = value
            if t[end] == 0x534A { number += 0.5; end += 1 }
            out.append(Found(a: a, b: end, number: number, unit: unit))
        }
        return out
    }
}
