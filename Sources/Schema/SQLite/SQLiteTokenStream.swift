import Foundation
import Support

/// The tokens of one statement, with the lookups the declaration parser needs.
struct SQLiteTokenStream {
    let source: SourceText
    let tokens: [SQLiteToken]

    init(source: SourceText, range: Range<Int>) {
        self.source = source
        self.tokens = source.utf8.withUnsafeBufferPointer { SQLiteTokenizer.tokens($0, in: range) }
    }

    var count: Int { tokens.count }

    func offset(_ i: Int) -> Int { i < tokens.count ? tokens[i].start : tokens.last?.end ?? 0 }

    func text(_ i: Int) -> String {
        guard i < tokens.count else { return "" }
        return source.slice(tokens[i].start..<tokens[i].end)
    }

    /// The uppercased word at `i`, or nil when it is not a bare word.
    func keyword(_ i: Int) -> String? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        return text(i).uppercased()
    }

    func isKeyword(_ i: Int, _ word: String) -> Bool { keyword(i) == word }

    func isSymbol(_ i: Int, _ symbol: Character) -> Bool {
        i < tokens.count && tokens[i].kind == .symbol && text(i) == String(symbol)
    }

    /// The name at `i` without its quotes (`"a""b"` → `a"b`, `[x]` → `x`).
    func identifier(_ i: Int) -> String {
        guard i < tokens.count else { return "" }
        let raw = text(i)
        switch tokens[i].kind {
        case .quotedIdentifier, .string:
            guard raw.count >= 2, let first = raw.first else { return raw }
            let inner = String(raw.dropFirst().dropLast())
            return first == "[" ? inner : inner.replacingEvery(String(first) + String(first), with: String(first))
        default:
            return raw
        }
    }

    /// The index of the `)` that closes the `(` at `open`, or `count` when it is missing.
    func closingParen(from open: Int) -> Int {
        var depth = 0
        var i = open
        while i < tokens.count {
            if isSymbol(i, "(") { depth += 1 }
            else if isSymbol(i, ")") {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return tokens.count
    }

    /// The index after the token at `i`, skipping a whole parenthesized group when it starts there.
    func skipTerm(_ i: Int) -> Int {
        isSymbol(i, "(") ? closingParen(from: i) + 1 : i + 1
    }

    /// The ranges between top-level commas in `range`.
    func splitByCommas(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if isSymbol(i, "(") {
                i = min(closingParen(from: i), range.upperBound)
            } else if isSymbol(i, ",") {
                parts.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    /// The source text of `range` with comments dropped and each gap between tokens made one space.
    func render(_ range: Range<Int>) -> String {
        source.render(tokens[range.clamped(to: 0..<tokens.count)])
    }
}
