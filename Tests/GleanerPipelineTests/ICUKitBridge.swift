import GleanerRepair
import ICUKit

/// Re-encoding helper for tests that write seed text in other charsets.
enum ICUKitBridge {
    static func encode(_ text: String, _ charset: String) throws -> [UInt8]? {
        try CharsetConverter.encode(text, charset: charset)
    }
}
