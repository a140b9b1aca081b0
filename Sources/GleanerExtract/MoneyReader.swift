/// Money in Spanish and English text: a number (digits or words, with its scale: $ 75 million,
/// cinco millones) with a currency symbol, code or word before it ($94,000, c $ 16.4 million,
/// usd 5) or after it (50 cents, 420 million finnish markka, 3 millones de dólares). The
/// currency's name comes from `currencies.tsv` (a bare $ is a Dollar; US$ a United States dollar).
struct MoneyReader {
    struct Found { let a: Int; let b: Int; let number: Double; let currency: String }

    let t: ScanText
    let currencies: Trie<String>
    let spanish: Bool

    func read(_ numbers: [(Int, Int, Double, String)]) -> [Found] {
        var out: [Found] = []
        var used = 0   // a currency word taken as one amount's suffix is not the next one's prefix
        for (a, b, value, _) in numbers {
            if let (end, name) = after(b) {
                out.append(Found(a: a, b: end, number: value, currency: name))
                used = end
            } else if let (start, name) = before(a), start >= used {
                out.append(Found(a: start, b: b, number: value, currency: name))
                used = b
            }
        }
        return out
    }

    /// A currency ending right before the number (spaces between allowed), starting a word.
    func before(_ a: Int) -> (Int, String)? {
        var best: (Int, String)?
        for p in stride(from: a - 1, through: max(0, a - 12), by: -1) {
            guard p == 0 || !isLatinLetter(t[p - 1]) && !isDigit(t[p - 1]) else { continue }
            for m in currencies.matches(t, at: p) {
                var e = m.end
                guard e <= a else { continue }
                while e < a, t[e] == 0x20 { e += 1 }
                // Before a number only a symbol or a code ($, c $, usd, eur): "dollar 50" is the
                // end of one amount and the start of the next.
                let word = (p..<m.end).allSatisfy { isLatinLetter(t[$0]) }
                if e == a, !word || m.end - p <= 3, let name = m.values.first { best = (p, name) }
            }
        }
        return best
    }

    /// A currency right after the number (spaces, and Spanish "de", between allowed), ending a word.
    func after(_ b: Int) -> (Int, String)? {
        var s = b
        while t[s] == 0x20 { s += 1 }
        if s == b, t[s] == 0x2D, isLatinLetter(t[s + 1]) { s += 1 }   // 12-cent, one-yen
        if spanish, t.hasPrefixFolded(scalars("de "), at: s) { s += 3; while t[s] == 0x20 { s += 1 } }
        guard let m = currencies.longest(t, at: s), let name = m.values.first,
              !isLatinLetter(t[m.end]) || !isLatinLetter(t[m.end - 1]) else { return nil }
        return (m.end, name)
    }
}
