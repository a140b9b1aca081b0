import CICU

/// Script and general category of code points, from ICU's character database.
public enum UnicodeScript {
    public static let common: Int32 = 0
    public static let inherited: Int32 = 1
    public static let han: Int32 = 17
    public static let hiragana: Int32 = 20
    public static let katakana: Int32 = 22
    public static let hangul: Int32 = 18
    public static let latin: Int32 = 25

    public static func script(of scalar: Unicode.Scalar) -> Int32 {
        cicu_script(Int32(scalar.value))
    }

    /// True for ideographs (CJK unified, extensions, compatibility) and 〇, without calling ICU:
    /// the hot loops of the tokenizer and segmenter ask this for every character.
    @inline(__always)
    public static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x20000...0x3FFFF).contains(v) || (0xF900...0xFAFF).contains(v) || v == 0x3007
    }

    /// Kana and Hangul: scripts written without spaces that search treats like Han.
    @inline(__always)
    public static func isOtherCJK(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v) || (0x31F0...0x31FF).contains(v)
    }

    /// ICU's UCharCategory of a code point.
    public static func generalCategory(of scalar: Unicode.Scalar) -> Int32 {
        cicu_char_type(Int32(scalar.value))
    }
}
