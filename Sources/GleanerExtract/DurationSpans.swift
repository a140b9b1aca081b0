import GleanerModel

/// Lengths of time (三天, 半个小时, 3 hours, a few minutes, dos semanas), the times they point to
/// from the published moment (2小时后, in 5 minutes, 前1周, next 3 days), and recurrences (每周一下午八点,
/// every monday at 4pm, cada semana, daily).
extension DateExtractor {
    struct Length { var count: Double; var unitSeconds: Double; var end: Int; var approximate: Bool }

    /// [number | 半 | 几 | a | few] [个] unit at i.
    func length(_ t: ScanText, _ i: Int) -> Length? {
        let words = lex.timeWords
        var j = i, n: Double?, approx = false
        var digitsEnd = j
        while isDigit(t[digitsEnd]) { digitsEnd += 1 }
        if t[j] == 0xBD /*½*/ {
            var k = j + 1
            while t[k] == 0x20 { k += 1 }
            if let u = words.word(t, at: k, ["duration-unit"]), let secs = Double(u.word.value) {
                return Length(count: 0.5, unitSeconds: secs, end: u.end, approximate: false)
            }
        }
        if isHan(t[j]) || (digitsEnd > j && isHan(t[digitsEnd] == 0x20 ? t[digitsEnd + 1] : t[digitsEnd])) {
            // 2019年 is a year, never 2019 years
            if digitsEnd - j >= 3 { return nil }
            if t[j] == 0x534A /*半*/ { n = 0.5; j += 1 }
            else if let s = words.word(t, at: j, ["some"]) { n = Double(s.word.value); approx = true; j = s.end }
            else if let (v, e) = number(t, j) {
                n = Double(v)
                // 一两年, 两三天, 七八个月: two numerals in a row are about the larger, not 12 or 23
                if e - j == 2, let d0 = Numbers.cnDigits[t[j]], let d1 = Numbers.cnDigits[t[j + 1]], d1 == d0 + 1 || (d0, d1) == (3, 5) {
                    n = Double(d1); approx = true
                }
                j = e
            }
            guard var count = n else { return nil }
            while t[j] == 0x20 { j += 1 }
            if t[j] == 0x4E2A /*个*/, words.word(t, at: j, ["duration-unit"]) == nil { j += 1 }
            guard let u = words.word(t, at: j, ["duration-unit"]), let secs = Double(u.word.value) else { return nil }
            var end = u.end
            if t[j] == 0x5468 /*周*/, t[end] == 0x5E74 /*年*/ || t[end] == 0x5C81 /*岁*/ || t[end] == 0x672B /*末*/ { return nil }  // 十周年, 18周岁, 一个周末: no weeks
            // 一个年份, 年度, 年代, 年级, 年纪, 年龄, 年轻: words, not years
            if t[end - 1] == 0x5E74, [0x4EFD, 0x5EA6, 0x4EE3, 0x7EA7, 0x7EAA, 0x9F84, 0x8F7B].contains(t[end]) { return nil }
            if t[end] == 0x534A /*半*/ { count += 0.5; end += 1 }  // 一个半小时
            return Length(count: count, unitSeconds: secs, end: end, approximate: approx)
        }
        // Spanish and English: 3 hours, 3h, 3.5years, an hour, a few minutes, several weeks, dos semanas
        if isDigit(t[j]) {
            var k = j
            while isDigit(t[k]) || (t[k] == 0x2E && isDigit(t[k + 1])) { k += 1 }
            n = Double(t.norm(j, k)); j = k
        } else if let s = words.word(t, at: j, ["some"]) {
            n = Double(s.word.value); approx = true; j = s.end
        } else if let s = words.word(t, at: j, ["one"]) {
            n = 1; j = s.end  // all day, another day
        } else if isLatinLetter(t[j]) {
            var k = j
            while isLatinLetter(t[k]) { k += 1 }
            let w = LatinNumberReader.fold(t.norm(j, k).lowercased())
            if let v = lex.numbers.en[w] ?? lex.numbers.es[w], v.kind == "cardinal" || v.kind == "article", v.value >= 1 { n = v.value; j = k }
        }
        guard var count = n else { return nil }
        while t[j] == 0x20 { j += 1 }
        // a second round, a second time: the ordinal (one second is a second)
        if t.hasPrefixFolded("second ", at: j), count == 1, isLatinLetter(t[j + 7]), t.hasPrefixFolded("a ", at: j - 2) { return nil }
        // one and a half hours, one and a quarter year
        let halves = [(" and a half", 0.5), (" and half", 0.5), (" and a quarter", 0.25), (" y media", 0.5), (" y medio", 0.5)]
        for (h, v) in halves where t.hasPrefixFolded(h.dropFirst() + " ", at: j) {
            count += v; j += h.unicodeScalars.count
            while t[j] == 0x20 { j += 1 }
            break
        }
        guard let u = words.word(t, at: j, ["duration-unit"]), let secs = Double(u.word.value) else { return nil }
        // 415 Día Internacional: a capitalized unit heading a name is no length of time
        if isUpper(t[j]), t[u.end] == 0x20, isUpper(t[u.end + 1]) { return nil }
        var end = u.end
        // five years old, tres años de edad: an age
        if t.hasPrefixFolded(" old", at: end) || t.hasPrefixFolded(" de edad", at: end) { return nil }
        // one hour and a half, one year and a quarter
        for (h, v) in halves where t.hasPrefixFolded(h, at: end) && !isLatinLetter(t[end + h.unicodeScalars.count]) {
            count += v; end += h.unicodeScalars.count; break
        }
        return Length(count: count, unitSeconds: secs, end: end, approximate: approx)
    }

    /// A duration at i, or the moment or the span it points to from the published date.
    func durationAt(_ t: ScanText, _ i: Int, _ ctx: DateContext) -> Found? {
        let words = lex.timeWords
        // 过去十年, 前1周, 之后5分钟, next 3 days, in 5 minutes, dentro de 5 minutos
        let prefixes: [(String, Int, Bool)] = [("过去", -1, true), ("之前", -1, true), ("以前", -1, true), ("之后", 1, true),
                                               ("以后", 1, true), ("未来", 1, true), ("前", -1, true), ("后", 1, true),
                                               ("next ", 1, true), ("last ", -1, true), ("past ", -1, true), ("in ", 1, false),
                                               ("within ", 1, false), ("dentro de ", 1, false), ("en ", 1, false),
                                               ("próximos ", 1, true), ("próximas ", 1, true), ("últimos ", -1, true),
                                               ("últimas ", -1, true), ("pasados ", -1, true), ("pasadas ", -1, true),
                                               ("anteriores ", -1, true), ("proximos ", 1, true), ("proximas ", 1, true),
                                               ("previous ", -1, true)]
        for (p, sign, span) in prefixes where t.hasPrefixFolded(p, at: i) {
            let j = i + p.unicodeScalars.count
            // next hour, last minute: one of the unit
            let one = words.word(t, at: j, ["duration-unit"]).flatMap { u in
                span && !isHan(t[j]) && (Double(u.word.value) ?? 0) < 86400 ? Length(count: 1, unitSeconds: Double(u.word.value) ?? 0, end: u.end, approximate: false) : nil
            }
            // 最后一天, 最后三天: the last day(s) of something, not the days after now
            guard !isLatinLetter(t[i - 1]), t[i - 1] != 0x6700 /*最*/, let len = length(t, j) ?? one else { continue }
            // within 9 months: from the published day to that one
            if p == "within ", var f = pointed(i, len.end, len, sign: 1, span: true, ctx), let s = ctx.published, let e = f.value.end.flatMap(Day.parse) {
                if f.value.start?.count == 10 { f.value.start = s.iso; f.value.end = e.adding(days: -1).iso }
                return f
            }
            return pointed(i, len.end, len, sign: sign, span: span, ctx)
        }
        // more than 4 days, less than 1 week, at least 30 minutes: the bound said with it
        var a = i
        for q in ["more than ", "less than ", "at least ", "at most ", "no more than ", "no less than ", "más de ", "menos de "] where t.hasPrefixFolded(q, at: i) && !isLatinLetter(t[i - 1]) {
            a = i + q.unicodeScalars.count; break
        }
        guard let len = length(t, a) else { return nil }
        if a == i, let f = compoundLength(t, i, first: len, ctx) { return f }
        // 2小时后, 3天前, 3 minutes from now, two hours later, 5 minutes ago
        var k = len.end
        while t[k] == 0x20 { k += 1 }
        // two days before yesterday, three weeks from tomorrow: counted from that day
        // (dos días después de hoy, tres días antes de mañana)
        for (w, sign) in [("before ", -1), ("after ", 1), ("from ", 1), ("después de ", 1), ("despues de ", 1), ("antes de ", -1),
                          ("a partir de ", 1)] where a == i && t.hasPrefixFolded(w, at: k) {
            let r0 = k + w.unicodeScalars.count
            guard let r = lex.dateWordsLatin.longest(t, at: r0), !isLatinLetter(t[r.end]),
                  let dw = r.values.first(where: { $0.kind == "relative" }), dw.value.hasPrefix("day:"),
                  let off = Int(dw.value.split(separator: ":")[1]), let pub = ctx.published, len.count == len.count.rounded() else { continue }
            let unit = [31536000: "year", 2592000: "month", 604800: "week", 86400: "day"][Int(len.unitSeconds)]
            guard let u = unit, let d = pub.adding(days: off).shifted(u, by: sign * Int(len.count)) else { continue }
            return Found(a: i, b: r.end, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: true))
        }
        // (30 minutes later this week: "later" there opens a part of the week)
        if a == i, let w = words.word(t, at: k, ["after", "before"]),
           !(w.word.kind == "after" && [" this", " in ", " today", " next"].contains(where: { t.hasPrefixFolded($0, at: w.end) })),
           // (después de el lunes: the date after it bounds the count, read as an open range instead)
           !(t.hasPrefixFolded(" de ", at: w.end) || t.hasPrefixFolded(" del ", at: w.end)),
           let f = pointed(i, w.end, len, sign: w.word.kind == "after" ? 1 : -1, span: false, ctx) { return f }
        let secs = len.count * len.unitSeconds
        return Found(a: i, b: len.end, value: DateValue(start: nil, end: nil, granularity: ""), kind: .duration,
                     other: .duration(DurationValue(seconds: secs, approximate: len.approximate)))
    }

    /// The moment `sign × len` from the published one (span false), or the span between them.
    func pointed(_ a: Int, _ b: Int, _ len: Length, sign: Int, span: Bool, _ ctx: DateContext) -> Found? {
        guard let pub = ctx.published, len.count == len.count.rounded() else { return nil }
        let n = Int(len.count) * sign
        let unit = [31536000: "year", 2592000: "month", 604800: "week", 86400: "day"][Int(len.unitSeconds)]
        if let unit {
            guard let d = pub.shifted(unit, by: n) else { return nil }
            if !span { return Found(a: a, b: b, value: DateValue(start: d.iso, end: d.iso, granularity: "day", inferred: true)) }
            let (s, e) = sign < 0 ? (d, pub.adding(days: -1)) : (pub.adding(days: 1), d)
            return Found(a: a, b: b, value: DateValue(start: s.iso, end: e.iso, granularity: "day", inferred: true))
        }
        // hours, minutes, seconds: from the published time of day
        let c0 = ctx.publishedClock ?? Clock(h: 0)
        let t0 = c0.h * 3600 + c0.m * 60 + c0.s
        let t1 = t0 + n * Int(len.unitSeconds)
        func at(_ secs: Int) -> String { moment(pub, plus: secs) }
        let g = len.unitSeconds >= 3600 && c0.s == 0 ? "minute" : "second"
        if !span { return Found(a: a, b: b, value: DateValue(start: at(t1), end: at(t1), granularity: g, inferred: true)) }
        return Found(a: a, b: b, value: DateValue(start: at(min(t0, t1)), end: at(max(t0, t1)), granularity: g, inferred: true))
    }

    /// The moment `secs` seconds after the start of `day` (negative: before), to the second.
    func moment(_ day: Day, plus secs: Int) -> String {
        let days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400)
        let r = secs - days * 86400
        return day.adding(days: days).iso + "T" + Clock(h: r / 3600, m: r % 3600 / 60, s: r % 60, granularity: "second").iso
    }

    /// 每天, 每周一下午八点, 每两天, every monday at 4pm, each two days, weekly, once a week,
    /// 3pm each day, cada semana, todos los lunes.
    func recurrenceAt(_ t: ScanText, _ i: Int) -> Found? {
        let words = lex.timeWords
        // Examen Anual de Calificación: a capitalized word inside a title-cased name is part of it
        if !isHan(t[i]), let w = words.word(t, at: i, ["recurring"]), !(isUpper(t[i]) && t[i - 1] == 0x20 && isUpper(firstOfWordBefore(t, i - 1))) {
            return Found(a: i, b: w.end, value: DateValue(start: nil, end: nil, granularity: ""), kind: .set,
                         other: .recurrence(RecurrenceValue(every: w.word.value)))
        }
        var j = i, at: ClockSpan?
        // 3pm each day, 6am everyday: the time first (a clock that starts with its digits; the
        // time scan reads any other clock at this token anyway)
        if isDigit(t[i]), let span = clockSpan(t, i, part: nil), span.strong {
            var k = span.end
            while t[k] == 0x20 { k += 1 }
            if let r = words.word(t, at: k, ["recurring"]) {
                return Found(a: i, b: r.end, value: DateValue(start: nil, end: nil, granularity: ""), kind: .set,
                             other: .recurrence(RecurrenceValue(every: r.word.value, at: span.first.iso)))
            }
            if words.word(t, at: k, ["every"]) != nil { at = span; j = k } else { return nil }
        }
        // Tuesdays at 9am, friday mornings: a plural weekday recurs weekly
        if !isHan(t[i]), isLatinLetter(t[i]), !isLatinLetter(t[i - 1]) {
            var k = i
            while isLatinLetter(t[k]) { k += 1 }
            var word = t.norm(i, k).lowercased(), plural = false
            if word.hasSuffix("s"), lex.weekdays[String(word.dropLast())] != nil, word.count >= 6 { word.removeLast(); plural = true }
            if let wd = lex.weekdays[word], word.count >= 6 {
                var e = k, at: String?
                var k2 = k
                while t[k2] == 0x20 { k2 += 1 }
                if !plural, let w = lex.dateWordsLatin.longest(t, at: k2), t[w.end] == 0x73, !isLatinLetter(t[w.end + 1]),
                   w.values.contains(where: { $0.kind == "part-of-day" }) {
                    plural = true; e = w.end + 1  // friday mornings
                }
                if plural {
                    var k3 = e
                    while t[k3] == 0x20 { k3 += 1 }
                    if let span = clockSpan(t, k3, part: nil), span.strong { at = span.first.iso; e = span.end }
                    return Found(a: i, b: e, value: DateValue(start: nil, end: nil, granularity: ""), kind: .set,
                                 other: .recurrence(RecurrenceValue(every: "P1W", on: wd, at: at)))
                }
            }
        }
        var once = false
        for p in ["once a ", "once an ", "once per ", "una vez al ", "una vez por "] where t.hasPrefixFolded(p, at: j) {
            j += p.unicodeScalars.count; once = true; break
        }
        if !once {
            guard let e = words.word(t, at: j, ["every"]) else { return nil }
            j = e.end
            while t[j] == 0x20 { j += 1 }
        }
        var every: String?, on: Int?
        let zh = isHan(t[i])
        let dateWords = zh ? lex.dateWordsZh : lex.dateWordsLatin
        if let w = dateWords.longest(t, at: j), !isLatinLetter(t[w.end]) || t[w.end] == 0x73,
           let wd = w.values.first(where: { $0.kind == "weekday" }).flatMap({ Int($0.value) }) {
            every = "P1W"; on = wd; j = t[w.end] == 0x73 ? w.end + 1 : w.end  // every monday(s)
        } else if zh, t[j] == 0x65E5 /*日*/ || t[j] == 0x6708 /*月*/ {
            every = t[j] == 0x65E5 ? "P1D" : "P1M"; j += 1  // 每日, 每月
        } else if let len = length(t, j) ?? (words.word(t, at: j, ["duration-unit"]).map { Length(count: 1, unitSeconds: Double($0.word.value) ?? 0, end: $0.end, approximate: false) }) {
            let n = Int(len.count)
            let designator = [31536000: "Y", 2592000: "M", 604800: "W", 86400: "D"][Int(len.unitSeconds)]
            if let d = designator { every = "P\(n)\(d)" } else {
                every = "PT\(n)" + (len.unitSeconds == 3600 ? "H" : len.unitSeconds == 60 ? "M" : "S")
            }
            j = len.end
        } else if let w = dateWords.longest(t, at: j), !isLatinLetter(t[w.end]), w.values.contains(where: { $0.kind == "part-of-day" }) {
            every = "P1D"; j = w.end  // every evening
        } else { return nil }
        guard let period = every else { return nil }
        // 每日看点 (a title: daily highlights) names a thing; 每年开展 does something every year
        if zh, isHan(t[j]), isHan(t[j + 1]) {
            let k2 = TwoCharacterWords.key(t[j], t[j + 1])
            if lex.nouns2.keys.contains(k2) && !lex.verbs2.keys.contains(k2) { return nil }
        }
        // a time after it: 每周一下午八点, every monday at 4pm
        var k = j
        while t[k] == 0x20 || t[k] == 0x2C { k += 1 }
        if at == nil, let span = clockSpan(t, k, part: nil), span.strong || zh { at = span; j = span.end }
        return Found(a: i, b: j, value: DateValue(start: nil, end: nil, granularity: ""), kind: .set,
                     other: .recurrence(RecurrenceValue(every: period, on: on, at: at.map { $0.first.iso })))
    }

    /// The first letter of the word that ends right before position `end` (a space).
    func firstOfWordBefore(_ t: ScanText, _ end: Int) -> UInt32 {
        var k = end - 1
        while k > 0, isLatinLetter(t[k - 1]) { k -= 1 }
        return t[k]
    }
}
