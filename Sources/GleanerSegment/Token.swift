/// A word of a text, with what kind of thing it is and where it sits (Unicode scalar offsets).
public struct Token: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case han, latin, number, punctuation, space, other
    }

    public var text: String
    public var kind: Kind
    public var start: Int
    public var end: Int

    public init(text: String, kind: Kind, start: Int, end: Int) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
    }
}
