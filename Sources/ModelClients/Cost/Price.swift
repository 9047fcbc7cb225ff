/// US dollars per million tokens.
public struct Price: Sendable, Hashable, Codable {
    public var input: Double
    public var output: Double
    /// Cache reads; nil bills cached tokens at the input price.
    public var cached: Double?
    /// Prompts above this many input tokens are billed at a higher tier this table does not hold:
    /// their cost is reported unknown rather than wrong.
    public var maxInputTokens: Int?

    public init(input: Double, output: Double, cached: Double? = nil, maxInputTokens: Int? = nil) {
        self.input = input
        self.output = output
        self.cached = cached
        self.maxInputTokens = maxInputTokens
    }

    /// The cost of `usage`, or nil when a count it needs is missing or the prompt is past the tier.
    public func cost(of usage: TokenUsage) -> Double? {
        guard let input = usage.input, let output = usage.output else { return nil }
        if let maxInputTokens, input > maxInputTokens { return nil }
        let cachedTokens = min(usage.cached ?? 0, input)
        let fresh = Double(input - cachedTokens) * self.input
        let cachedCost = Double(cachedTokens) * (self.cached ?? self.input)
        return (fresh + cachedCost + Double(output) * self.output) / 1_000_000
    }
}
