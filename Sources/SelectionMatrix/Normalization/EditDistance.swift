import Support

/// Levenshtein distance, for "did you mean" lists of databases and requirements.
enum EditDistance {
    /// The number of single-byte insertions, deletions and substitutions that turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        Support.EditDistance.distance(a.utf8, b.utf8)
    }

    /// The `limit` names whose spellings are closest to `text`: `spellings[i]` are the ways to write
    /// `names[i]`, compared squashed. Ties keep the order of `names`.
    static func closest(to text: String, among spellings: [[String]], names: [String], limit: Int = 3) -> [String] {
        let query = NameIndex.squash(text)
        let scored = zip(spellings, names).enumerated().map { index, pair in
            let best = pair.0.map { spelling -> Int in
                let candidate = NameIndex.squash(spelling)
                // A name that starts with what was typed ("postgre") is as close as a one-letter slip.
                if !query.isEmpty, candidate.hasPrefix(query) || query.hasPrefix(candidate) {
                    return min(1, distance(query, candidate))
                }
                return distance(query, candidate)
            }.min() ?? Int.max
            return (best, index, pair.1)
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
    }
}
