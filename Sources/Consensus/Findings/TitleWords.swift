/// The words of a finding's title that carry its meaning, for comparing titles.
enum TitleWords {
    private static let stopWords: Set<String> = [
        "a", "an", "the", "of", "on", "in", "for", "to", "and", "or", "is", "are", "be", "no", "not", "with",
        "without", "column", "columns", "table", "tables", "field", "should", "consider", "use", "using", "has",
        "have", "missing", "lacks", "lack", "could", "may", "this", "that", "its",
    ]

    static func of(_ title: String) -> Set<String> {
        let words = DecisionField.slug(title).split(separator: "-").map { stem(String($0)) }
        return Set(words.filter { !stopWords.contains($0) && !$0.isEmpty })
    }

    /// Jaccard similarity; two empty sets are identical.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// A light stem so that "indexes", "indexed", "index" and "indices" meet.
    static func stem(_ word: String) -> String {
        if word == "indices" { return "index" }
        for suffix in ["ing", "es", "ed", "s"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}
