import GleanerModel

/// time-words.tsv read for matching: clock marks, a.m./p.m., the hours of each part of the day,
/// duration units, approximate, before/after and recurrence words.
struct TimeWords: Sendable {
    struct Word: Sendable { let kind: String; let value: String }
    /// The hours a part of the day covers (morning 08:00–12:00) and how a clock hour said with
    /// it reads: `pm` adds 12 to 1–11 (下午5点 → 17:00), `noon` to 1–6 only (中午1点 → 13:00),
    /// `night` to 6–11 only (tonight around 3 is 03:00).
    struct DayPart: Sendable {
        let start: Clock, end: Clock
        let shift: String
        func hour(_ h: Int) -> Int {
            switch shift {
            case "pm": return h < 12 ? h + 12 : h
            case "noon": return h <= 6 ? h + 12 : h
            case "night": return h >= 6 && h < 12 ? h + 12 : h  // 11 at night is 23, 3 at night still 3
            default: return h == 12 ? 0 : h
            }
        }
    }

    var zh = Trie<Word>()
    var latin = Trie<Word>(caseFolding: true)
    var parts: [String: DayPart] = [:]
    /// The first characters of Chinese time words: where a scan for one may start.
    var zhStarts: Set<UInt32> = []

    init() {}

    init(file: LexiconFile) throws {
        let w = try file.column("word"), l = try file.column("lang"), k = try file.column("kind"), v = try file.column("value")
        for row in file.rows where row.count > max(w, l, k) {
            let value = row.count > v ? row[v] : ""
            if row[k] == "part-hours" {
                // "08:00-12:00 am"
                let f = value.split(separator: " ")
                let hours = f.first?.split(separator: "-").compactMap { Clock(parsing: String($0)) } ?? []
                if f.count == 2, hours.count == 2 { parts[row[w]] = DayPart(start: hours[0], end: hours[1], shift: String(f[1])) }
                continue
            }
            let word = Word(kind: row[k], value: value)
            if row[l] == "zh" {
                zh.insert(row[w], word)
                if let c = row[w].unicodeScalars.first { zhStarts.insert(c.value) }
            } else { latin.insert(row[w], word) }
        }
    }

    /// The longest word of `kind` at i (Latin words end at a word boundary).
    func word(_ t: ScanText, at i: Int, _ kinds: Set<String>) -> (end: Int, word: Word)? {
        let trie = isHan(t[i]) ? zh : latin
        for m in trie.matches(t, at: i).reversed() {
            if !isHan(t[i]), isLatinLetter(t[m.end - 1]), isLatinLetter(t[m.end]) || isDigit(t[m.end]) { continue }
            if let w = m.values.first(where: { kinds.contains($0.kind) }) { return (m.end, w) }
        }
        return nil
    }
}

/// A time of day.
struct Clock: Sendable, Equatable {
    var h: Int, m: Int = 0, s: Int = 0
    /// The precision said: hour (5点), minute (5:30), second (17:55:23).
    var granularity = "hour"
    /// Said on a 12-hour clock with no a.m./p.m. or part of the day (十点, 7 o'clock): `h` is the
    /// morning reading, the evening one 12 hours later.
    var twelveHour = false

    init(h: Int, m: Int = 0, s: Int = 0, granularity: String = "hour", twelveHour: Bool = false) {
        self.h = h; self.m = m; self.s = s; self.granularity = granularity; self.twelveHour = twelveHour
    }

    init?(parsing s: String) {
        let p = s.split(separator: ":").compactMap { Int($0) }
        guard (2...3).contains(p.count) else { return nil }
        h = p[0]; m = p[1]; self.s = p.count > 2 ? p[2] : 0
        granularity = p.count > 2 ? "second" : "minute"
    }

    /// ISO 8601 time: 17:00, 17:55:23.
    var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return two(h) + ":" + two(m) + (granularity == "second" || s != 0 ? ":" + two(s) : "")
    }

    /// Minutes since midnight, for ordering the ends of a range.
    var minutes: Int { h * 60 + m }
}
