/// One full-text search result: the decision, a snippet with the matched words in `[brackets]`, and the
/// bm25 rank (lower is better).
public struct SearchHit: Sendable, Hashable, Codable {
    public var decision: DecisionSummary
    public var snippet: String
    public var rank: Double
}
