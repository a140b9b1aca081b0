import GleanerModel
import GleanerRepair

/// Snapshot → Document: decode the bytes (or take the text a producer supplied), then split
/// paragraphs. Later stages (repair, extraction) hook in here, value in, value out.
public struct DocumentBuilder: Sendable {
    public var decoder = ByteDecoder()

    public init() {}

    public func build(_ snapshot: Snapshot) throws -> Document {
        let text: String
        let decision: CharsetDecision
        if let provided = snapshot.providedText {
            text = provided
            decision = CharsetDecision(charset: "UTF-8", reason: .provided)
        } else {
            (text, decision) = try decoder.decode(snapshot.bytes)
        }
        let paragraphs = Paragraph.split(text)
        let title = snapshot.providedTitle ?? paragraphs.first.map { String($0.text.prefix(200)) }
        return Document(title: title, text: text, paragraphs: paragraphs, charset: decision)
    }
}
