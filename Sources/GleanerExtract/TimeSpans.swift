import GleanerModel

/// Times of day and their ranges, alone (下午5:00到6:00, 5 to 6pm: type `time`) or joined to
/// the day they fall on (明天下午5:00, tomorrow 8:00am, 3:00 to 4:00 tomorrow: a `date` down to the
/// hour, minute or second), and a day's part (明天上午, tuesday in the morning: its hours).
extension DateExtractor {
    struct ClockSpan {
        /// Where the first clock starts: a time standing alone leaves "at" and "a las" out.
        var begin: Int = -1
        var first: Clock
        var last: Clock?
        var end: Int
        var strong: Bool
    }

    static let zhTimeConnectors: Set<UInt32> = [0x5230 /*到*/, 0x81F3 /*至*/, 0x2D, 0x7E, 0xFF5E, 0x2014, 0x2013, 0x301C]
    static let latinFrom = ["from ", "between ", "desde las ", "desde la ", "entre las ", "entre la ", "de las ", "de la "]

    /// A clock or a range of clocks at i, `part` the part of the day already said (今晚, tonight).
    /// `afterDay`: a day said right before it backs a bare 9点.
    func clockSpan(_ t: ScanText, _ i: Int, part: String?, afterDay: Bool = false) -> ClockSpan? {
        let reader = ClockReader(lex: lex)
        var j = i, from = afterDay
        if isHan(t[j]) || isDigit(t[j]) && (isHan(t[j - 1]) || isHan(t[j + 1]) || isHan(t[j + 2])) {
            // Chinese: [从] [大约] [下午] 5点 [到 [晚上] 7点半] [左右]
            if t[j] == 0x4ECE /*从*/ { j += 1; from = true }
            if let a = lex.timeWords.word(t, at: j, ["approx"]) { j = a.end; from = true }
            var p = part
            if let w = lex.dateWordsZh.longest(t, at: j), let pw = w.values.first(where: { $0.kind == "part-of-day" }) { p = pw.value; j = w.end; from = true }
            var first: ClockReader.Read
            if let r = reader.zhClock(t, j, backed: from || p != nil) { first = r } else if let (h, e) = reader.number(t, j), h <= 24,
                      Self.zhTimeConnectors.contains(t[e]), let r2 = reader.zh(t, e + 1, part: p), r2.strong {
                first = ClockReader.Read(clock: Clock(h: h), end: e, strong: false, fixed: false)  // 五到六点
            } else { return nil }
            reader.apply(p, to: &first)
            var span = ClockSpan(first: first.clock, last: nil, end: first.end, strong: first.strong || from)
            if Self.zhTimeConnectors.contains(t[first.end]), var r2 = reader.zh(t, first.end + 1, part: p) {
                if first.clock.twelveHour, r2.fixed, r2.clock.h >= 12, first.clock.h + 12 <= r2.clock.h {
                    span.first.h += 12; span.first.twelveHour = false
                }
                if r2.clock.twelveHour && !first.clock.twelveHour { r2.clock.twelveHour = false }
                span.last = r2.clock; span.end = r2.end; span.strong = span.strong || r2.strong
            }
            if let a = lex.timeWords.word(t, at: span.end, ["approx-after"]) { span.end = a.end }
            return span
        }
        guard isLatinLetter(t[j]) || isDigit(t[j]) || t[j] == 0x40 /*@*/ else { return nil }
        // Spanish and English: [from|between] 5 [to|-|and|until] 6pm [in the evening]
        for f in Self.latinFrom where t.hasPrefixFolded(f, at: j) { j += f.unicodeScalars.count; from = true; break }
        // (about 17 km is no time: "about" alone does not make a bare number a clock)
        for a in ["around ", "about ", "approximately "] where t.hasPrefixFolded(a, at: j) { j += a.unicodeScalars.count; break }
        // in the morning at 7, in the afternoon around 3
        var part = part
        if let w = lex.dateWordsLatin.longest(t, at: j), !isLatinLetter(t[w.end]), t[w.end] == 0x20,
           let p = w.values.first(where: { $0.kind == "part-of-day" }),
           ["in the ", "por la ", "en la "].contains(where: { t.norm(j, w.end).lowercased().hasPrefix($0) }) {
            var k = w.end + 1
            for c in ["at ", "around ", "about "] where t.hasPrefixFolded(c, at: k) { k += c.unicodeScalars.count; break }
            if k > w.end + 1 || isDigit(t[k]), reader.latin(t, k, part: p.value) != nil { part = p.value; j = k; from = true }
        }
        guard var first = reader.latin(t, j, part: part) else { return nil }
        var span = ClockSpan(begin: from ? i : first.begin, first: first.clock, last: nil, end: first.end, strong: first.strong || from)
        var k = first.end
        while t[k] == 0x20 { k += 1 }
        for c in ["to ", "until ", "till ", "and ", "- ", "-", "– ", "–", "a ", "y ", "hasta "] where t.hasPrefixFolded(c, at: k) {
            var k2 = k + c.unicodeScalars.count
            while t[k2] == 0x20 { k2 += 1 }
            for l in ["las ", "la "] where t.hasPrefixFolded(l, at: k2) { k2 += l.unicodeScalars.count }
            guard var r2 = reader.latin(t, k2, part: part) else { break }
            // "and", "a", "y" join two clocks after from/between, or when either says its time
            // plainly (3:00 a 4:00, 5 a 6 p.m.)
            if ["and ", "a ", "y "].contains(c), !from, !(first.strong || r2.fixed) { break }
            // 5 to 6pm: the p.m. of the end holds for the start
            if !first.fixed, r2.fixed, r2.clock.h >= 12, first.clock.h < 12, first.clock.h + 12 <= r2.clock.h {
                first.clock.h += 12; first.fixed = true
            }
            if first.fixed { first.clock.twelveHour = false }
            if first.fixed, !r2.fixed, first.clock.h >= 12, r2.clock.h < 12, r2.clock.h + 12 > first.clock.h { r2.clock.h += 12 }
            if first.fixed || r2.fixed { first.clock.twelveHour = false; r2.clock.twelveHour = false }
            span = ClockSpan(begin: from ? i : first.begin, first: first.clock, last: r2.clock, end: r2.end,
                             strong: first.strong || r2.strong || from)
            break
        }
        return span
    }

    /// A time or a range of times at i standing alone, joined to a day said right after it
    /// (3:00 to 4:00 tomorrow, 8am this morning, from 5 to 6pm of April 22).
    func timeAt(_ t: ScanText, _ i: Int, tokens: Tokens, tokAt: TokenStarts, _ ctx: DateContext) -> Found? {
        if let w = lex.timeWords.word(t, at: i, ["now"]), !isLatinLetter(t[i - 1]), let day = ctx.published {
            // now, 现在, ahora: the published moment
            let c = ctx.publishedClock ?? Clock(h: 0)
            return Found(a: i, b: w.end, value: DateValue(start: day.iso + "T" + c.iso, end: day.iso + "T" + c.iso,
                                                          granularity: c.granularity, inferred: true))
        }
        guard var span = clockSpan(t, i, part: nil) else { return partOfDayAlone(t, i) }
        // the day after it
        var k = span.end
        while t[k] == 0x20 || t[k] == 0x2C { k += 1 }
        for w in ["on ", "of ", "del ", "de ", "el "] where t.hasPrefixFolded(w, at: k) { k += w.unicodeScalars.count; break }
        // (a bare 10 joins only a day that names its part: 10, tonight)
        let comma = t[span.end] == 0x2C
        // at seven on 15: "at" backs a bare hour before "on" and its day
        let atOn = t.hasPrefixFolded("at ", at: i) && t.hasPrefixFolded("on ", at: k - 3)
            || t.hasPrefixFolded("a las ", at: i) && (t.hasPrefixFolded("del ", at: k - 4) || t.hasPrefixFolded("el ", at: k - 3))
        if k > span.end, let d = dateAt(t, k, tokens: tokens, tokAt: tokAt, ctx), span.strong || d.part != nil && comma || atOn, let day = singleDay(d) {
            // 10, tonight: the part of the day the day's word says sets the hour
            if let p = d.part, let hours = lex.timeWords.parts[p] {
                if span.first.twelveHour { span.first.h = hours.hour(span.first.h); span.first.twelveHour = false }
                if var l = span.last, l.twelveHour { l.h = hours.hour(l.h); l.twelveHour = false; span.last = l }
            }
            // 7:00 on Sunday afternoon: the part of the day after the day
            var b = d.b
            if t[b] == 0x20, let w = lex.dateWordsLatin.longest(t, at: b + 1), !isLatinLetter(t[w.end]),
               let p = w.values.first(where: { $0.kind == "part-of-day" }), let hours = lex.timeWords.parts[p.value], d.part == nil {
                if span.first.twelveHour { span.first.h = hours.hour(span.first.h); span.first.twelveHour = false }
                b = w.end
            }
            return Found(a: span.begin >= 0 ? span.begin : i, b: b, value: dateTime(day, span, inferred: d.value.inferred))
        }
        guard span.strong else { return nil }
        let last = span.last ?? span.first
        let twelve = span.first.twelveHour && last.twelveHour
        return Found(a: span.begin >= 0 ? span.begin : i, b: span.end,
                     value: DateValue(start: "T" + span.first.iso, end: "T" + last.iso,
                                      granularity: finer(span.first, last), twelveHour: twelve ? true : nil),
                     kind: .time)
    }

    /// 上午, in the morning, late afternoon: the part's hours.
    func partOfDayAlone(_ t: ScanText, _ i: Int) -> Found? {
        let zh = isHan(t[i])
        guard let w = zh ? lex.dateWordsZh.longest(t, at: i) : lex.dateWordsLatin.longest(t, at: i),
              !isLatinLetter(t[w.end]), let p = w.values.first(where: { $0.kind == "part-of-day" }),
              let hours = lex.timeWords.parts[p.value] else { return nil }
        let said = t.norm(i, w.end).lowercased()
        // late afternoon, early in the morning: half of the part
        let (half, a) = halfBefore(t, i)
        guard zh && w.end - i > 1 || said.hasPrefix("in the ") || said.hasPrefix("por la ") || said.hasPrefix("en la ") || half != 0
        else { return nil }
        let (s, e) = halve(hours, half)
        return Found(a: a, b: w.end, value: DateValue(start: "T" + s.iso, end: "T" + e.iso, granularity: "part-of-day"), kind: .time)
    }

    /// early/late/later right before i: (-1 first half, 1 second half, 0 none; where it starts).
    func halfBefore(_ t: ScanText, _ i: Int) -> (Int, Int) {
        for (w, h) in [("early ", -1), ("later ", 1), ("late ", 1)] {
            let n = w.unicodeScalars.count
            if i >= n, t.hasPrefixFolded(w, at: i - n), !isLatinLetter(t[i - n - 1]) { return (h, i - n) }
        }
        return (0, i)
    }

    /// The first or second half of a part of the day's hours (early evening 16:00–18:00).
    func halve(_ hours: TimeWords.DayPart, _ half: Int) -> (Clock, Clock) {
        guard half != 0 else { return (hours.start, hours.end) }
        let a = hours.start.minutes, b = hours.end.h == 23 && hours.end.m == 59 ? 24 * 60 : hours.end.minutes
        let mid = Clock(h: (a + b) / 2 / 60, m: (a + b) / 2 % 60, granularity: "minute")
        return half < 0 ? (hours.start, mid) : (mid, hours.end)
    }

    /// A date naming one whole day (明天, 1月19号, October 14), or nil.
    func singleDay(_ f: Found) -> Day? {
        guard f.kind == .date, f.value.granularity == "day", f.value.start == f.value.end, let s = f.value.start,
              s.count == 10 else { return nil }
        return Day.parse(s)
    }

    func finer(_ a: Clock, _ b: Clock) -> String {
        let rank = ["hour": 0, "minute": 1, "second": 2]
        return (rank[a.granularity] ?? 0) >= (rank[b.granularity] ?? 0) ? a.granularity : b.granularity
    }

    /// Day + clock(s): 2016-11-08T17:00; an end before the start falls on the next day.
    func dateTime(_ day: Day, _ span: ClockSpan, inferred: Bool) -> DateValue {
        let last = span.last ?? span.first
        let endDay = last.minutes < span.first.minutes && !last.twelveHour ? day.adding(days: 1) : day
        let twelve = span.first.twelveHour && last.twelveHour
        return DateValue(start: day.iso + "T" + span.first.iso, end: endDay.iso + "T" + last.iso,
                         granularity: finer(span.first, last), inferred: inferred, twelveHour: twelve ? true : nil)
    }

    /// A day found, with the time or the part of the day said right after it: 明天下午5:00,
    /// 1987年1月11日八点, tomorrow 8:00am, october 14 for 8:00:31am, 明天上午, next monday afternoon.
    func attachTime(_ f: Found, _ t: ScanText) -> Found {
        guard let day = singleDay(f) else { return f }
        var f = f
        var k = f.b
        while t[k] == 0x20 || t[k] == 0x2C || t[k] == 0x7684 /*的*/ { k += 1 }
        // 6 Jan 2017 - 6:37am: a dash between spaces before a clock
        if t[k] == 0x2D, t[k + 1] == 0x20, t[k - 1] == 0x20, clockSpan(t, k + 2, part: f.part)?.strong == true { k += 2 }
        // 10月12号，星期一: the weekday named after the day belongs to it
        if isHan(t[k]), let w = lex.dateWordsZh.longest(t, at: k), w.values.contains(where: { $0.kind == "weekday" }) {
            f.b = w.end; k = w.end
            while t[k] == 0x20 || t[k] == 0x2C { k += 1 }
        }
        for w in ["for ", "on ", "from ", "para ", "cerca de ", "alrededor de ", "hacia "] where t.hasPrefixFolded(w, at: k) {
            if w == "from ", clockSpan(t, k, part: f.part) != nil { break }
            k += w.unicodeScalars.count; break
        }
        var part = f.part
        var afterPart = f.b
        // end of day, eod: the day's last second
        if part == "end" {
            var g = f
            g.value = DateValue(start: day.iso + "T23:59:59", end: day.iso + "T23:59:59", granularity: "second", inferred: f.value.inferred)
            return g
        }
        // end of tomorrow, the end of today, end of the sunday: the day's last second
        for e in ["the end of ", "end of the ", "end of ", "al final del ", "al final de ", "al fin de ", "al finalizar el ", "al finalizar "] {
            let n = e.unicodeScalars.count
            guard f.a >= n, t.hasPrefixFolded(e, at: f.a - n) else { continue }
            var g = f
            g.a = f.a - n
            g.value = DateValue(start: day.iso + "T23:59:59", end: day.iso + "T23:59:59", granularity: "second", inferred: f.value.inferred)
            return g
        }
        // tuesday in the morning, next monday afternoon, mañana por la tarde (then maybe a clock)
        if let w = (isHan(t[k]) ? lex.dateWordsZh : lex.dateWordsLatin).longest(t, at: k), !isLatinLetter(t[w.end]),
           let p = w.values.first(where: { $0.kind == "part-of-day" }), !["a.m.", "p.m."].contains(t.norm(k, w.end).lowercased()),
           w.end - k > 1 || !isHan(t[w.end]) || Numbers.isCN(t[w.end]) || isDigit(t[w.end]) {  // 7月25日早, 晚八点; not 3月26日早已
            part = p.value; afterPart = w.end
        }
        // a bare number after a day (Friday 7, July 1st, 17) is no time; 八点 and at 5 are
        let zh = isHan(t[k]) || isHan(t[k - 1])
        if let span = clockSpan(t, k, part: part, afterDay: zh) ?? {
            var k2 = afterPart
            while t[k2] == 0x20 || t[k2] == 0x2C { k2 += 1 }
            return afterPart > k ? clockSpan(t, k2, part: part, afterDay: zh) : nil
        }(), span.strong || zh {
            var g = f
            g.b = span.end
            var day = day, inferred = f.value.inferred
            // wed Oct 26 15:50:06 2016: the year said after the time (as Unix dates are printed)
            if inferred, t[span.end] == 0x20, let (y, e) = Numbers.small(t, at: span.end + 1, digits: 4, chineseLength: 0), e - span.end == 5,
               (1000...2999).contains(y), !isDigit(t[e]), day.d <= Day.daysIn(y, day.m) {
                day = Day(y: y, m: day.m, d: day.d); inferred = false; g.b = e
            }
            g.value = dateTime(day, span, inferred: inferred)
            return g
        }
        guard let p = part, let hours = lex.timeWords.parts[p] else { return f }
        var g = f
        g.b = max(f.b, afterPart)
        // late this morning, early this evening
        let (half, a) = f.part != nil ? halfBefore(t, f.a) : (0, f.a)
        let (s, e) = halve(hours, half)
        g.a = a
        g.value = DateValue(start: day.iso + "T" + s.iso, end: day.iso + "T" + e.iso, granularity: "part-of-day", inferred: f.value.inferred)
        return g
    }
}
