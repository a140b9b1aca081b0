/// Money in Spanish and English text: a number (digits or words, with its scale: $ 75 million,
/// cinco millones) with a currency symbol, code or word before it ($94,000, c $ 16.4 million,
/// usd 5) or after it (50 cents, 420 million finnish markka, 3 millones de dólares). The
/// currency's name comes from `currencies.tsv` (a bare $ is a Dollar; US$ a United States dollar).
struct MoneyReader {
    struct Found { let a: Int; let b: Int; let number: Double; let currency: String }

    let t: ScanText
    let currencies: Trie<String>
    let spanish: Bool

    /// Words of the hundredth of a currency: 3 dollars 50 cents, 3 euros con 99 céntimos.
    static let minor: Set<String> = ["Cent", "Pence", "Penny", "Centavo", "Céntimo"]

    func read(_ numbers: [NumberExtractor.Reading]) -> [Found] {
        var out: [Found] = []
        var used = 0   // a currency word (or number) taken by one amount is not the next one's
        for (k, (a, b, value, _)) in numbers.enumerated() where a >= used {
            var found: Found?
            if let (end, name) = after(b) {
                var amount = value, stop = end
                // 75 USD millones: the scale after the code
                if let (scaleEnd, scale) = scaleWord(at: stop) { amount *= scale; stop = scaleEnd }
                found = Found(a: a, b: stop, number: amount, currency: name)
            } else if let (start, name) = before(a), start >= used {
                found = Found(a: start, b: b, number: value, currency: name)
            }
            guard var f = found else { continue }
            // The hundredths after the amount: thirteen dollars forty-five cents, 15 dolares y 15,
            // c $ 100 and fifty, 3 euros con 99 céntimos.
            // ($4.25 and 32: an amount with its hundredths takes no more.)
            if !Self.minor.contains(f.currency), f.number == f.number.rounded(), k + 1 < numbers.count {
                let (c, d, cents, _) = numbers[k + 1]
                var s = f.b
                while t[s] == 0x20 { s += 1 }
                let connector = ["y ", "con ", "and "].first { t.hasPrefixFolded(scalars($0), at: s) }
                if let connector { s += connector.unicodeScalars.count; while t[s] == 0x20 { s += 1 } }
                let suffixed = after(b) != nil
                if s == c, cents < 100, cents == cents.rounded(), connector != nil || suffixed {
                    var stop = d
                    if let (end, name) = after(d) {
                        if Self.minor.contains(name) { stop = end } else { stop = -1 }
                    }
                    if stop > 0 { f = Found(a: f.a, b: stop, number: f.number + cents / 100, currency: f.currency) }
                }
            }
            out.append(f)
            used = f.b
        }
        return out
    }

    /// A scale word (millones, million) at s after spaces: its end and value.
    func scaleWord(at s0: Int) -> (Int, Double)? {
        var s = s0
        while t[s] == 0x20 { s += 1 }
        guard s > s0, isLatinLetter(t[s]) else { return nil }
        var e = s
        while isLatinLetter(t[e]) { e += 1 }
        switch LatinNumberReader.fold(t.norm(s, e)) {
        case "million", "millions", "millon", "millones": return (e, 1e6)
        case "billion", "billions": return (e, 1e9)
        default: return nil
        }
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

    /// A currency right after the number (50 cents, 12-cent, 3 millones de dólares).
    func after(_ b: Int) -> (Int, String)? {
        currencies.wordAfter(number: b, in: t, spanish: spanish).map { ($0.end, $0.value) }
    }
}
