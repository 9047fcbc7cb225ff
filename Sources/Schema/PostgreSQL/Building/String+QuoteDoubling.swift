import Foundation

extension String {
    /// The text with every `quote` doubled, as SQL escapes a quote inside quotes: `it's` → `it''s`.
    /// Foundation's `replacingOccurrences` copies the string through NSString even when there is nothing to
    /// replace, the usual case for names and literals; a byte check skips that.
    func doublingQuote(_ quote: Character) -> String {
        if let byte = quote.asciiValue, !utf8.contains(byte) { return self }
        return replacingOccurrences(of: String(quote), with: String(quote) + String(quote))
    }
}
