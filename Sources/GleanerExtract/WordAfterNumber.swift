extension Trie {
    /// The entry that names what a number ending at `b` counts or costs: after spaces, a hyphen
    /// glued to the number (12-cent, 3-foot) or Spanish "de" (3 millones de dólares), ending a
    /// word (5 m, not 5 men); in brackets when `brackets` (45 {kg}). Its end (past the closing
    /// bracket) and value. Shared by money and measures.
    func wordAfter(number b: Int, in t: ScanText, spanish: Bool, brackets: Bool = false) -> (end: Int, value: Value)? {
        readingsAfter(number: b, in: t, spanish: spanish, brackets: brackets).flatMap { r in r.values.first.map { (r.end, $0) } }
    }

    /// The same with every value the entry has (grados: a temperature and an angle).
    func readingsAfter(number b: Int, in t: ScanText, spanish: Bool, brackets: Bool = false) -> (end: Int, values: [Value])? {
        var s = b
        while t[s] == 0x20 { s += 1 }
        if s == b, t[s] == 0x2D, isLatinLetter(t[s + 1]) { s += 1 }
        if spanish, t.hasPrefixFolded(scalars("de "), at: s) { s += 3; while t[s] == 0x20 { s += 1 } }
        let close: UInt32? = brackets ? [0x28: 0x29, 0x5B: 0x5D, 0x7B: 0x7D, 0x3C: 0x3E][t[s]] : nil
        if close != nil { s += 1 }
        guard let m = longest(t, at: s), !m.values.isEmpty,
              !(isLatinLetter(t[m.end - 1]) && isLatinLetter(t[m.end])) else { return nil }
        guard let close else { return (m.end, m.values) }
        return t[m.end] == close ? (m.end + 1, m.values) : nil
    }
}
