/// Built-in prices of well-known models, used when a panelist's configuration gives none.
///
/// Checked on `PriceTable.checked` against the providers' published pricing pages (Anthropic's
/// models and pricing pages, OpenAI's pricing page, Google's Gemini model and pricing pages).
/// Prices change: a panelist's `price` in review.toml always wins, and a model not listed here has an
/// unknown cost (never zero).
public enum PriceTable {
    /// The day these prices were read.
    public static let checked = "2026-11-20"

    public static let entries: [String: Price] = [
        // Anthropic (cache hits as listed; cache writes are billed here at the input price).
        "claude-fable-5-1": Price(input: 10, output: 50, cached: 0.25),
        "claude-opus-5-5": Price(input: 4, output: 20, cached: 0.20),
        "claude-opus-5": Price(input: 5, output: 25, cached: 0.50),
        "claude-sonnet-5-5": Price(input: 2, output: 10, cached: 0.10),
        "claude-sonnet-5": Price(input: 2, output: 10, cached: 0.20),
        "claude-haiku-5-5": Price(input: 0.10, output: 0.50, cached: 0.01, maxInputTokens: 100_000),
        "claude-haiku-4-5": Price(input: 1, output: 5, cached: 0.10),
        // OpenAI (standard tier; gpt-5.5 doubles past 272K input tokens).
        "gpt-5.5": Price(input: 5, output: 30, cached: 0.50, maxInputTokens: 272_000),
        "gpt-5.4": Price(input: 2.50, output: 15, cached: 0.25),
        "gpt-5.4-mini": Price(input: 0.75, output: 4.50, cached: 0.075),
        "gpt-5.4-nano": Price(input: 0.20, output: 1.25, cached: 0.02),
        // Google Gemini (paid tier).
        "gemini-3.6-flash": Price(input: 1.50, output: 7.50, cached: 0.15),
        "gemini-3.5-flash-lite": Price(input: 0.30, output: 2.50, cached: 0.03),
        "gemini-3.1-pro-preview": Price(input: 2, output: 12, cached: 0.20, maxInputTokens: 200_000),
    ]

    /// The price of `model`: an exact entry, or an entry followed by a dated snapshot suffix
    /// (`claude-sonnet-5-5-20261001`, `gpt-5.5-2026-09-01`). A `models/` prefix is ignored.
    public static func price(for model: String) -> Price? {
        var name = model.lowercased()
        if name.hasPrefix("models/") { name.removeFirst("models/".count) }
        if let exact = entries[name] { return exact }
        // Longest name first, so `claude-sonnet-5-5-…` is never read as `claude-sonnet-5` plus a suffix.
        for key in entries.keys.sorted(by: { $0.count > $1.count }) where name.hasPrefix(key + "-") {
            if isDateSuffix(name.dropFirst(key.count + 1)) { return entries[key] }
        }
        return nil
    }

    /// `20261001` or `2026-10-01`.
    private static func isDateSuffix(_ suffix: Substring) -> Bool {
        let digits = suffix.filter(\.isNumber)
        guard digits.count == 8 else { return false }
        return suffix.count == 8 || (suffix.count == 10 && suffix.split(separator: "-").map(\.count) == [4, 2, 2])
    }
}
