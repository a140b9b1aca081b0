import GleanerModel

extension DateExtractor {
    /// A year said in English words: "two thousand and eighteen", "two thousand twenty",
    /// "nineteen seventy eight", "twenty sixteen": (year, tokens read). A year is read only in
    /// these two shapes, so a plain count ("two thousand people") needs the date words around it.
    func yearWords(_ toks: [Tokens.Token], _ n: Int) -> (Int, Int)? {
        func w(_ i: Int) -> String { i >= 0 && i < toks.count ? toks[i].lower : "" }
        func cardinal(_ s: String) -> Int? {
            guard let c = lex.numbers.en[LatinNumberReader.fold(s)], c.kind == "cardinal", c.value < 100 else { return nil }
            return Int(c.value)
        }
        /// 1–99 in words: "seventy eight", "seventy-eight", "eighteen": (value, tokens read)
        func below100(_ i: Int) -> (Int, Int)? {
            let parts = w(i).split(separator: "-").map(String.init)
            if parts.count == 2, let a = cardinal(parts[0]), let b = cardinal(parts[1]), a % 10 == 0, a >= 20, b < 10 { return (a + b, 1) }
            guard parts.count == 1, let a = cardinal(w(i)) else { return nil }
            if a >= 20, a % 10 == 0, let b = cardinal(w(i + 1)), b >= 1, b < 10 { return (a + b, 2) }
            return (a, 1)
        }
        // two thousand (and) eighteen
        if cardinal(w(n)) == 2 || cardinal(w(n)) == 1, w(n + 1) == "thousand" {
            let q = w(n + 2) == "and" ? n + 3 : n + 2
            if let (v, u) = below100(q) { return ((cardinal(w(n)) ?? 0) * 1000 + v, q + u - n) }
            return nil
        }
        // nineteen seventy eight, twenty sixteen: a century then its year
        if let c = cardinal(w(n)), (10...20).contains(c), let (v, u) = below100(n + 1), v >= 10 { return (c * 100 + v, 1 + u) }
        return nil
    }
}
