import GleanerModel
import ICUKit

/// Text that was encoded in one charset and decoded in another (UTF-8 read as windows-1252,
/// GBK read as Latin-1, …), possibly twice. For each line, every plausible round trip is tried
/// — encode the characters back to the bytes they came from, decode those bytes as they were
/// meant — strictly (no character may be lost either way), and a candidate wins only when it is
/// clearly more plausible than what is there. A line where only one stretch is garbled gets
/// that stretch repaired alone. Lines whose garbling lost bytes (U+FFFD) cannot be reversed:
/// they are flagged, not guessed at.
public struct MojibakeFixer: Fixer {
    public let name = "mojibake"
    public let explanation = "reverses text decoded with the wrong charset (UTF-8 as cp1252/latin-1/GBK/Big5/Shift_JIS/MacRoman, GBK or Big5 as latin-1), also twice"
    let plausibility: Plausibility

    /// A way text gets garbled: the bytes were `meant` but read as `read`.
    /// A class: the list of them is walked for every suspicious line, and copying a struct of
    /// strings and tables there cost a retain and release per field.
    final class RoundTrip: Sendable {
        let label: String
        let read: String   // charset the bytes were wrongly decoded with ("sloppy-1252" = browser windows-1252)
        let meant: String  // charset they really were in
        /// The table for a single-byte `read` ("sb:NAME"), resolved once, not per line.
        let codec: SingleByteCodec?
        let sloppy1252: Bool
        /// A double-byte `read` (GB18030, Big5, Shift_JIS): its readings are CJK characters.
        let doubleByte: Bool

        init(label: String, read: String, meant: String) {
            self.label = label
            self.read = read
            self.meant = meant
            codec = read.hasPrefix("sb:") ? SingleByteCodec.byName[String(read.dropFirst(3))] : nil
            sloppy1252 = read == "sloppy-1252"
            doubleByte = codec == nil && !sloppy1252
        }

        /// The line's bytes in a single-byte `read`, or nil as soon as they cannot be UTF-8
        /// (a byte out of place for UTF-8's lead and continuation pattern, bytes lost as 0x1A
        /// or "?" allowed where a continuation belongs): most charsets fail at the line's first
        /// non-ASCII character, before the rest is encoded.
        func utf8Shaped(_ line: [Unicode.Scalar]) -> [UInt8]? {
            // Checked first without keeping the bytes: nearly every charset fails, early.
            var shape = UTF8Shape()
            for s in line {
                let b: UInt8
                if s.value < 0x80 { b = UInt8(s.value) } else if let x = sloppy1252 ? SloppyWindows1252.byte(s) : codec?.byte(s) { b = x } else { return nil }
                guard shape.accept(b, lost: true) else { return nil }
            }
            return shape.complete ? encode(line, "") : nil
        }

        /// The line's bytes in `read`, or nil when a character has none.
        func encode(_ line: [Unicode.Scalar], _ string: @autoclosure () -> String) -> [UInt8]? {
            if sloppy1252 { return SloppyWindows1252.encode(line) }
            if let codec { return codec.encode(line) }
            return (try? CharsetConverter.encode(string(), charset: read, strict: true)) ?? nil
        }
    }

    static let roundTrips: [RoundTrip] = [
        RoundTrip(label: "utf8-as-cp1252", read: "sloppy-1252", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-gbk", read: "GB18030", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-big5", read: "Big5", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-sjis", read: "Shift_JIS", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-macroman", read: "sb:macroman", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-cp1251", read: "sb:cp1251", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-cp1250", read: "sb:cp1250", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-cp1253", read: "sb:cp1253", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-cp1254", read: "sb:cp1254", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-cp1257", read: "sb:cp1257", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-iso-8859-2", read: "sb:iso-8859-2", meant: "UTF-8"),
        RoundTrip(label: "utf8-as-cp437", read: "sb:cp437", meant: "UTF-8"),
        RoundTrip(label: "gbk-as-cp1252", read: "sloppy-1252", meant: "GB18030"),
        RoundTrip(label: "big5-as-cp1252", read: "sloppy-1252", meant: "Big5"),
    ]

    public init(plausibility: Plausibility) {
        self.plausibility = plausibility
    }

    public func edits(_ text: [Unicode.Scalar], log: inout RepairLog) -> [Edit] {
        var edits: [Edit] = []
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count, text[end] != "\n" { end += 1 }
            if end > start, suspicious(text[start..<end]) {
                edits.append(contentsOf: repairLine(text, start, end, log: &log))
            }
            start = end + 1
        }
        return edits
    }

    /// Only lines with characters mojibake is made of are worth trying (clean text stays cheap).
    /// A costly ideograph alone is not enough: Chinese mojibake comes in runs (UTF-8 read as GBK
    /// makes three characters of two, most of them unusual), while clean text has the odd rare
    /// name on its own (亳州, 湾沚). Two within four characters do; so does any costly non-Han
    /// character (Ă, ×, ◊ lead Western mojibake), a pair mojibake makes, or a C1 control.
    func suspicious(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: UInt32 = 0
        var lastCostly = Int.min / 2
        for (k, s) in line.enumerated() {
            let v = s.value
            defer { previous = v }
            if v < 0x80 { continue }
            if v < 0xA0 { return true }
            if plausibility.cost(s) >= 20 {
                if UnicodeScript.isHan(v) {
                    if k - lastCostly <= 4 { return true }
                    lastCostly = k
                } else if !(previous == 0 || previous == 0x20 || previous == 0x3000) {
                    // After a space or at the start (• 国内, ¿Qué) a symbol is no continuation
                    // byte; were it a lead byte, the pair it makes is caught at the next one.
                    return true
                }
            }
            // Р followed by ґ (UTF-8 read as windows-1251) and the other pairs mojibake makes.
            if Plausibility.pairCost(previous, s) > 0 { return true }
            // UTF-8 read as GBK turns accented letters into ideographs inside Latin words.
            // (Only an ideograph whose GBK or Big5 bytes are a UTF-8 letter's: LED屏 is clean.)
            if Plausibility.isLatinLetter(previous) && UnicodeScript.isHan(v) && Self.couldBeAccentedLetter(s) { return true }
        }
        return false
    }

    /// Whether an ideograph's bytes in GBK or Big5 are a two-byte UTF-8 sequence (an accented
    /// Latin letter: é is C3 A9, which GBK reads as 茅).
    static func couldBeAccentedLetter(_ s: Unicode.Scalar) -> Bool {
        for charset in ["GBK", "Big5"] {
            if let b = (try? CharsetConverter.encode(String(s), charset: charset, strict: true)) ?? nil,
               b.count == 2, (0xC2...0xDF).contains(b[0]), (0x80...0xBF).contains(b[1]) { return true }
        }
        return false
    }

    func repairLine(_ text: [Unicode.Scalar], _ start: Int, _ end: Int, log: inout RepairLog) -> [Edit] {
        var line = Array(text[start..<end])
        let original = line
        var before = plausibility.cost(line)
        // UTF-8 read through a single-byte charset, whole line: bytes that happen to be valid
        // UTF-8 with several multi-byte sequences are very unlikely by chance (ftfy's insight),
        // so such a round trip only has to read better, not halve the cost. Up to three layers.
        var labels: [String] = []
        while labels.count < 3, let (fixed, label, c) = singleByteUTF8(line, cost: before) {
            line = fixed
            before = c
            labels.append(label)
        }
        if !labels.isEmpty {
            // Bytes the first wrong decoding lost are marked, not guessed: the clerk is told.
            if labels.contains(where: { $0.hasSuffix("-lossy") }) {
                log.flags.append(Edit(start: start, end: end, before: original.string, after: line.string,
                                      rule: "mojibake-lossy", confidence: 0))
            }
            // Under it, a second layer in a double-byte charset (UTF-8 read as GBK, then cp1252).
            // (A mostly Latin line is not: nÃ© is né, not n茅.)
            // (A reading with nothing mojibake is made of is as clean as clean text: another
            // layer could only garble it.)
            let latin = line.lazy.filter { $0.value < 0x80 }.count * 2 > line.count
            if suspicious(line[...]), let (fixed, label, _) = roundTrips(line, cost: before, legacy: !latin, margin: 20).min(by: { $0.2 < $1.2 }) {
                line = fixed
                labels.append(label)
            }
            return [Edit(start: start, end: end, before: original.string, after: line.string,
                         rule: "mojibake:" + labels.joined(separator: "+"), confidence: 0.9)]
        }
        // Whole line, up to three layers deep (double encoding): a small beam search, since
        // the most plausible first layer is not always on the path to the best result.
        let mostlyASCII = line.lazy.filter { $0.value < 0x80 }.count * 2 > line.count
        // A round trip must halve the cost and save more than the margin: a line that cheap
        // (a clean line with a rare name in it) cannot qualify, so none is tried.
        var beam: [([Unicode.Scalar], [String], Int)] = before > 2 * (mostlyASCII ? 40 : 20) ? [(line, [], before)] : []
        var best: ([Unicode.Scalar], [String], Int)?
        for _ in 0..<(beam.isEmpty ? 0 : 3) {
            var next: [([Unicode.Scalar], [String], Int)] = []
            for (text, labels, cost) in beam {
                for (fixed, label, c) in roundTrips(text, cost: cost, legacy: !mostlyASCII, margin: 0, halve: false) {
                    next.append((fixed, labels + [label], c))
                }
            }
            if next.isEmpty { break }
            next.sort { $0.2 < $1.2 }
            beam = Array(next.prefix(2))
            if best == nil || beam[0].2 < best!.2 { best = beam[0] }
            // A best reading with nothing mojibake is made of is as clean as clean text, which
            // is never searched: another layer could only garble it.
            if let b = best, !suspicious(b.0[...]) { break }
        }
        let margin = mostlyASCII ? 40 : 20
        if let (current, labels, currentCost) = best, currentCost * 2 <= before, before - currentCost > margin {
            let confidence = min(1, Double(before - currentCost) / Double(max(1, before)) + 0.3)
            return [Edit(start: start, end: end, before: line.string, after: current.string,
                         rule: "mojibake:" + labels.joined(separator: "+"), confidence: confidence)]
        }
        // One garbled stretch inside an otherwise clean line: UTF-8 read as cp1252/latin-1.
        var edits: [Edit] = []
        var i = 0
        while i < line.count {
            guard line[i].value >= 0x80 else { i += 1; continue }
            // A run is one kind of character: ideographs or not, so 社å·¥ splits into 社 | å·¥
            // while MacRoman's √ü and windows-1251's вЂ“ stay whole.
            let western = !UnicodeScript.isHan(line[i].value)
            var j = i
            // A no-break space after Ã is a continuation byte (à → Ã\u{A0}), not a space.
            while j < line.count, line[j].value >= 0x80,
                  !Self.isSeparator(line[j]) || (line[j].value == 0xA0 && j > i && line[j - 1].value == 0xC3),
                  !UnicodeScript.isHan(line[j].value) == western { j += 1 }
            let run = Array(line[i..<j])
            // A Han character glued to Latin letters (esp铆ritu) is out of place in a way its
            // frequency alone cannot show.
            func latinLetter(_ k: Int) -> Bool {
                k >= 0 && k < line.count && line[k].value < 0x80 && line[k].properties.isAlphabetic
            }
            let flanked = latinLetter(i - 1) || latinLetter(j)
            let han = run.lazy.filter { UnicodeScript.isHan($0.value) }.count
            // So is a Greek or Cyrillic letter inside a Latin word (signiп¬Ѓcantly: ﬁ read as windows-1251).
            let otherScript = flanked ? run.lazy.filter { (0x370...0x4FF).contains($0.value) }.count : 0
            // The pair the run makes with the letter before it counts too (wei√ü: a √ glued to a word).
            let runCost = plausibility.cost(run) + (flanked ? 60 * han + 30 * otherScript : 0) + (i > 0 ? Plausibility.pairCost(line[i - 1].value, line[i]) : 0)
            // A lone odd character in Chinese text may be what the page really says; a garbled
            // stretch is either inside a Latin word or several characters long.
            // Two characters are enough when they are a lead byte and a continuation (Ã€ → À).
            // A letter and ’s is a plural or possessive as often as mojibake (a lot of Ã’s).
            let apostropheS = run.count == 2 && run[1] == "\u{2019}" && j < line.count && line[j] == "s"
                && !(j + 1 < line.count && line[j + 1].properties.isAlphabetic)
            if !apostropheS, flanked || run.count >= 3 || runCost >= 60 {
                // A stretch that starts with a character no UTF-8 sequence starts with (the ’ of
                // l’Ã©valuation) is tried without it too.
                let lead = run.firstIndex { s in SloppyWindows1252.byte(s).map { $0 >= 0xC2 && $0 <= 0xF4 } ?? false } ?? 0
                var fixedRun = false
                for k in lead > 0 ? [0, lead] : [0] {
                    let part = Array(run[k...])
                    let partCost = k == 0 ? runCost : plausibility.cost(part)
                    // A repair must save more than the margin: a stretch that costs no more
                    // (common ideographs between punctuation) has nothing to gain.
                    guard partCost > 40 else { continue }
                    if let (fixed, label, _) = roundTrips(part, cost: partCost, legacy: false, margin: 40, boxDrawing: false).min(by: { $0.2 < $1.2 }) {
                        edits.append(Edit(start: start + i + k, end: start + j, before: part.string, after: fixed.string,
                                          rule: "mojibake:" + label, confidence: 0.9))
                        fixedRun = true
                        break
                    }
                }
                // A rare symbol (♫ is E2 99 AB: â™«) costs nearly what its mojibake does, so the
                // margin cannot show it: a lead that makes a mojibake pair with the next character,
                // followed by exactly the continuations its UTF-8 sequence needs (a « or a no-break
                // space among them), is read back as that one character.
                if !fixedRun, i + 1 < line.count, Plausibility.pairCost(line[i].value, line[i + 1]) > 0,
                   let lead = SloppyWindows1252.byte(line[i]), lead >= 0xE0, lead <= 0xF4 {
                    let n = lead >= 0xF0 ? 4 : 3
                    if i + n <= line.count, let bytes = SloppyWindows1252.encode(line[i..<(i + n)]),
                       bytes.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
                       let decoded = String(validating: bytes, as: UTF8.self), let c = decoded.unicodeScalars.first,
                       c.properties.generalCategory != .control, c.properties.generalCategory != .format {
                        edits.append(Edit(start: start + i, end: start + i + n, before: String(scalars: line[i..<(i + n)]),
                                          after: decoded, rule: "mojibake:utf8-as-cp1252", confidence: 0.7))
                        j = max(j, i + n)
                    }
                }
            }
            i = max(j, i + 1)
        }
        if edits.isEmpty && line.contains("\u{FFFD}") && before > line.count * 15 {
            log.flags.append(Edit(start: start, end: end, before: line.string, after: line.string,
                                  rule: "mojibake-lossy", confidence: 0))
        }
        return edits
    }

    /// The best whole-line round trip through a single-byte charset back to UTF-8: valid UTF-8
    /// with at least two multi-byte sequences (or UTF-8 whose lost bytes are accounted for) that
    /// reads better than the line.
    func singleByteUTF8(_ line: [Unicode.Scalar], cost: Int) -> ([Unicode.Scalar], String, Int)? {
        // No single-byte charset has a CJK character: such a line is none of these readings.
        guard !line.contains(where: { Self.isCJK($0.value) }) else { return nil }
        // Bytes a first decoding lost (U+FFFD, or "?" from an encoder that had no byte) are
        // encoded as SUBSTITUTE and read back by LossyUTF8.
        let replaced = line.contains("\u{FFFD}")
        let lossy = replaced || line.contains("?")
        let encodable = replaced ? line.map { $0 == "\u{FFFD}" ? Unicode.Scalar(LossyUTF8.lostByte) : $0 } : line
        var best: ([Unicode.Scalar], String, Int)?
        var bestRank = Int.max
        for trip in Self.roundTrips where trip.meant == "UTF-8" && !trip.doubleByte {
            guard let bytes = trip.utf8Shaped(encodable) else { continue }
            // Read as cp437, UTF-8's continuation bytes are accented letters (─îe┼ítina is
            // Čeština); box drawing there (├┤a┼┐a) is drawing, not text.
            if trip.read == "sb:cp437", zip(line, bytes).contains(where: { $1 & 0xC0 == 0x80 && (0x2500...0x259F).contains($0.value) }) { continue }
            // Sequences whose second byte is A0 do not count: a no-break space after a capital
            // (SELKÄ\u{A0}EDELLÄ) is how clean text looks, and ftfy keeps it too.
            var sequences = 0
            for k in bytes.indices.dropLast() where bytes[k] >= 0xC2 && bytes[k] <= 0xF4 && bytes[k + 1] != 0xA0 { sequences += 1 }
            let fixed: [Unicode.Scalar]
            var label = trip.label
            // A U+FFFD for a byte the text had already lost is no new oddity: it costs what an
            // ordinary symbol does.
            var discount = 0
            if !replaced, let d = String(validating: bytes, as: UTF8.self),
               // Two sequences are evidence; so is one that is U+FFFD's own (ï¿½).
               sequences >= 2 || d.unicodeScalars.contains("\u{FFFD}") {
                fixed = [Unicode.Scalar](scalarsOf: d)
            } else if !replaced, let d = Self.decodeCESU8(bytes) {
                // An emoji written as two UTF-16 surrogates of three bytes each (CESU-8, what
                // some Java and MySQL paths emit): such a pair is evidence enough alone.
                fixed = [Unicode.Scalar](scalarsOf: d)
            } else if lossy, let r = LossyUTF8.decode(bytes) {
                // Evidence: intact sequences, and broken ones whose lost byte is a U+FFFD; one
                // broken by "?" counts only beside an intact one. A lone lead before U+FFFD
                // (SlovenÄ�ina) is evidence too: the text already says a byte was lost there.
                let evidence = r.sequences + r.brokenByReplacement + (r.sequences > 0 ? r.broken - r.brokenByReplacement : 0)
                guard r.broken > 0, evidence >= 2 || r.brokenByReplacement > 0 else { continue }
                fixed = r.text
                label += "-lossy"
                discount = r.broken * (plausibility.cost("\u{FFFD}") - 10)
            } else {
                continue
            }
            let c = plausibility.cost(fixed) - discount
            guard c < cost else { continue }
            // Between readings that score alike, the charset that has every character as its
            // own beats one that needs C1 controls standing for bytes it gives other letters
            // (MĂĄm dost tĹ\u{99}etĂ­ho is ISO-8859-2, where 0x99 is that control).
            let foreign = trip.codec.map { codec in line.lazy.filter { (0x80...0x9F).contains($0.value) && codec.decodeTable[Int($0.value)] != $0.value }.count } ?? 0
            if 2 * c + foreign < bestRank { best = (fixed, label, c); bestRank = 2 * c + foreign }
        }
        return best
    }

    /// UTF-8 in which characters beyond U+FFFF are written as a surrogate pair, each surrogate
    /// a three-byte sequence (ED A0–AF …, ED B0–BF …). Nil unless the bytes are valid that way
    /// and hold at least one such pair.
    static func decodeCESU8(_ b: [UInt8]) -> String? {
        // Most byte strings hold no high surrogate at all: answered without decoding.
        guard b.indices.dropLast().contains(where: { b[$0] == 0xED && (0xA0...0xAF).contains(b[$0 + 1]) }) else { return nil }
        var out = String.UnicodeScalarView()
        var pairs = 0
        var i = 0
        while i < b.count {
            if b[i] == 0xED, i + 5 < b.count, (0xA0...0xAF).contains(b[i + 1]), b[i + 2] & 0xC0 == 0x80,
               b[i + 3] == 0xED, (0xB0...0xBF).contains(b[i + 4]), b[i + 5] & 0xC0 == 0x80 {
                let high = 0xD000 | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                let low = 0xD000 | (UInt32(b[i + 4] & 0x3F) << 6) | UInt32(b[i + 5] & 0x3F)
                guard let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else { return nil }
                out.append(s)
                pairs += 1
                i += 6
                continue
            }
            // Anything else must be ordinary UTF-8, one sequence at a time.
            let n = b[i] < 0x80 ? 1 : b[i] >= 0xF0 ? 4 : b[i] >= 0xE0 ? 3 : b[i] >= 0xC2 ? 2 : 0
            guard n > 0, i + n <= b.count, let s = String(validating: b[i..<(i + n)], as: UTF8.self) else { return nil }
            out.append(contentsOf: s.unicodeScalars)
            i += n
        }
        return pairs > 0 ? String(out) : nil
    }

    /// Whether bytes could begin UTF-8: every lead followed by its continuations, the last
    /// sequence possibly cut short.
    static func utf8ShapedPrefix(_ b: [UInt8]) -> Bool {
        var shape = UTF8Shape()
        return b.allSatisfy { shape.accept($0) }
    }

    /// CJK punctuation and spaces end a garbled run (mojibake never produces them).
    /// Han, kana, Hangul, CJK punctuation, fullwidth and halfwidth forms.
    @inline(__always)
    static func isCJK(_ v: UInt32) -> Bool {
        v >= 0x3000 && (UnicodeScript.isHan(v) || UnicodeScript.isOtherCJK(v) || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v))
    }

    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return (0x3000...0x303F).contains(v) || (0xFF01...0xFF0F).contains(v) || v == 0xFF0C
            || v == 0xFF1A || v == 0xFF1B || v == 0xFF1F
            // Unicode's other white space, by code point (a properties lookup per ideograph was
            // a tenth of this rule's time)
            || v == 0x85 || v == 0xA0 || v == 0x1680 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F
    }

    /// Strict round trips of `line` that beat it (with `halve`, to half its cost; always by more
    /// than `margin`: short ambiguous pairs such as Ã¥ in "DrÃ¥ber" stay as written), with their labels and costs. Without `legacy`, only those that
    /// restore UTF-8 (a mostly Latin line is not GBK or Big5 in disguise).
    func roundTrips(_ line: [Unicode.Scalar], cost: Int, legacy: Bool, margin: Int = 20, halve: Bool = true,
                    boxDrawing: Bool = true) -> [([Unicode.Scalar], String, Int)] {
        var out: [([Unicode.Scalar], String, Int)] = []
        // As a String only for the ICU converters, and only once.
        var cached: String?
        func string() -> String {
            if let cached { return cached }
            let s = line.string
            cached = s
            return s
        }
        // cp437 (box drawing) only for whole lines: a stretch of ├┤ beside letters is art, not mojibake.
        // A double-byte charset reads UTF-8's multi-byte sequences as CJK characters (Han, kana,
        // fullwidth and halfwidth forms): a line with none is no such reading, and skips the
        // converter.
        // And no single-byte charset has one: a line with any is only a double-byte reading.
        let cjk = line.contains { Self.isCJK($0.value) }
        for trip in Self.roundTrips where (legacy || trip.meant == "UTF-8") && (boxDrawing || trip.read != "sb:cp437") && cjk == trip.doubleByte {
            // UTF-8 meant: a single-byte reading stops at its first byte out of UTF-8's pattern,
            // and a double-byte one is first tried on the line's start (most fail there).
            let bytes: [UInt8]?
            if trip.meant == "UTF-8" && !trip.doubleByte {
                bytes = trip.utf8Shaped(line)
            } else if trip.meant == "UTF-8" && line.count > 24 {
                let head = trip.encode(Array(line.prefix(16)), String(scalars: line.prefix(16)))
                bytes = head.map(Self.utf8ShapedPrefix) == false ? nil : trip.encode(line, string())
            } else {
                bytes = trip.encode(line, string())
            }
            guard let bytes, bytes.contains(where: { $0 >= 0x80 }) else { continue }
            let decoded: String?
            if trip.meant == "UTF-8" {
                decoded = String(validating: bytes, as: UTF8.self)
            } else if let d = try? CharsetConverter.decode(bytes, charset: trip.meant), d.invalidSequences == 0 {
                decoded = d.text
            } else {
                decoded = nil
            }
            guard let decoded else { continue }
            let fixed = [Unicode.Scalar](scalarsOf: decoded)
            guard fixed != line else { continue }
            let c = plausibility.cost(fixed)
            guard !halve || c * 2 <= cost, cost - c > margin else { continue }
            out.append((fixed, trip.label, c))
        }
        return out
    }
}
