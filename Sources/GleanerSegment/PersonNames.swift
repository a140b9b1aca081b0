import GleanerModel

/// Chinese personal names the word list cannot know (游景玉, 刘积仁, 李國章): a surname
/// followed by one or two given-name characters that the word path left as single characters.
/// The characters come from lexicons/name-chars-zh.tsv (jieba's person names); a character that
/// is mostly a word of its own (是, 说, 的) is no given-name character, so 王|说 stays apart.
public struct PersonNames: Sendable {
    let surnames: CharacterTable
    let givenNames: CharacterTable

    public init(surnames: String, givenNames: String) {
        self.surnames = CharacterTable(surnames)
        self.givenNames = CharacterTable(givenNames)
    }

    /// No names joined.
    public static let none = PersonNames(surnames: "", givenNames: "")

    public static func load() throws -> PersonNames {
        let file = try LexiconFile(named: "name-chars-zh.tsv")
        let char = try file.column("char"), role = try file.column("role")
        var surnames = "", given = ""
        for row in file.rows {
            switch row[role] {
            case "surname": surnames += row[char]
            case "given": given += row[char]
            default: throw LexiconFile.LoadError.malformed(file.name, "unknown role \(row[role])")
            }
        }
        return PersonNames(surnames: surnames, givenNames: given)
    }

    /// The end of a name starting at single character `i` of a path whose words end at
    /// `next[i]` (offsets relative to the run start `a`), or nil when none starts there.
    func nameEnd(_ s: [Unicode.Scalar], _ a: Int, _ i: Int, _ n: Int, _ next: UnsafeMutableBufferPointer<Int>) -> Int? {
        guard next[i] == i + 1, surnames.contains(s[a + i].value),
              i + 1 < n, next[i + 1] == i + 2, givenNames.contains(s[a + i + 1].value) else { return nil }
        if i + 2 < n, next[i + 2] == i + 3, givenNames.contains(s[a + i + 2].value) { return i + 3 }
        return i + 2
    }
}
