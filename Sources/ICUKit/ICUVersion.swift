import CICU

/// The system ICU's version ("72.1"): data derived from ICU (transliterations, tables) is
/// cached under it, so an ICU upgrade never serves the old answers.
public enum ICUVersion {
    public static let string: String = {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}
