import Foundation
import ICUKit

/// Charset labels as pages declare them, mapped the way browsers (WHATWG Encoding) do:
/// gb2312 and gbk mean GBK/GB18030, iso-8859-1 and us-ascii mean windows-1252, big5 means
/// Big5-HKSCS. Then ICU's name for it.
public enum CharsetLabel {
    static let whatwg: [String: String] = [
        "gb2312": "GB18030", "gbk": "GB18030", "gb18030": "GB18030", "x-gbk": "GB18030",
        "chinese": "GB18030", "csgb2312": "GB18030", "iso-ir-58": "GB18030", "gb_2312-80": "GB18030",
        "big5": "Big5-HKSCS", "big5-hkscs": "Big5-HKSCS", "cn-big5": "Big5-HKSCS", "x-x-big5": "Big5-HKSCS",
        "iso-8859-1": "windows-1252", "latin1": "windows-1252", "us-ascii": "windows-1252",
        "ascii": "windows-1252", "l1": "windows-1252", "iso8859-1": "windows-1252", "cp1252": "windows-1252",
        "windows-1252": "windows-1252", "x-cp1252": "windows-1252",
        "shift_jis": "Shift_JIS", "sjis": "Shift_JIS", "x-sjis": "Shift_JIS", "ms_kanji": "Shift_JIS",
        "windows-31j": "Shift_JIS", "euc-jp": "EUC-JP", "euc-kr": "windows-949", "ks_c_5601-1987": "windows-949",
        "utf8": "UTF-8", "utf-8": "UTF-8", "unicode-1-1-utf-8": "UTF-8",
    ]

    /// The ICU converter name for a declared label, or nil when neither WHATWG nor ICU knows it.
    public static func canonical(_ label: String) -> String? {
        let key = label.trimmingCharacters(in: .whitespaces).lowercased()
        if key.isEmpty { return nil }
        if let name = whatwg[key] { return name }
        return CharsetConverter.canonicalName(key)
    }
}
