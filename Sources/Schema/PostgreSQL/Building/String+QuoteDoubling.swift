import Support

extension String {
    /// The text with every `quote` doubled, as SQL escapes a quote inside quotes: `it's` → `it''s`.
    func doublingQuote(_ quote: Character) -> String {
        replacingEvery(String(quote), with: String(quote) + String(quote))
    }
}
