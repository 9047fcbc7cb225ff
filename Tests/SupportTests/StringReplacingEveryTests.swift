import Foundation
import Support
import Testing

/// `replacingEvery` stands in for Foundation's `replacingOccurrences(of:with:)` in the readers: the same
/// results on the texts they replace in, and on texts that could trip a byte-level search.
@Suite struct StringReplacingEveryTests {
    static let cases: [(String, String, String)] = [
        ("it's", "'", "''"), ("no quote", "'", "''"), ("''''", "'", "''"), ("", "'", "''"),
        ("a\"\"b\"\"\"\"c\"", "\"\"", "\""), ("\"\"\"", "\"\"", "\""), ("x``y`", "``", "`"),
        ("set null", " ", "-"), ("public.orders.id", ".", "_"), ("naïve 'é' — ''", "'", "''"),
        ("日本'語'", "'", "''"), ("😀''😀", "''", "'"), ("aaa", "aa", "b"), ("abc", "", "x"),
    ]

    @Test func sameAsFoundation() {
        for (text, target, replacement) in Self.cases {
            let expected = target.isEmpty ? text : text.replacingOccurrences(of: target, with: replacement)
            #expect(text.replacingEvery(target, with: replacement) == expected, "\(text) \(target) -> \(replacement)")
        }
    }
}
