import Foundation

/// Numbers as written: Arabic digits (with thousands separators and decimals) and Chinese
/// numerals (二〇一七, 廿一, 三百六十八, 一万三千).
enum Numbers {
    static let cnDigits: [UInt32: Int] = {
        var m: [UInt32: Int] = [:]
        for (c, v) in [("〇", 0), ("零", 0), ("一", 1), ("二", 2), ("两", 2), ("兩", 2), ("三", 3), ("四", 4),
                       ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9)] {
            m[c.unicodeScalars.first!.value] = v
        }
        return m
    }()
    static let cnUnits: [UInt32: Int] = {
        var m: [UInt32: Int] = [:]
        for (c, v) in [("十", 10), ("廿", 20), ("卅", 30), ("百", 100), ("千", 1000), ("万", 10_000), ("萬", 10_000),
                       ("亿", 100_000_000), ("億", 100_000_000)] {
            m[c.unicodeScalars.first!.value] = v
        }
        return m
    }()

    static func isCN(_ v: UInt32) -> Bool { cnDigits[v] != nil || cnUnits[v] != nil }

    /// A Chinese numeral at i: (value, end, character count). `allowBig`: 万/亿 inside.
    static func chinese(_ t: ScanText, at i: Int, allowBig: Bool = true, maxLen: Int = 12) -> (value: Double, end: Int)? {
        var j = i
        var total = 0.0, section = 0.0, num = 0.0
        var digitsOnly = true
        var digitString = 0.0
        var any = false
        while j < t.count, j - i < maxLen {
            let c = t.u[j]
            if let d = cnDigits[c] {
                num = Double(d); digitString = digitString * 10 + Double(d); any = true
            } else if let u = cnUnits[c] {
                if (u >= 10_000) && !allowBig { break }
                if u >= 10_000 && !any { break }
                digitsOnly = false
                any = true
                switch u {
                case 20, 30: section += Double(u); num = 0
                case 10, 100, 1000: section += (num == 0 ? 1 : num) * Double(u); num = 0
                default: total = (total + section + num) * Double(u); section = 0; num = 0
                }
            } else { break }
            j += 1
        }
        guard any, j > i else { return nil }
        return (digitsOnly ? digitString : total + section + num, j)
    }

    /// Arabic digits at i: "2000", "1.36", "1,000" (zh/en), "1.000" (es: `dotThousands`), and a
    /// fraction without its zero (.5); `decimal` says whether it has a fractional part.
    static func arabic(_ t: ScanText, at i: Int, dotThousands: Bool = false) -> (value: Double, end: Int, digits: Int, decimal: Bool)? {
        let dec: UInt32 = dotThousands ? 0x2C : 0x2E
        guard isDigit(t[i]) || (t[i] == dec && isDigit(t[i + 1])) else { return nil }
        var j = i
        var intPart = 0.0, digits = 0
        while isDigit(t[j]) { intPart = intPart * 10 + Double(t[j] - 0x30); j += 1; digits += 1 }
        // thousands groups
        let sep: UInt32 = dotThousands ? 0x2E : 0x2C
        while digits > 0, t[j] == sep, isDigit(t[j + 1]), isDigit(t[j + 2]), isDigit(t[j + 3]), !isDigit(t[j + 4]) {
            let d1 = Int(t[j + 1]) - 48, d2 = Int(t[j + 2]) - 48, d3 = Int(t[j + 3]) - 48
            let group: Int = d1 * 100 + d2 * 10 + d3
            intPart = intPart * 1000 + Double(group)
            j += 4; digits += 3
        }
        if t[j] == dec, isDigit(t[j + 1]) {
            var k = j + 1, frac = 0.0, scale = 1.0
            while isDigit(t[k]) { frac = frac * 10 + Double(t[k] - 0x30); scale *= 10; k += 1 }
            return (intPart + frac / scale, k, digits, true)
        }
        return (intPart, j, digits, false)
    }

    /// A power after a number ending at j: 1.1^23, 2e5, 12.32e+14, 2^-1, -1.1^--23 (each minus
    /// flips the exponent's sign). The value and where it ends.
    static func power(_ t: ScanText, at j: Int, base: Double) -> (value: Double, end: Int)? {
        let caret = t[j] == 0x5E
        guard caret || ((t[j] == 0x65 || t[j] == 0x45) && (isDigit(t[j + 1]) || t[j + 1] == 0x2D || t[j + 1] == 0x2B)) else { return nil }
        var k = j + 1, negative = false
        while t[k] == 0x2D || t[k] == 0x2B { if t[k] == 0x2D { negative.toggle() }; k += 1 }
        guard let e = arabicInteger(t, at: k) else { return nil }
        let x = negative ? -e.value : e.value
        return (caret ? pow(base, x) : base * pow(10, x), e.end)
    }

    /// Plain Arabic digits at i (no separators): 16, 2225.
    static func arabicInteger(_ t: ScanText, at i: Int) -> (value: Double, end: Int)? {
        guard isDigit(t[i]) else { return nil }
        var j = i, v = 0.0
        while isDigit(t[j]) { v = v * 10 + Double(t[j] - 0x30); j += 1 }
        return (v, j)
    }

    static let spanishWords: [String: Double] = [
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
        "cincuenta": 50, "cien": 100, "cientos": 100, "mil": 1000,
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "hundred": 100, "thousand": 1000,
    ]
    static let latinMultipliers: [String: Double] = [
        "mil": 1000, "millón": 1e6, "millones": 1e6, "thousand": 1000, "million": 1e6, "millions": 1e6,
        "billion": 1e9, "billones": 1e12, "mil millones": 1e9,
    ]
}

/// Words of Latin-script text: letters (with ' and - inside) or digit groups, with their spans.
struct Tokens {
    struct Token { let start: Int; let end: Int; let lower: String; let first: UInt32 }
    let items: [Token]

    init(_ t: ScanText) {
        var out: [Token] = []
        var i = 0
        while i < t.count {
            let v = t.u[i]
            if isLatinLetter(v) {
                var j = i + 1
                while j < t.count, isLatinLetter(t.u[j]) || ((t.u[j] == 0x27 || t.u[j] == 0x2019 || t.u[j] == 0x2D) && isLatinLetter(t[j + 1])) { j += 1 }
                out.append(Token(start: i, end: j, lower: t.norm(i, j).lowercased(), first: v))
                i = j
            } else if isDigit(v) {
                var j = i + 1
                while j < t.count, isDigit(t.u[j]) || ((t.u[j] == 0x2E || t.u[j] == 0x2C) && isDigit(t[j + 1])) { j += 1 }
                out.append(Token(start: i, end: j, lower: t.norm(i, j), first: v))
                i = j
            } else if v == 0x2C || v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x28 || v == 0x29 || v == 0x2E || v == 0x3A {
                out.append(Token(start: i, end: i + 1, lower: t.norm(i, i + 1), first: v))
                i += 1
            } else { i += 1 }
        }
        items = out
    }
}

/// The token that starts at each scalar offset, if any (an array: the date scan asks at every
/// offset).
struct TokenStarts {
    private var index: [Int32]
    init(_ tokens: Tokens, count: Int) {
        index = [Int32](repeating: -1, count: count + 1)
        for (k, tok) in tokens.items.enumerated() where tok.start <= count { index[tok.start] = Int32(k) }
    }
    subscript(i: Int) -> Int? { i >= 0 && i < index.count && index[i] >= 0 ? Int(index[i]) : nil }
}

extension Numbers {
    /// A short number for a date or a clock: at most `digits` Arabic digits (none after them) or
    /// a Chinese numeral of at most `chineseLength` characters (二十三, 〇八): (value, end).
    static func small(_ t: ScanText, at i: Int, digits: Int, chineseLength: Int) -> (Int, Int)? {
        if isDigit(t[i]) {
            var j = i, n = 0
            while isDigit(t[j]), j - i < digits { n = n * 10 + Int(t[j] - 0x30); j += 1 }
            return isDigit(t[j]) ? nil : (n, j)
        }
        guard chineseLength > 0, let (v, e) = chinese(t, at: i, allowBig: false, maxLen: chineseLength) else { return nil }
        return (Int(v), e)
    }
}
