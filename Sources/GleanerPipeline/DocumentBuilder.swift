import GleanerModel
import GleanerRepair

/// Snapshot → Document: decode the bytes (or take the text a producer supplied), repair the
/// text (every change kept as an Edit), then split paragraphs. Later stages (repair, extraction) hook in here, value in, value out.
public struct DocumentBuilder: Sendable {
    public var decoder = ByteDecoder()
    /// The repair stage; nil stores the decoded text as it is.
    public var repairer: Repairer?

    public init(repairer: Repairer? = nil) {
        self.repairer = repairer
    }

    public func build(_ snapshot: Snapshot) throws -> Document {
        var text: String
        let decision: CharsetDecision
        if let provided = snapshot.providedText {
            text = provided
            decision = CharsetDecision(charset: "UTF-8", reason: .provided)
        } else {
            (text, decision) = try decoder.decode(snapshot.bytes)
        }
        var edits: [Edit] = []
        if let repairer {
            let result = repairer.repair(text)
            text = result.text
            edits = result.log.edits
        }
        let paragraphs = Paragraph.split(text)
        let title = snapshot.providedTitle ?? paragraphs.first.map { String($0.text.prefix(200)) }
        return Document(title: title, text: text, paragraphs: paragraphs, charset: decision, edits: edits)
    }
}
