/// A small tokenizer over PostgreSQL source bytes, for the places where the reader looks at the text
/// itself rather than at libpg_query's tree: classifying statements by their leading keywords, finding
/// where a type name or an expression ends (node locations give only starts), and spotting `OWNER TO`.
///
/// It knows what matters for finding token boundaries: `--` and nested `/* */` comments, `'...'` strings
/// (with `''`, and backslash escapes after `E`), `"..."` identifiers and `$tag$...$tag$` bodies.
struct PgLexer {
    let bytes: [UInt8]
    /// Offsets at or past `end` are not read.
    let end: Int

    init(bytes: [UInt8], end: Int? = nil) {
        self.bytes = bytes
        self.end = min(end ?? bytes.count, bytes.count)
    }

    /// The offset of the first byte at or after `start` that is neither white space nor in a comment.
    func skipTrivia(from start: Int) -> Int {
        var i = start
        while i < end {
            let c = bytes[i]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                i += 1
            } else if c == UInt8(ascii: "-"), i + 1 < end, bytes[i + 1] == UInt8(ascii: "-") {
                i += 2
                while i < end, bytes[i] != 0x0A { i += 1 }
            } else if c == UInt8(ascii: "/"), i + 1 < end, bytes[i + 1] == UInt8(ascii: "*") {
                i = skipBlockComment(from: i)
            } else {
                return i
            }
        }
        return end
    }

    /// The token that starts at the first significant byte at or after `start`, or nil at the end.
    func token(at start: Int) -> PgToken? {
        let i = skipTrivia(from: start)
        guard i < end else { return nil }
        let c = bytes[i]
        if c == UInt8(ascii: "'") {
            return PgToken(kind: .string, start: i, end: skipString(from: i, backslashEscapes: false))
        }
        if c == UInt8(ascii: "\"") {
            return PgToken(kind: .quotedIdentifier, start: i, end: skipQuoted(from: i, quote: c))
        }
        if c == UInt8(ascii: "$"), let close = dollarQuoteEnd(from: i) {
            return PgToken(kind: .string, start: i, end: close)
        }
        if Self.isIdentifierStart(c) {
            var j = i + 1
            while j < end, Self.isIdentifierPart(bytes[j]) { j += 1 }
            // E'...', B'...', X'...', U&'...': a prefixed string literal.
            if j < end, bytes[j] == UInt8(ascii: "'"), j - i == 1 {
                let escapes = c == UInt8(ascii: "E") || c == UInt8(ascii: "e")
                return PgToken(kind: .string, start: i, end: skipString(from: j, backslashEscapes: escapes))
            }
            return PgToken(kind: .word, start: i, end: j)
        }
        if Self.isDigit(c) || (c == UInt8(ascii: ".") && i + 1 < end && Self.isDigit(bytes[i + 1])) {
            var j = i + 1
            while j < end, Self.isIdentifierPart(bytes[j]) || bytes[j] == UInt8(ascii: ".") { j += 1 }
            return PgToken(kind: .number, start: i, end: j)
        }
        return PgToken(kind: .punctuation(c), start: i, end: i + 1)
    }

    /// Whether `token` is the word `keyword` (given in upper case), ignoring case.
    func isWord(_ token: PgToken, _ keyword: StaticString) -> Bool {
        guard case .word = token.kind, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        let pointer = keyword.utf8Start
        for k in 0..<keyword.utf8CodeUnitCount where bytes[token.start + k] & 0xDF != pointer[k] & 0xDF {
            return false
        }
        return true
    }

    /// The upper-cased text of a word token (for labels and look-ups).
    func upperWord(_ token: PgToken) -> String {
        let count = token.end - token.start
        return String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                let c = bytes[token.start + k]
                buffer[k] = c >= 0x61 && c <= 0x7A ? c - 0x20 : c
            }
            return count
        }
    }

    /// The offset just past the expression or clause that starts at `start`: the first `,`, `)`, `;` at
    /// parenthesis depth 0, a word in `stopWords` (upper case) at depth 0, or the end.
    func clauseEnd(from start: Int, stopWords: Set<String>) -> Int {
        var depth = 0
        var position = start
        var lastEnd = start
        while let token = token(at: position) {
            switch token.kind {
            case .punctuation(let c) where c == UInt8(ascii: "(") || c == UInt8(ascii: "["):
                depth += 1
            case .punctuation(let c) where c == UInt8(ascii: ")") || c == UInt8(ascii: "]"):
                if depth == 0 { return lastEnd }
                depth -= 1
            case .punctuation(let c) where (c == UInt8(ascii: ",") || c == UInt8(ascii: ";")) && depth == 0:
                return lastEnd
            case .word where depth == 0 && !stopWords.isEmpty && stopWords.contains(upperWord(token)):
                return lastEnd
            default:
                break
            }
            lastEnd = token.end
            position = token.end
        }
        return lastEnd
    }

    /// The offset just past the `)` that closes the `(` at `open`, or nil when it is not closed.
    func matchingParenthesis(_ open: Int) -> Int? {
        var depth = 0
        var position = open
        while let token = token(at: position) {
            if case .punctuation(let c) = token.kind {
                if c == UInt8(ascii: "(") { depth += 1 }
                if c == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return token.end }
                }
            }
            position = token.end
        }
        return nil
    }

    // MARK: - Pieces

    private func skipBlockComment(from start: Int) -> Int {
        var depth = 0
        var i = start
        while i + 1 < end {
            if bytes[i] == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "*") {
                depth += 1
                i += 2
            } else if bytes[i] == UInt8(ascii: "*"), bytes[i + 1] == UInt8(ascii: "/") {
                depth -= 1
                i += 2
                if depth == 0 { return i }
            } else {
                i += 1
            }
        }
        return end
    }

    private func skipString(from quote: Int, backslashEscapes: Bool) -> Int {
        var i = quote + 1
        while i < end {
            let c = bytes[i]
            if backslashEscapes, c == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if c == UInt8(ascii: "'") {
                if i + 1 < end, bytes[i + 1] == UInt8(ascii: "'") { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return end
    }

    private func skipQuoted(from quote: Int, quote q: UInt8) -> Int {
        var i = quote + 1
        while i < end {
            if bytes[i] == q {
                if i + 1 < end, bytes[i + 1] == q { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return end
    }

    /// For `$tag$ ... $tag$` starting at `start`: the offset past the closing tag.
    private func dollarQuoteEnd(from start: Int) -> Int? {
        var j = start + 1
        while j < end, bytes[j] != UInt8(ascii: "$") {
            guard Self.isIdentifierPart(bytes[j]), !(j == start + 1 && Self.isDigit(bytes[j])) else { return nil }
            j += 1
        }
        guard j < end else { return nil }
        let tag = bytes[start...j]
        var i = j + 1
        while i < end {
            if bytes[i] == UInt8(ascii: "$"), i + tag.count <= end, bytes[i..<(i + tag.count)].elementsEqual(tag) {
                return i + tag.count
            }
            i += 1
        }
        return end
    }

    static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == UInt8(ascii: "_") || c >= 0x80
    }

    static func isIdentifierPart(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || isDigit(c) || c == UInt8(ascii: "$")
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
