import GleanerModel

/// Times of day as written in Chinese, Spanish and English — 下午5:00, 九点二十, 凌晨2点半,
/// 17:55:23, 7:56:30 pm, seven p.m., half past seven, a las cinco de la tarde — with the part of
/// the day said before or after them, which turns 5 into 17.
struct ClockReader {
    let lex: ExtractLexicons
    var words: TimeWords { lex.timeWords }

    struct Read {
        var clock: Clock
        var end: Int
        /// Where the clock itself starts, after "at", "a las" or "@".
        var begin = 0
        /// Unmistakably a time: minutes, a.m./p.m., o'clock, a part of the day. A bare 3点 or
        /// "at 7" is one only where a date, a range or a part of the day backs it.
        var strong: Bool
        /// a.m./p.m. or a part of the day fixed the hour.
        var fixed: Bool
    }

    // MARK: Chinese

    /// [part of day] clock at i: 下午5:00, 晚上九点半, 17点55分23秒, 凌晨2点半.
    func zh(_ t: ScanText, _ i: Int, part given: String? = nil) -> Read? {
        var j = i, part = given
        if let w = lex.dateWordsZh.longest(t, at: j), let p = w.values.first(where: { $0.kind == "part-of-day" }) {
            part = p.value; j = w.end
        }
        guard var r = zhClock(t, j, backed: part != nil) else { return nil }
        apply(part, to: &r)
        if j > i { r.strong = true }
        return r
    }

    /// The hour a part of the day gives (下午5点 → 17), or a 12-hour reading when none does.
    func apply(_ part: String?, to r: inout Read) {
        if let part, let p = words.parts[part], !r.fixed {
            if r.clock.h <= 12 { r.clock.h = p.hour(r.clock.h) }
            r.fixed = true
            r.strong = true
        }
        r.clock.twelveHour = !r.fixed && r.clock.h >= 1 && r.clock.h <= 12
    }

    /// `backed`: a part of the day, a range or a day said with it makes a bare 三点 a time.
    func zhClock(_ t: ScanText, _ j: Int, backed: Bool) -> Read? {
        if let r = colonClock(t, j) { return r }
        guard t[j - 1] != 0x7B2C /*第*/, let (h, e) = number(t, j), h <= 24,
              let mark = words.word(t, at: e, ["hour-mark"]) else { return nil }
        var c = Clock(h: h), k = mark.end, strong = mark.end - e > 1
        if let mw = words.word(t, at: k, ["minutes"]), let m = Int(mw.word.value) {
            c.m = m; c.granularity = "minute"; k = mw.end; strong = true
        } else if let (m, e2) = number(t, k), m < 60 {
            if let mk = words.word(t, at: e2, ["minute-mark"]), t[mk.end] != 0x949F /*钟*/ {
                c.m = m; c.granularity = "minute"; k = mk.end; strong = true
                if let (s, e3) = number(t, k), s < 60, let sk = words.word(t, at: e3, ["second-mark"]) {
                    c.s = s; c.granularity = "second"; k = sk.end
                }
            } else if !isHan(t[e2]) || lex.dateWordsZh.longest(t, at: e2) != nil {
                c.m = m; c.granularity = "minute"; k = e2; strong = true  // 九点二十
            }
        }
        if !strong && !backed {
            // 三点要求 are three points, 十点 alone or before 到, 左右, 前, 后 a time.
            let after: Set<UInt32> = [0x5230, 0x81F3, 0x5DE6, 0x524D, 0x540E, 0x8D77, 0x5F00, 0x6574, 0x949F, 0x7684, 0x534A, 0x548C]
            if isHan(t[k]) && !after.contains(t[k]) { return nil }
        }
        return Read(clock: c, end: k, strong: strong, fixed: h == 0 || h > 12)
    }

    /// 17:55, 9:30, 17:55:23 (two digits after each colon).
    func colonClock(_ t: ScanText, _ j: Int) -> Read? {
        guard isDigit(t[j]), !isDigit(t[j - 1]), t[j - 1] != 0x3A else { return nil }
        var k = j, h = 0
        while isDigit(t[k]), k - j < 2 { h = h * 10 + Int(t[k] - 0x30); k += 1 }
        guard t[k] == 0x3A, let m = twoDigits(t, k + 1), h <= 24, m < 60 else { return nil }
        var c = Clock(h: h, m: m, granularity: "minute")
        k += 3
        if t[k] == 0x3A, let s = twoDigits(t, k + 1), s < 60 { c.s = s; c.granularity = "second"; k += 3 }
        return Read(clock: c, end: k, strong: true, fixed: h == 0 || h > 12)
    }

    func twoDigits(_ t: ScanText, _ k: Int) -> Int? {
        guard isDigit(t[k]), isDigit(t[k + 1]), !isDigit(t[k + 2]) else { return nil }
        return Int(t[k] - 0x30) * 10 + Int(t[k + 1] - 0x30)
    }

    /// An hour or minutes: up to two digits or a Chinese numeral.
    func number(_ t: ScanText, _ i: Int) -> (Int, Int)? { Numbers.small(t, at: i, digits: 2, chineseLength: 3) }

    // MARK: Spanish and English

    /// A clock at i: 7:56:30 pm, 9.am, 1140 a.m., 3pm, seven p.m., 8 o'clock, noon, half past
    /// seven, a las cinco y media de la tarde, 8 in the evening; "at", "a las" or "@" before a bare
    /// hour make it one.
    func latin(_ t: ScanText, _ i: Int, part given: String? = nil) -> Read? {
        var j = i, prefixed = false
        for p in ["at ", "a las ", "a la ", "las ", "la ", "@ ", "@"] where t.hasPrefixFolded(p, at: j) {
            let k = j + p.unicodeScalars.count
            if isDigit(t[k]) || isLatinLetter(t[k]) { j = k; prefixed = true; break }
        }
        guard var r = latinClock(t, j, prefixed: prefixed) else { return nil }
        r.begin = j
        // the part of the day after it: 8 in the evening, cinco de la tarde
        var k = r.end
        while t[k] == 0x20 { k += 1 }
        var part = given
        if let w = lex.dateWordsLatin.longest(t, at: k), !isLatinLetter(t[w.end]),
           let p = w.values.first(where: { $0.kind == "part-of-day" }), !["a.m.", "p.m."].contains(t.norm(k, w.end).lowercased()),
           // 1 night is a night's stay: a bare number takes a part said with a preposition (8 in the evening)
           r.strong || prefixed || t.norm(k, w.end).contains(" ") || p.value == "noon" {
            part = p.value; r.end = w.end
        }
        apply(part, to: &r)
        if r.fixed || (prefixed && r.clock.h <= 24 && !isLatinLetter(nextWordStart(t, r.end))) { r.strong = true }
        return r
    }

    func nextWordStart(_ t: ScanText, _ k: Int) -> UInt32 {
        var k = k
        while t[k] == 0x20 { k += 1 }
        return t[k]
    }

    func latinClock(_ t: ScanText, _ j: Int, prefixed: Bool) -> Read? {
        // noon, midnight, mediodía
        for (w, h) in [("noonish", 12), ("noon", 12), ("midday", 12), ("midnight", 0), ("mid night", 0), ("mediodía", 12), ("medianoche", 0)]
        where t.hasPrefixFolded(w, at: j) && !isLatinLetter(t[j + w.unicodeScalars.count]) {
            return Read(clock: Clock(h: h), end: j + w.unicodeScalars.count, strong: true, fixed: true)
        }
        // half past seven, quarter to eight, 20 min past eight
        if let r = pastTo(t, j) { return r }
        var r: Read
        if let c = colonClock(t, j) { r = c } else if isDigit(t[j]) {
            var k = j, n = 0
            while isDigit(t[k]), k - j < 4 { n = n * 10 + Int(t[k] - 0x30); k += 1 }
            guard !isDigit(t[k]) else { return nil }
            // 11ish: about eleven
            if t.hasPrefixFolded("ish", at: k), !isLatinLetter(t[k + 3]), n >= 1, n <= 12 {
                return Read(clock: Clock(h: n), end: k + 3, strong: true, fixed: false)
            }
            var c = Clock(h: n)
            if k - j >= 3 { c = Clock(h: n / 100, m: n % 100, granularity: "minute") }  // 1140 a.m.
            else if t[k] == 0x2E, let m = twoDigits(t, k + 1) { c = Clock(h: n, m: m, granularity: "minute"); k += 3 }  // 2.30pm
            // 1.458.000 toneladas, 1,015 francs: a number goes on after its separator; 10/1 is a date
            if (t[k] == 0x2E || t[k] == 0x2C), isDigit(t[k + 1]) { return nil }
            if t[k] == 0x2F { return nil }
            if t[k] == 0x2D, isDigit(t[k + 1]), c.granularity == "hour" {
                var e = k + 1
                while isDigit(t[e]) { e += 1 }
                if t[e] == 0x2D || t[e] == 0x2F { return nil }  // 10-1-2018
            }
            guard c.h <= 24, c.m < 60 else { return nil }
            r = Read(clock: c, end: k, strong: false, fixed: false)
            if k - j >= 3 || c.granularity == "minute" {
                // 1140 and 2.30 are times only with a.m./p.m. (or after "at": at 6.45)
                guard ampm(t, k) != nil || (prefixed && c.granularity == "minute" && !isLatinLetter(nextWordStart(t, k)) && nextWordStart(t, k) != 0x25)
                else { return nil }  // at 6.45, not at 6.45 percent
                if prefixed { r.strong = true }
            }
        } else if let (n, e) = wordNumber(t, j), (1...12).contains(n) {
            r = Read(clock: Clock(h: n), end: e, strong: false, fixed: false)
            // three thirty, two forty five, five-thirty
            var k = e
            while t[k] == 0x20 { k += 1 }
            if t[e] == 0x2D, isLatinLetter(t[e + 1]) { k = e + 1 }
            if let (m, e2) = wordNumber(t, k), m >= 10, m < 60 { r.clock.m = m; r.clock.granularity = "minute"; r.end = e2; r.strong = true }
        } else { return nil }
        // Spanish minutes: y media, y cuarto, menos cuarto, y veinte, y 20
        var k = r.end
        while t[k] == 0x20 { k += 1 }
        if let mw = words.word(t, at: k, ["minutes"]), let m = Int(mw.word.value) {
            if m < 0 { r.clock.h -= 1; r.clock.m = 60 + m } else { r.clock.m = m }
            r.clock.granularity = "minute"; r.end = mw.end; r.strong = true
            k = r.end
            while t[k] == 0x20 { k += 1 }
        } else if r.clock.granularity == "hour", t.hasPrefixFolded("y ", at: k),
                  let (m, e) = wordNumber(t, k + 2) ?? Numbers.small(t, at: k + 2, digits: 2, chineseLength: 0), m >= 10 || prefixed, m < 60 {
            r.clock.m = m; r.clock.granularity = "minute"; r.end = e; r.strong = true  // ocho y veinte
            k = e
            while t[k] == 0x20 { k += 1 }
        }
        if let (e, pm) = ampm(t, r.end) {
            guard r.clock.h >= 1 && r.clock.h <= 12 else { return nil }
            r.clock.h = pm ? (r.clock.h == 12 ? 12 : r.clock.h + 12) : (r.clock.h == 12 ? 0 : r.clock.h)
            r.end = e; r.strong = true; r.fixed = true
        } else if let hm = words.word(t, at: k, ["hour-mark"]) {
            r.end = hm.end; r.strong = true
            // one o'clock pm
            if let (e, pm) = ampm(t, r.end), r.clock.h >= 1, r.clock.h <= 12 {
                r.clock.h = pm ? (r.clock.h == 12 ? 12 : r.clock.h + 12) : (r.clock.h == 12 ? 0 : r.clock.h)
                r.end = e; r.fixed = true
            }
        }
        return r
    }

    /// a.m./p.m. right after a clock (a space allowed): (end, p.m.).
    func ampm(_ t: ScanText, _ k: Int) -> (Int, Bool)? {
        var k = k
        if t[k] == 0x20 { k += 1 }
        if t[k] == 0x2E, isLatinLetter(t[k + 1]) { k += 1 }  // 9.am
        guard let w = words.word(t, at: k, ["am-pm"]) else {
            // 9:00a. — a lone a or p with its point
            let c = lower(t[k])
            if (c == 0x61 || c == 0x70), t[k + 1] == 0x2E, !isLatinLetter(t[k + 2]) { return (k + 1, c == 0x70) }
            return nil
        }
        return (w.end, w.word.value == "pm")
    }

    /// A number word for an hour or minutes: seven, twenty, forty five, cinco, veinte.
    func wordNumber(_ t: ScanText, _ j: Int) -> (Int, Int)? {
        guard isLatinLetter(t[j]), !isLatinLetter(t[j - 1]) else { return nil }
        var k = j
        while isLatinLetter(t[k]) { k += 1 }
        let w = LatinNumberReader.fold(t.norm(j, k).lowercased())
        guard let n = lex.numbers.en[w] ?? lex.numbers.es[w], n.kind == "cardinal", n.value >= 0, n.value < 60 else { return nil }
        var v = Int(n.value), e = k
        // forty five, forty-five
        if v >= 20, v % 10 == 0, t[k] == 0x20 || t[k] == 0x2D, isLatinLetter(t[k + 1]) {
            var k2 = k + 1
            while isLatinLetter(t[k2]) { k2 += 1 }
            if let u = lex.numbers.en[LatinNumberReader.fold(t.norm(k + 1, k2).lowercased())], u.kind == "cardinal", u.value >= 1, u.value <= 9 {
                v += Int(u.value); e = k2
            }
        }
        return (v, e)
    }

    /// half past seven, quarter to eight, 20 min past eight.
    func pastTo(_ t: ScanText, _ j: Int) -> Read? {
        var m: Int?, k = j
        for (w, n) in [("half", 30), ("a quarter", 15), ("quarter", 15)] where t.hasPrefixFolded(w + " ", at: j) {
            m = n; k = j + w.unicodeScalars.count + 1; break
        }
        if m == nil {
            var e = j, n = 0
            while isDigit(t[e]), e - j < 2 { n = n * 10 + Int(t[e] - 0x30); e += 1 }
            // twenty minutes past five
            if e == j, let (v, e2) = wordNumber(t, j) { n = v; e = e2 }
            if e > j, n < 60 {
                while t[e] == 0x20 { e += 1 }
                for u in ["minutes ", "minute ", "mins ", "min "] where t.hasPrefixFolded(u, at: e) {
                    m = n; k = e + u.unicodeScalars.count; break
                }
            }
        }
        guard let mm = m else { return nil }
        let past = t.hasPrefixFolded("past ", at: k), to = t.hasPrefixFolded("to ", at: k)
        guard past || to else { return nil }
        let h0 = k + (past ? 5 : 3)
        guard let (h, e) = wordNumber(t, h0) ?? Numbers.small(t, at: h0, digits: 2, chineseLength: 0), (1...12).contains(h) else { return nil }
        var c = past ? Clock(h: h, m: mm, granularity: "minute") : Clock(h: h - 1, m: 60 - mm, granularity: "minute")
        if c.h == 0 { c.h = 12 }
        var r = Read(clock: c, end: e, strong: true, fixed: false)
        var k2 = e
        while t[k2] == 0x20 { k2 += 1 }
        if let hm = words.word(t, at: k2, ["hour-mark"]) { r.end = hm.end }
        return r
    }

}
