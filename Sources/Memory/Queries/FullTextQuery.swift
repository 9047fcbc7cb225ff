/// Turns free text into an FTS5 query that cannot be a syntax error: words only, each quoted, so `"`,
/// `*`, `AND`, `NEAR(` and the like in the user's text are searched for as words, never run as operators.
enum FullTextQuery {
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
    static func all(_ text: String) -> String? {
        let words = words(text)
        return words.isEmpty ? nil : words.map(quoted).joined(separator: " ")
    }

    /// Any of the question's telling words may occur, the longest `limit` of them (what "related" means);
    /// bm25 ranks those sharing more and rarer words first.
    static func any(_ text: String, limit: Int = 5) -> String? {
        let telling = words(text).filter { $0.count >= 3 && !stopWords.contains($0) }
        let chosen = telling.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.prefix(limit).map(\.element)
        return chosen.isEmpty ? nil : chosen.map(quoted).joined(separator: " OR ")
    }

    private static func quoted(_ word: String) -> String { "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
