/// Dimensions, ages and temperatures, on request (`gleaner extract --units`): a number with a
/// unit after it — 10 km, 10km, 5 {kg}, 3-foot, 30 degrees celsius, 30°, ten years old, 五岁,
/// 三百米, 38摄氏度. Units, their kind and their names are `units.tsv`.
struct MeasureReader {
    struct Unit: Sendable { let kind: String; let name: String }
    struct Found { let a: Int; let b: Int; let number: Double; let unit: Unit }

    let t: ScanText
    let units: Trie<Unit>
    let spanish: Bool

    func read(_ numbers: [(Int, Int, Double, String)]) -> [Found] {
        var out: [Found] = []
        for (a, b, value, _) in numbers {
            var s = b
            while t[s] == 0x20 { s += 1 }
            if s == b, t[s] == 0x2D, isLatinLetter(t[s + 1]) { s += 1 }      // 3-foot
            // 1,5 millones de galones, 1/4 de milla
            if spanish, t.hasPrefixFolded(scalars("de "), at: s) { s += 3; while t[s] == 0x20 { s += 1 } }
            let open = t[s]
            let close: UInt32? = [0x28: 0x29, 0x5B: 0x5D, 0x7B: 0x7D, 0x3C: 0x3E][open]
            if close != nil { s += 1 }
            guard let m = units.longest(t, at: s), let unit = m.values.first else { continue }
            var end = m.end
            // A Latin unit ends a word (5 m, not 5 men).
            if isLatinLetter(t[end - 1]), isLatinLetter(t[end]) { continue }
            if let close {
                guard t[end] == close else { continue }
                end += 1
            }
            // 一吨半, 两米半: and a half
            var number = value
            if t[end] == 0x534A { number += 0.5; end += 1 }
            out.append(Found(a: a, b: end, number: number, unit: unit))
        }
        return out
    }
}
