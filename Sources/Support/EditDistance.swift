/// Levenshtein distance, for "did you mean" lists (rule ids, databases, requirements).
public enum EditDistance {
    /// The number of single-element insertions, deletions and substitutions that turn `a` into `b`: pass
    /// strings to compare characters, or their `utf8` views to compare bytes.
    public static func distance<C: Collection>(_ a: C, _ b: C) -> Int where C.Element: Equatable {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
