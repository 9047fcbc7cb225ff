/// One token of SQLite SQL, as byte offsets into the file.
struct SQLiteToken: Equatable, SourceSpan {
    enum Kind: Equatable {
        /// A bare word: a keyword or an unquoted identifier.
        case word
        /// `"name"`, `[name]` or `` `name` ``.
        case quotedIdentifier
        /// `'text'`.
        case string
        case number
        /// Any other single byte: `(`, `)`, `,`, `.`, `;`, operators.
        case symbol
    }

    var kind: Kind
    var start: Int
    var end: Int
}

/// A minimal tokenizer for the statements SQLite has already accepted: it only has to find names,
/// constraint clauses and the extent of expressions, so it knows SQLite's quoting and comments and
/// nothing of its grammar. Comments are dropped.
enum SQLiteTokenizer {
    /// The tokens of `bytes[range]`, at most `limit` of them.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, limit: Int = .max) -> [SQLiteToken] {
        var tokens: [SQLiteToken] = []
        var i = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        while i < end, tokens.count < limit {
            let c = bytes[i]
            let next: UInt8 = i + 1 < end ? bytes[i + 1] : 0
            if SQLByte.isSpace(c) {
                i += 1
            } else if c == UInt8(ascii: "-"), next == UInt8(ascii: "-") {
                while i < end, bytes[i] != 0x0A { i += 1 }
            } else if c == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                i += 2
                while i < end, !(bytes[i] == UInt8(ascii: "*") && i + 1 < end && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i = min(i + 2, end)
            } else if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "`") || c == UInt8(ascii: "[") {
                let close = c == UInt8(ascii: "[") ? UInt8(ascii: "]") : c
                let stop = closingQuote(bytes, from: i + 1, end: end, quote: close)
                tokens.append(SQLiteToken(kind: c == UInt8(ascii: "'") ? .string : .quotedIdentifier, start: i, end: stop))
                i = stop
            } else if SQLByte.isDigit(c) || (c == UInt8(ascii: ".") && SQLByte.isDigit(next)) {
                var j = i + 1
                while j < end {
                    let b = bytes[j]
                    if SQLByte.isWordByte(b) || b == UInt8(ascii: ".") {
                        j += 1
                    } else if (b == UInt8(ascii: "+") || b == UInt8(ascii: "-")), bytes[j - 1] | 0x20 == UInt8(ascii: "e") {
                        j += 1
                    } else {
                        break
                    }
                }
                tokens.append(SQLiteToken(kind: .number, start: i, end: j))
                i = j
            } else if SQLByte.isWordByte(c) {
                var j = i + 1
                while j < end, SQLByte.isWordByte(bytes[j]) { j += 1 }
                tokens.append(SQLiteToken(kind: .word, start: i, end: j))
                i = j
            } else {
                tokens.append(SQLiteToken(kind: .symbol, start: i, end: i + 1))
                i += 1
            }
        }
        return tokens
    }

    /// The offset just past the closing quote (a doubled quote is an escaped one), or `end`.
    static func closingQuote(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, quote: UInt8) -> Int {
        var j = start
        while j < end {
            if bytes[j] == quote {
                if quote != UInt8(ascii: "]"), j + 1 < end, bytes[j + 1] == quote { j += 2; continue }
                return j + 1
            }
            j += 1
        }
        return end
    }
}
