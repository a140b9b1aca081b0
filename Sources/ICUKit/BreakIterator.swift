import CICU

/// One ICU break iterator. Opening parses rule data, so open one per thread and reuse it with
/// `setText`; `copy()` clones cheaply. Not safe to share between threads.
public final class BreakIterator {
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// ICU's word rule status ranges (UWordBreak): what kind of segment ended at a boundary.
    public enum WordStatus: Sendable, Equatable {
        case none, number, letter, kana, ideographic

        init(_ raw: Int32) {
            switch raw {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideographic
            default: self = .none
            }
        }
    }

    private let handle: UnsafeMutableRawPointer
    // Keeps the current text alive while ICU holds a pointer into it.
    private var utf16: [UInt16] = []
    private var utf8: [UInt8] = []

    public init(_ kind: Kind, locale: String = "root") throws {
        var status: Int32 = 0
        let h = cicu_break_open(kind.rawValue, locale, &status)
        try ICUError.check(status, "ubrk_open(\(kind))")
        guard let h else { throw ICUError(code: 1, operation: "ubrk_open(\(kind))") }
        handle = h
    }

    private init(handle: UnsafeMutableRawPointer) { self.handle = handle }

    deinit { cicu_break_close(handle) }

    public func copy() throws -> BreakIterator {
        var status: Int32 = 0
        let h = cicu_break_clone(handle, &status)
        try ICUError.check(status, "ubrk_clone")
        guard let h else { throw ICUError(code: 1, operation: "ubrk_clone") }
        return BreakIterator(handle: h)
    }

    /// Segments UTF-16 text; boundaries are UTF-16 offsets.
    public func setText(utf16 text: [UInt16]) throws {
        utf16 = text
        var status: Int32 = 0
        utf16.withUnsafeBufferPointer { buf in
            cicu_break_set_utf16(handle, buf.baseAddress, Int32(buf.count), &status)
        }
        try ICUError.check(status, "ubrk_setText")
    }

    /// Segments UTF-8 text without converting it; boundaries are UTF-8 byte offsets.
    public func setText(utf8 text: [UInt8]) throws {
        utf8 = text
        var status: Int32 = 0
        utf8.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                cicu_break_set_utf8(handle, chars.baseAddress, Int32(chars.count), &status)
            }
        }
        try ICUError.check(status, "ubrk_setUText")
    }

    /// Segments a caller-owned UTF-8 buffer that must stay valid until the next `setText`.
    /// For hot paths (the search tokenizer) that already hold a pointer.
    public func setText(utf8 pointer: UnsafePointer<CChar>, count: Int) throws {
        utf8 = []
        var status: Int32 = 0
        cicu_break_set_utf8(handle, pointer, Int32(count), &status)
        try ICUError.check(status, "ubrk_setUText")
    }

    public func first() -> Int { Int(cicu_break_first(handle)) }

    /// The next boundary, or nil at the end.
    public func next() -> Int? {
        let b = cicu_break_next(handle)
        return b == CICU_DONE ? nil : Int(b)
    }

    /// Rule status of the boundary last returned (for word iterators).
    public var wordStatus: WordStatus { WordStatus(cicu_break_rule_status(handle)) }

    /// Every segment as (start, end, status), in the offsets of the text that was set.
    public func segments() -> [(start: Int, end: Int, status: WordStatus)] {
        var result: [(Int, Int, WordStatus)] = []
        var start = first()
        while let end = next() {
            result.append((start, end, wordStatus))
            start = end
        }
        return result
    }
}
