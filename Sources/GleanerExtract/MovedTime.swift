import GleanerModel

extension DateExtractor {
    static let moveVerbs = ["change", "move", "reschedule", "push", "shift", "postpone", "bring", "cambiar", "cambia", "mover", "mueve", "pasar"]

    /// "I'll change the 3pm appointment to 4": the bare hour a time is moved to, said last in its
    /// phrase, is a time too — only after a verb of moving and at most one word (appointment,
    /// meeting) between the time and "to". The new hour keeps the old one's afternoon when it
    /// is not past 12 (3pm … to 4 is 16:00).
    func movedTo(_ f: Found, _ t: ScanText) -> Found? {
        guard f.kind == .time, let s = f.value.start, s.hasPrefix("T"), f.value.start == f.value.end,
              let base = Int(s.dropFirst().prefix(2)), movedBefore(t, f.a) else { return nil }
        var k = f.b
        guard t[k] == 0x20 else { return nil }
        k += 1
        if !t.hasPrefixFolded("to ", at: k) && !t.hasPrefixFolded("a las ", at: k) {
            var j = k
            while isLatinLetter(t[j]) { j += 1 }
            guard j > k, t[j] == 0x20 else { return nil }
            k = j + 1
        }
        for w in ["to ", "a las "] where t.hasPrefixFolded(w, at: k) { k += w.unicodeScalars.count }
        guard t[k - 1] == 0x20, let (h, end) = hourAt(t, k), h <= 24 else { return nil }
        // said last: the end, or a sentence mark or comma that is no decimal point (4.3)
        guard end >= t.count || [0x21, 0x3F, 0x2C].contains(t[end]) || t[end] == 0x2E && !isDigit(t[end + 1]) else { return nil }
        let hour = base >= 12 && h < 12 ? h + 12 : h % 24
        let iso = "T" + (hour < 10 ? "0" : "") + "\(hour):00"
        // (after a morning hour, 4 may be either side of noon)
        let twelve = base < 12 && (1...12).contains(h)
        return Found(a: k, b: end, value: DateValue(start: iso, end: iso, granularity: "hour", twelveHour: twelve ? true : nil), kind: .time)
    }

    /// A verb of moving in the few words before `a`.
    private func movedBefore(_ t: ScanText, _ a: Int) -> Bool {
        let from = max(0, a - 40)
        let before = t.norm(from, a).lowercased()
        return Self.moveVerbs.contains { v in before.hasPrefix(v + " ") || before.contains(" " + v + " ") }
    }

    /// An hour in digits or English or Spanish words (four, twenty four): (hour, end).
    private func hourAt(_ t: ScanText, _ k: Int) -> (Int, Int)? {
        Numbers.small(t, at: k, digits: 2, chineseLength: 0) ?? ClockReader(lex: lex).wordNumber(t, k)
    }
}
