import GRDB
import ICUKit

/// The archive's FTS5 tokenizer ("gleaner"), registered on every connection.
///
/// Chinese (and kana/Hangul) runs are indexed as overlapping character bigrams, with each
/// character's unigram at the same position: a query of n ≥ 2 characters becomes the phrase of
/// its n−1 bigrams (an exact substring match, whatever the word boundaries), and a single
/// character matches its unigram. ICU's dictionary words alone miss about 16% of 2-character
/// queries because a query can straddle two dictionary words; bigrams cannot.
/// Other text is split by ICU word breaks and folded (NFKC casefold, accents removed), so
/// `Día` = `dia` and `ＡＢＣ` = `abc`.
public final class SearchTokenizer: FTS5CustomTokenizer {
    public static let name = "gleaner"

    private let words: BreakIterator
    private var folded = [CChar](repeating: 0, count: 256)
    /// Byte offsets of the scalars of the current CJK run, plus its end (reused buffer).
    private var runOffsets: [Int32] = []

    public init(db: Database, arguments: [String]) throws {
        words = try BreakIterator(.word)
    }

    public func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let forQuery = tokenization.contains(.query)
        let n = Int(nText)
        return pText.withMemoryRebound(to: UInt8.self, capacity: n) { bytes -> CInt in
            var i = 0
            var otherStart = 0 // start of the pending non-CJK run
            while i < n {
                let (scalar, length) = Self.decode(bytes, i, n)
                guard UnicodeScript.isHan(scalar) || UnicodeScript.isOtherCJK(scalar) else {
                    i += length
                    continue
                }
                if otherStart < i {
                    let rc = emitWords(pText, from: otherStart, to: i, context, tokenCallback)
                    if rc != 0 { return rc }
                }
                // Collect the CJK run.
                runOffsets.removeAll(keepingCapacity: true)
                var j = i
                while j < n {
                    let (s, l) = Self.decode(bytes, j, n)
                    guard UnicodeScript.isHan(s) || UnicodeScript.isOtherCJK(s) else { break }
                    runOffsets.append(Int32(j))
                    j += l
                }
                runOffsets.append(Int32(j))
                let rc = emitRun(pText, forQuery: forQuery, context, tokenCallback)
                if rc != 0 { return rc }
                i = j
                otherStart = j
            }
            if otherStart < n {
                return emitWords(pText, from: otherStart, to: n, context, tokenCallback)
            }
            return 0
        }
    }

    /// Bigrams with colocated unigrams (documents) or bigrams alone (queries of 2+ characters).
    private func emitRun(_ text: UnsafePointer<CChar>, forQuery: Bool, _ context: UnsafeMutableRawPointer?,
                         _ callback: FTS5TokenCallback) -> CInt {
        let count = runOffsets.count - 1
        if count == 1 || !forQuery {
            for k in 0..<count {
                let a = runOffsets[k], b = runOffsets[k + 1]
                if k + 1 < count {
                    let c = runOffsets[k + 2]
                    var rc = callback(context, 0, text + Int(a), c - a, a, c)
                    if rc != 0 { return rc }
                    rc = callback(context, FTS5_TOKEN_COLOCATED, text + Int(a), b - a, a, b)
                    if rc != 0 { return rc }
                } else {
                    let rc = callback(context, 0, text + Int(a), b - a, a, b)
                    if rc != 0 { return rc }
                }
            }
            return 0
        }
        for k in 0..<(count - 1) {
            let a = runOffsets[k], c = runOffsets[k + 2]
            let rc = callback(context, 0, text + Int(a), c - a, a, c)
            if rc != 0 { return rc }
        }
        return 0
    }

    /// ICU words of a non-CJK run, folded; punctuation and spaces are not tokens.
    private func emitWords(_ text: UnsafePointer<CChar>, from start: Int, to end: Int,
                           _ context: UnsafeMutableRawPointer?, _ callback: FTS5TokenCallback) -> CInt {
        do {
            try words.setText(utf8: text + start, count: end - start)
        } catch {
            return 1 // SQLITE_ERROR
        }
        var a = words.first()
        while let b = words.next() {
            defer { a = b }
            if words.wordStatus == .none { continue }
            let token = UnsafeBufferPointer(start: text + start + a, count: b - a)
            let length = foldToken(token)
            if length == 0 { continue }
            let rc = folded.withUnsafeBufferPointer { buf in
                callback(context, 0, buf.baseAddress, CInt(length), CInt(start + a), CInt(start + b))
            }
            if rc != 0 { return rc }
        }
        return 0
    }

    /// ASCII tokens fold by lowercasing here; anything else goes through ICU's folding.
    private func foldToken(_ token: UnsafeBufferPointer<CChar>) -> Int {
        if token.allSatisfy({ $0 >= 0 }) {
            if folded.count < token.count { folded = [CChar](repeating: 0, count: token.count * 2) }
            for (k, c) in token.enumerated() {
                folded[k] = (c >= 65 && c <= 90) ? c + 32 : c
            }
            return token.count
        }
        return Normalizer.fold(utf8: token, into: &folded)
    }

    /// Decodes one UTF-8 scalar (value, byte length); invalid bytes count as one byte each.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 >= 0xE0, b0 < 0xF0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
        }
        if b0 >= 0xC0, b0 < 0xE0, i + 1 < n {
            return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2)
        }
        if b0 >= 0xF0, i + 3 < n {
            return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12)
                    | ((UInt32(p[i + 2]) & 0x3F) << 6) | (UInt32(p[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}

private let FTS5_TOKEN_COLOCATED: CInt = 0x0001
