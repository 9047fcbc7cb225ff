import Foundation
import ModelClients

/// What asking the panel about one prepared review costs at most, before anything is sent: each panelist's
/// prompt estimated at 4 bytes a token plus its full `max_tokens` of output, at its price. `--dry-run` prints
/// it; `review audit` sums it over the items it will ask, to compare with `--budget` and `--max-tokens`.
public struct CostEstimate: Sendable {
    public struct Line: Sendable {
        public var panelist: Panelist
        public var inputTokens: Int
        public var outputTokens: Int
        /// Nil when the model has no known price.
        public var costUSD: Double?
    }

    public var lines: [Line]

    public init(_ prepared: PreparedReview, panel: Panel) {
        lines = panel.panelists.map { panelist in
            let input = prepared.prompts[panelist.role]?.estimatedTokens ?? 0
            let price = panelist.price ?? PriceTable.price(for: panelist.model)
            return Line(panelist: panelist, inputTokens: input, outputTokens: panelist.maxTokens,
                        costUSD: price?.cost(of: TokenUsage(input: input, output: panelist.maxTokens)))
        }
    }

    /// The most it costs, over the panelists with a known price.
    public var costUSD: Double { lines.compactMap(\.costUSD).reduce(0, +) }
    /// Input plus output tokens, at most.
    public var tokens: Int { lines.reduce(0) { $0 + $1.inputTokens + $1.outputTokens } }
    /// Panelists whose cost is unknown.
    public var unknown: [String] { lines.filter { $0.costUSD == nil }.map(\.panelist.name) }
}
