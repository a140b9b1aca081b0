import Foundation

/// Chinese numbers as written, read from the scan text (traditional already folded to
/// simplified, full-width to ASCII): numerals with sections (四亿五千六百四十二万零一十五, 五兆六十二亿,
/// 四万万), financial forms (壹佰伍拾), Arabic digits inside (5万4千6百, 1,100.9亿), the digit a
/// speaker leaves out (一千三 = 1300, 九十二万四 = 924000), spaces between parts (三千 八百 九十六 万),
/// approximations (十余万, 二十几万), 打 (a dozen), decimals (十点二三三), fractions (五分之一,
/// 三百五又三分之一, 负3分之负一百五十七), powers and suffixes (1.1^23, 2e5, 40k).
struct ChineseNumberReader {
    struct Reading { let end: Int; let value: Double; let subtype: String }

    static let digits: [UInt32: Double] = {
        var m: [UInt32: Double] = [:]
        for (s, v) in [("〇零", 0.0), ("一壹幺", 1), ("二两贰俩", 2), ("三叁", 3), ("四肆", 4), ("五伍", 5), ("六陆", 6),
                       ("七柒", 7), ("八捌", 8), ("九玖", 9)] {
            for c in s.unicodeScalars { m[c.value] = v }
        }
        return m
    }()
    static let units: [UInt32: Double] = {
        var m: [UInt32: Double] = [:]
        for (s, v) in [("十拾", 10.0), ("百佰", 100), ("千仟", 1000), ("万", 1e4), ("亿", 1e8), ("兆", 1e12)] {
            for c in s.unicodeScalars { m[c.value] = v }
        }
        return m
    }()
    /// 米 克 瓦 卡 字 比 赫 焦: after 千 or 兆 they make a metric unit.
    static let measureAfterPrefix: Set<UInt32> = Set("米克瓦卡字比赫焦".unicodeScalars.map(\.value))
    static let zero: UInt32 = 0x96F6, ling: UInt32 = 0x3007, liang: UInt32 = 0x4E24
    static let dian: UInt32 = 0x70B9, fen: UInt32 = 0x5206, zhi: UInt32 = 0x4E4B, you: UInt32 = 0x53C8
    static let fu: UInt32 = 0x8D1F, ji: UInt32 = 0x51E0, yu: UInt32 = 0x4F59, duo: UInt32 = 0x591A
    static let da: UInt32 = 0x6253, ban: UInt32 = 0x534A

    let t: ScanText

    /// Skips spaces from i when a number part follows them.
    func afterSpaces(_ i: Int) -> Int {
        var j = i
        while t[j] == 0x20 { j += 1 }
        return j
    }

    /// A signed number at i: 负/- then a mixed number, fraction, decimal or integer.
    func read(at i: Int) -> Reading? {
        var j = i
        var sign = 1.0
        if t[j] == Self.fu || (t[j] == 0x2D && (isDigit(t[j + 1]) || t[j + 1] == 0x2E || t[j + 1] == 0x20)) {
            j = afterSpaces(j + 1)
            sign = -1
        }
        guard let r = unsigned(at: j) else { return nil }
        return Reading(end: r.end, value: sign * r.value, subtype: r.subtype)
    }

    func unsigned(at i: Int) -> Reading? {
        // 半百: half a hundred.
        if t[i] == Self.ban, t[i + 1] == 0x767E { return Reading(end: i + 2, value: 50, subtype: "integer") }
        // A 分之 B: the denominator first.
        if let whole = integer(at: i) {
            if let f = fraction(denominator: whole, at: whole.end) { return f }
            // 三百五 又 三分之一
            let y = afterSpaces(whole.end)
            if t[y] == Self.you, let d = integer(at: afterSpaces(y + 1)), let f = fraction(denominator: d, at: d.end) {
                return Reading(end: f.end, value: whole.value + f.value, subtype: "fraction")
            }
            // Arabic 1 3/5
            if t[whole.end] == 0x20, whole.arabic, let n = Numbers.arabicInteger(t, at: whole.end + 1), t[n.end] == 0x2F,
               let d = Numbers.arabicInteger(t, at: n.end + 1), d.value != 0 {
                return Reading(end: d.end, value: whole.value + n.value / d.value, subtype: "fraction")
            }
            if whole.arabic, t[whole.end] == 0x2F, let d = Numbers.arabicInteger(t, at: whole.end + 1), d.value != 0 {
                return Reading(end: d.end, value: whole.value / d.value, subtype: "fraction")
            }
            if let p = power(whole) { return p }
            return Reading(end: whole.end, value: whole.value, subtype: whole.decimal ? "decimal" : "integer")
        }
        return nil
    }

    /// 分之 B after a denominator (spaces allowed around 分 and 之), B possibly signed.
    func fraction(denominator d: Whole, at i: Int) -> Reading? {
        var j = afterSpaces(i)
        guard t[j] == Self.fen else { return nil }
        j = afterSpaces(j + 1)
        guard t[j] == Self.zhi else { return nil }
        j = afterSpaces(j + 1)
        var sign = 1.0
        if t[j] == Self.fu { sign = -1; j += 1 }
        guard d.value != 0, let n = integer(at: j) else { return nil }
        return Reading(end: n.end, value: sign * n.value / d.value, subtype: "fraction")
    }

    /// 1.1^23, 2e5, 12.32e+14 after an Arabic number.
    func power(_ w: Whole) -> Reading? {
        guard w.arabic, w.end == w.arabicEnd, let p = Numbers.power(t, at: w.end, base: w.value) else { return nil }
        return Reading(end: p.end, value: p.value, subtype: "power")
    }

    struct Whole {
        let end: Int
        let value: Double
        var decimal = false
        var arabic = false
        var arabicEnd = -1
    }

    /// An unsigned integer or decimal: numerals, units, Arabic digits, 点 and its digits.
    func integer(at i: Int) -> Whole? {
        var j = i
        // Parts already closed by 万/亿/兆: (amount, scale).
        var sections: [(amount: Double, scale: Double)] = []
        var small = 0.0        // below 万, closed by 十/百/千
        var number = 0.0       // the digit or Arabic number waiting for a unit
        var hasNumber = false
        var lastUnit = 0.0     // the unit before a trailing bare digit (一千三 → 3 × 100)
        var afterZero = false  // 零 cancels that (一千零三)
        var units = 0
        var digitString = ""   // numerals without units read digit by digit (二〇一七)
        var any = false
        var end = i
        var arabic = false, arabicEnd = -1, decimal = false
        while true {
            let k = any ? afterSpaces(j) : j
            let c = t[k]
            if let d = Self.digits[c] {
                if hasNumber && (units > 0 || arabic) { break }
                if c == Self.zero || c == Self.ling {
                    if units == 0 && !arabic { digitString += "0" }
                    afterZero = true; number = 0; hasNumber = false
                } else {
                    if units == 0 && !arabic { digitString += String(Int(d)) }
                    number = d; hasNumber = true
                }
                any = true
                j = k + 1; end = j
            } else if c == Self.ji, any, !arabic {
                // 几: an unknown digit, read as nothing (二十几万 = 200000)
                number = 0; hasNumber = true; j = k + 1; end = j
            } else if !any, isDigit(c) || (c == 0x2E && isDigit(t[k + 1])) {
                guard let a = Numbers.arabic(t, at: k) else { break }
                number = a.value; hasNumber = true; any = true; arabic = true; arabicEnd = a.end
                decimal = a.decimal
                j = a.end; end = j
                // 40k, -2.5 M
                var s = j
                if t[s] == 0x20, !isHan(t[s + 1]) { s += 1 }
                if let m = Self.suffix(t[s]), !isLatinLetter(t[s + 1]), !isDigit(t[s + 1]) {
                    number *= m; j = s + 1; end = j; arabicEnd = j; decimal = false
                    return Whole(end: end, value: number, arabic: true, arabicEnd: end)
                }
            } else if any, isDigit(c), units > 0, !hasNumber {
                // Arabic digits after a unit: 3万4000, 1千零20
                guard let a = Numbers.arabic(t, at: k), !a.decimal else { break }
                number = a.value; hasNumber = true; j = a.end; end = j
            } else if let u = Self.units[c] {
                // 千 and 兆 that open a unit of measure (千米, 千克, 兆字节) are not the number's.
                if u == 1000 || u == 1e12, Self.measureAfterPrefix.contains(t[k + 1]) { break }
                if u < 1e4 {
                    if !any || hasNumber || afterZero || units > 0 || small > 0 { small += (hasNumber ? number : 1) * u } else { break }
                } else {
                    guard any else { break }
                    var amount = small + (hasNumber ? number : 0)
                    var scale = u
                    if amount == 0 && !hasNumber {
                        // 四万万, 四万亿: the unit multiplies what came before
                        guard !sections.isEmpty else { break }
                        var inner = 1.0
                        while let s = sections.last, s.scale <= u { amount += s.amount; inner = max(inner, s.scale); sections.removeLast() }
                        scale = u * inner
                    } else {
                        // 一万五千亿: parts below the unit join it
                        var inner = 1.0
                        while let s = sections.last, s.scale < u { amount += s.amount; inner = max(inner, s.scale); sections.removeLast() }
                        scale = u * inner
                    }
                    sections.append((amount * u, scale))
                    small = 0
                }
                lastUnit = u
                number = 0; hasNumber = false; afterZero = false; any = true; units += 1; digitString = ""
                j = k + 1; end = j
            } else if c == Self.yu || c == Self.duo, any, let u = Self.units[t[afterSpaces(k + 1)]], u >= 1e4 {
                // 十余万, 一千多万: the approximation before its big unit
                j = k + 1
            } else {
                break
            }
        }
        guard any, end > i else { return nil }
        var value = sections.reduce(0) { $0 + $1.amount } + small
        if units == 0 && !arabic, !digitString.isEmpty {
            value = Double(digitString) ?? 0
        } else if hasNumber {
            // 一千三: a bare digit after a unit counts in the next lower place.
            if lastUnit >= 100, !afterZero, !arabic {
                value += number * lastUnit / 10
            } else {
                value += number
            }
        }
        var w = Whole(end: end, value: value, decimal: decimal, arabic: arabic && units == 0, arabicEnd: units == 0 ? arabicEnd : -1)
        // 点 and its digits, each read alone (点零五零 = .050); 两 is not one.
        let p = afterSpaces(end)
        if t[p] == Self.dian, !decimal {
            var q = afterSpaces(p + 1)
            var frac = ""
            while let d = Self.digits[t[q]], t[q] != Self.liang { frac += String(Int(d)); q += 1 }
            if !frac.isEmpty, let f = Double("0." + frac) {
                w = Whole(end: q, value: value + f, decimal: true)
            }
        }
        // 打: a dozen
        if t[w.end] == Self.da, !w.decimal { w = Whole(end: w.end + 1, value: w.value * 12) }
        return w
    }

    static func suffix(_ c: UInt32) -> Double? {
        switch c {
        case 0x6B, 0x4B: return 1e3          // k
        case 0x6D, 0x4D: return 1e6          // M
        case 0x67, 0x47: return 1e9          // G
        case 0x62, 0x42: return 1e9          // b
        case 0x74, 0x54: return 1e12         // T
        default: return nil
        }
    }
}

