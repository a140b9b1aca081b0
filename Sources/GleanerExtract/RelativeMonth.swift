import GleanerModel

extension DateExtractor {
    /// "of next month", "in this month", "del próximo mes", "de este mes" after a day or a range of
    /// days: (the month's first day, end token). The month is a relative word of date-words.tsv.
    func relativeMonth(_ toks: [Tokens.Token], _ n: Int, _ t: ScanText, _ ctx: DateContext) -> (Day, Int)? {
        relativePeriod("month", toks, n, t, ctx)
    }

    /// "of this year", "next year", "del próximo año" after a week or quarter: (the period's first
    /// day, end token), read as `relativeMonth` reads months.
    func relativePeriod(_ unit: String, _ toks: [Tokens.Token], _ n: Int, _ t: ScanText, _ ctx: DateContext) -> (Day, Int)? {
        guard let p = ctx.published, n < toks.count else { return nil }
        // (del próximo mes: the article is in "del")
        let q = ["of", "in", "de", "del"].contains(toks[n].lower) ? n + 1 : n
        guard q < toks.count, let r = lex.dateWordsLatin.longest(t, at: toks[q].start), !isLatinLetter(t[r.end]),
              let v = r.values.first(where: { $0.kind == "relative" })?.value.split(separator: ":"), v.count == 2, v[0] == unit,
              let off = Int(v[1]), let (first, _) = p.period(Substring(unit), off) else { return nil }
        var e = q
        while e < toks.count, toks[e].end <= r.end { e += 1 }
        return (first, e)
    }
}
