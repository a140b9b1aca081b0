import GleanerModel
import ICUKit

/// How unlikely a text is to be what someone wrote, as a sum of per-character costs. Used to
/// choose between a text and its candidate repairs: mojibake is made of characters real text
/// rarely uses — C1 controls, Latin-1 symbols after capitals (Ã©), and for Chinese, valid but
/// rare ideographs (鍙戝竷 for 发布). Costs of ideographs come from their frequency in real
/// text (lexicons/han-freq.tsv), which is what catches all-Han mojibake.
public struct Plausibility: Sendable {
    /// Cost in tenths per scalar below 0x30000; scalars above cost `otherCost`.
    let costs: [UInt8]

    public init(hanFrequencies: [UInt32: Int]) {
        var c = [UInt8](repeating: 15, count: 0x30000)
        for v in 0x20..<0x7F { c[v] = 0 }
        c[9] = 0; c[10] = 0; c[13] = 0
        for v in 0..<0x20 where v != 9 && v != 10 && v != 13 { c[v] = 60 }
        for v in 0x7F...0x9F { c[v] = 60 }           // DEL and C1 controls
        for v in 0xA0...0xBF { c[v] = 20 }           // Latin-1 symbols: ¤ ¦ ¨ © ª « ¬ ® ¯ …
        for v in 0xC0...0xFF { c[v] = 6 }            // Latin-1 letters
        c[0xC3] = 14; c[0xC2] = 16; c[0xC5] = 12     // Ã Â Å: the lead bytes of UTF-8 read as Latin-1
        c[0xD7] = 10; c[0xF7] = 10
        for v in 0x100...0x17F { c[v] = 10 }         // Latin Extended-A
        for v in 0x250...0x2AF { c[v] = 30 }         // IPA letters: phonetics, not running text
        // Combining marks: the accents of decomposed Latin letters (e + U+0301) are text; the
        // rest of the block is rare (ÍŠ in Czech capitals would read as U+034A).
        for v in 0x300...0x36F { c[v] = 40 }
        for v in [0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x30A, 0x30B, 0x30C, 0x323, 0x327, 0x328] { c[v] = 8 }
        c[0x17F] = 40                                // ſ: long s, archaic (cp437 box drawing read as UTF-8 makes it)
        // cp1252's letters at 0x80–0x9F; š ž Š Ž stay cheap: Czech, Slovak, Croatian, Lithuanian
        // write them, and after a lead byte (Å¡) the pair rule below prices them.
        for v in [0x152, 0x153, 0x178, 0x192, 0x2C6, 0x2DC] { c[v] = 20 }
        for v in 0x370...0x4FF { c[v] = 15 }         // Greek, Cyrillic
        for v in 0x2000...0x206F { c[v] = 8 }        // general punctuation
        for v in [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x00B7] { c[v] = 2 }
        for v in [0x201A, 0x201E, 0x2020, 0x2021, 0x2030, 0x2039, 0x203A, 0x2022, 0x20AC, 0x2122] { c[v] = 20 }
        for v in 0x2500...0x257F { c[v] = 25 }       // box drawing
        for v in 0x3000...0x303F { c[v] = 1 }        // CJK punctuation
        for v in 0x3040...0x30FF { c[v] = 10 }       // kana
        for v in 0xAC00...0xD7AF { c[v] = 25 }       // Hangul
        for v in 0xE000...0xF8FF { c[v] = 50 }       // private use
        for v in 0xFF00...0xFFEF { c[v] = 1 }        // fullwidth forms
        c[0xFFFD] = 50
        // Ideographs by frequency: common ones cost nothing, unseen ones the most.
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF] {
            for v in range { c[v] = 35 }
        }
        for (v, f) in hanFrequencies where v < 0x30000 {
            c[Int(v)] = f >= 1000 ? 0 : f >= 100 ? 2 : f >= 10 ? 8 : f >= 2 ? 20 : 35
        }
        costs = c
    }

    /// Loads character frequencies from lexicons/han-freq.tsv.
    public static func load() throws -> Plausibility {
        let lexicon = try LexiconFile(named: "han-freq.tsv")
        let ch = try lexicon.column("char"), fq = try lexicon.column("freq")
        var freq: [UInt32: Int] = [:]
        for row in lexicon.rows where row.count > max(ch, fq) {
            if let s = row[ch].unicodeScalars.first, let f = Int(row[fq]) { freq[s.value] = f }
        }
        return Plausibility(hanFrequencies: freq)
    }

    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }

    /// The characters windows-1251 decodes the bytes 0x80–0xBF to.
    static let cp1251Set: Set<UInt32> = Set(SingleByteCodec.byName["cp1251"]!.decodeTable[0x80...0xBF])

    /// Per character, a bit for each Central European charset (windows-1250, ISO-8859-2) that
    /// reads a UTF-8 lead byte (C2–DF) as it, and one for each that reads a continuation byte
    /// (80–BF) as it. Not ™, which follows capitals in clean text (NICIODATĂ™).
    static let (centralLead, centralContinuation): ([UInt8], [UInt8]) = {
        var lead = [UInt8](repeating: 0, count: 0x180), continuation = [UInt8](repeating: 0, count: 0x2200)
        for (bit, name) in ["cp1250", "iso-8859-2"].enumerated() {
            let table = SingleByteCodec.byName[name]!.decodeTable
            for b in 0xC2...0xDF where table[b] < 0x180 { lead[Int(table[b])] |= 1 << bit }
            for b in 0x80...0xBF where table[b] < 0x2200 && table[b] != 0xA0 && table[b] != 0x2122 { continuation[Int(table[b])] |= 1 << bit }
        }
        return (lead, continuation)
    }()

    @inline(__always)
    static func cp1251Continuation(_ v: UInt32) -> Bool {
        v >= 0x80 && v < 0x2200 && cp1251Set.contains(v)
    }

    @inline(__always)
    public func cost(_ s: Unicode.Scalar) -> Int {
        s.value < 0x30000 ? Int(costs[Int(s.value)]) : 15
    }

    /// What windows-1252 decodes the bytes 0x80–0x9F to (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
    /// ™ is left out (it follows brand names in clean text: AHÅ™) but after Ã and Â.
    static let cp1252High: Set<UInt32> = Set(SloppyWindows1252.high.filter { $0 > 0xFF && $0 != 0x2122 })

    /// The sum of the characters' costs and of the pairs they make (`pairCost`), plus a Latin
    /// letter glued to an ideograph: UTF-8 read as GBK (né → n茅) makes it.
    public func cost<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var total = 0
        var previous: UInt32 = 0
        for s in scalars {
            let v = s.value
            total += cost(s) + Self.pairCost(previous, s)
            if UnicodeScript.isHan(v) && Self.isLatinLetter(previous) || Self.isLatinLetter(v) && UnicodeScript.isHan(previous) { total += 20 }
            previous = v
        }
        return total
    }

    /// What a pair real text almost never has, and UTF-8 read through a single-byte charset
    /// always does, adds to the cost (0 for an ordinary pair; the repair prescan asks this too):
    /// - a letter from À–ß (a UTF-8 lead byte read as windows-1252: Ã, Â, Ä, Å, Ð, Ñ …) followed
    ///   by what a continuation byte reads as — U+0080–U+00BF (café → cafÃ©, İ → Ä°) or one of
    ///   cp1252's 0x80–0x9F symbols (Ñ → Ã‘, Ô → Ã”: a capital with a diacritic is not followed
    ///   by a curly quote) — and the same after â, the lead byte of most punctuation (✔ → âœ”,
    ///   ’ → â€™), ã–é, those of Chinese and Japanese (通 → é€š; an ellipsis after è is
    ///   Italian, perchè…), and ï, that of fullwidth forms and U+FFFD (， → ï¼Œ, � → ï¿½);
    /// - windows-1250 and ISO-8859-2 leads and continuations (į → ÄŻ);
    /// - windows-1251: Р or С before a continuation byte's reading (дорога → РґРѕСЂРѕРіР°), and в, Г,
    ///   В (punctuation and Latin-1 leads: ’ → вЂ™, £ → Г‚ВЈ) before one that is no letter, or
    ///   lower-case в before a capital (Ukrainian writes ві and ВІКІ);
    /// - MacRoman: √ (its 0xC3) glued to the end of a Latin word (ß → wei√ü, ò → Zam√≤; √π
    ///   after a space is mathematics).
    @inline(__always)
    public static func pairCost(_ previous: UInt32, _ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0x221A { return isLatinLetter(previous) ? 30 : 0 }
        // Every lead below is under U+0433 (в): Han text after Han text is answered here.
        guard v >= 0x80, previous >= 0xC2, previous <= 0x432 else { return 0 }
        if previous == 0xC2 || previous == 0xC3 {
            if v <= 0xBF { return 30 }
            return cp1252High.contains(v) || v == 0x2122 ? 40 : 0
        }
        if previous >= 0xC4 && previous <= 0xDF && previous != 0xD7 || previous == 0xE2 || (previous >= 0xE3 && previous <= 0xE9 || previous == 0xEF) && v != 0x2026 {
            // Not after a no-break space (SELKÄ\u{A0}EDELLÄ is Finnish as written)
            if v >= 0xA1 && v <= 0xBF || v <= 0x9F { return 30 }
            // ™ (0x99) after â too: â™ opens the E2 99 symbols (♀ ♫ ♥); AHÅ™ is a brand.
            return cp1252High.contains(v) || v == 0x2122 && previous == 0xE2 ? (previous == 0xE2 ? 30 : 40) : 0
        }
        if (previous == 0x420 || previous == 0x421) && cp1251Continuation(v) { return 30 }
        // windows-1250 and ISO-8859-2 (Central European): a lead byte's letter followed by a
        // continuation byte's character, one of them outside Latin-1 (į → ÄŻ, Ž → Ĺ˝).
        if previous < 0x180, v < 0x2200, centralLead[Int(previous)] & centralContinuation[Int(v)] != 0, previous > 0xFF || v > 0xFF { return 30 }
        if (previous == 0x432 || previous == 0x413 || previous == 0x412) && cp1251Continuation(v),
           !s.properties.isAlphabetic || previous == 0x432 && s.properties.isUppercase { return 30 }
        return 0
    }
}
