import Support

/// Finds the valid names closest to a mistyped one, for error messages that say what was probably meant.
public enum ClosestNames {
    /// Up to `limit` names from `candidates`, nearest first: by edit distance, with names that contain the
    /// input (or are contained in it) counted as near.
    public static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = input.lowercased()
        let scored: [(name: String, distance: Int)] = candidates.map { candidate in
            let lowered = candidate.lowercased()
            var distance = editDistance(needle, lowered)
            if lowered.contains(needle) || needle.contains(lowered) {
                distance = min(distance, max(1, abs(lowered.count - needle.count) / 4))
            }
            return (candidate, distance)
        }
        let tolerance = max(2, needle.count / 3)
        return scored.filter { $0.distance <= tolerance }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit).map(\.name)
    }

    /// "did you mean a, b?" or "valid ones: ..." when nothing is close.
    public static func suggestion(for input: String, among candidates: [String], noun: String) -> String {
        let near = closest(to: input, among: candidates)
        if near.isEmpty {
            return candidates.count <= 8 ? "valid \(noun)s: \(candidates.joined(separator: ", "))" : "no \(noun) is close"
        }
        return "did you mean \(near.joined(separator: ", "))?"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        EditDistance.distance(a, b)
    }
}
