/// Turns free text into an FTS5 query that cannot be a syntax error: words only, each quoted, so `"`,
/// `*`, `AND`, `NEAR(` and the like in the user's text are searched for as words, never run as operators.
struct FullTextQuery {
    /// The MATCH expression.
    let expression: String
    /// One MATCH expression per phrase of `expression`, in its order (FTS5 numbers phrases that way): what
    /// the document frequencies behind the ranking are counted with.
    let phrases: [String]

    /// Words too common to say anything about a question.
    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "our", "how", "what", "which", "should", "would", "could", "can", "does", "this",
        "that", "from", "into", "are", "was", "were", "use", "using", "per", "its", "their", "there", "then", "than",
        "about", "when", "where", "who", "why", "all", "any", "not", "but", "you", "your", "have", "has", "had", "will",
    ]

    static func words(_ text: String) -> [String] {
        var words: [String] = [], seen = Set<String>(), current = ""
        func flush() {
            if !current.isEmpty, seen.insert(current).inserted { words.append(current) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" { current.append(character) } else { flush() }
        }
        flush()
        return words
    }

    /// Every word must occur (what `review search` means).
    static func all(_ text: String) -> FullTextQuery? {
        let phrases = words(text).map(quoted)
        return phrases.isEmpty ? nil : FullTextQuery(expression: phrases.joined(separator: " "), phrases: phrases)
    }

    /// Any of the question's telling words may occur in `column`, the longest `limit` of them (what
    /// "related" means); the ranking puts those sharing more and rarer words first.
    static func any(_ text: String, in column: String, limit: Int = 5) -> FullTextQuery? {
        let telling = words(text).filter { $0.count >= 3 && !stopWords.contains($0) }
        let chosen = telling.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.prefix(limit).map { quoted($0.element) }
        return chosen.isEmpty ? nil : FullTextQuery(expression: "\(column) : (" + chosen.joined(separator: " OR ") + ")",
                                                    phrases: chosen.map { "\(column) : \($0)" })
    }

    private static func quoted(_ word: String) -> String { "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
