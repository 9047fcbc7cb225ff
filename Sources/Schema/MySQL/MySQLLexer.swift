/// One token of MySQL text, as byte offsets into the file.
struct MySQLToken: Equatable, SourceSpan {
    enum Kind: Equatable {
        /// A bare word: a keyword, an unquoted identifier, or a number-led identifier such as `1st`.
        case word
        /// `` `name` `` (a doubled backtick is a backtick).
        case backtick
        /// `"text"`: a string, or an identifier under ANSI_QUOTES; the parser decides by context.
        case doubleQuoted
        /// `'text'`, with backslash escapes and doubled quotes.
        case string
        case number
        /// Any other single byte: `(`, `)`, `,`, `.`, `=`, `@`, operators.
        case symbol
    }

    var kind: Kind
    var start: Int
    var end: Int
}

/// Splits MySQL text into statements and tokens the way the `mysql` client and server do:
/// `'...'`, `"..."` and `` `...` `` quoting with escapes; `-- `, `#` and `/* */` comments;
/// `/*!NNNNN ... */` (and MariaDB `/*M!NNNNNN ... */`) version comments whose content is read as code;
/// and the client's `DELIMITER xx` command, after which statements end at `xx` instead of `;`.
///
/// A reader asks for a statement with `beginStatement()`, then either pulls its tokens with `next()`
/// or drops the rest cheaply with `skipStatement()` (a byte scan that creates no tokens).
struct MySQLLexer {
    let bytes: [UInt8]
    private(set) var position = 0
    private(set) var delimiter: [UInt8] = [UInt8(ascii: ";")]
    private var inVersionComment = false
    /// Whether the current statement has reached its delimiter (or the end of the text).
    private(set) var statementEnded = true
    /// Where a quote or a block comment that never closes starts: it swallowed the rest of the text.
    var unclosed: Int?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Moves to the first token of the next statement, obeying any `DELIMITER` commands on the way.
    /// Returns false at the end of the text.
    mutating func beginStatement() -> Bool {
        while true {
            skipTrivia()
            guard position < bytes.count else { return false }
            if matchesDelimiter(at: position) {
                position += delimiter.count  // an empty statement
                continue
            }
            if isDelimiterCommand(at: position) {
                readDelimiterCommand()
                continue
            }
            statementEnded = false
            return true
        }
    }

    /// The next token of the current statement, or nil when the statement has ended (its delimiter
    /// is consumed).
    mutating func next() -> MySQLToken? {
        guard !statementEnded else { return nil }
        skipTrivia()
        guard position < bytes.count else {
            statementEnded = true
            return nil
        }
        if matchesDelimiter(at: position) {
            position += delimiter.count
            statementEnded = true
            return nil
        }
        let start = position
        let c = bytes[position]
        let kind: MySQLToken.Kind
        switch c {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            skipQuoted(c)
            kind = c == UInt8(ascii: "'") ? .string : .doubleQuoted
        case UInt8(ascii: "`"):
            skipQuoted(c)
            kind = .backtick
        default:
            if SQLByte.isWordByte(c) {
                var allDigits = true
                while position < bytes.count, SQLByte.isWordByte(bytes[position]), !(position > start && matchesDelimiter(at: position)) {
                    if !SQLByte.isDigit(bytes[position]) { allDigits = false }
                    position += 1
                }
                kind = allDigits ? .number : .word
                if allDigits { scanFraction() }
            } else if c == UInt8(ascii: "."), position + 1 < bytes.count, SQLByte.isDigit(bytes[position + 1]) {
                scanFraction()
                kind = .number
            } else {
                position += 1
                kind = .symbol
            }
        }
        return MySQLToken(kind: kind, start: start, end: position)
    }

    /// Drops the rest of the current statement.
    mutating func skipStatement() {
        guard !statementEnded else { return }
        let first = delimiter[0]
        let singleSemicolon = delimiter == [UInt8(ascii: ";")]
        while position < bytes.count {
            let c = bytes[position]
            if c == first, singleSemicolon || matchesDelimiter(at: position) {
                position += delimiter.count
                statementEnded = true
                return
            }
            switch c {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                skipQuoted(c)
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "*"):
                if !skipComment() { position += 1 }
            default:
                position += 1
            }
        }
        statementEnded = true
    }

    // MARK: - Trivia

    /// Skips whitespace, comments, the opening of version comments and their closing `*/`.
    private mutating func skipTrivia() {
        while position < bytes.count {
            let c = bytes[position]
            if SQLByte.isSpace(c) {
                position += 1
            } else if !skipComment() {
                return
            }
        }
    }

    /// Skips one comment (or a version comment's opening or closing) at `position`; false when there is none.
    private mutating func skipComment() -> Bool {
        let c = bytes[position]
        let next: UInt8 = position + 1 < bytes.count ? bytes[position + 1] : 0
        if c == UInt8(ascii: "#") || (c == UInt8(ascii: "-") && next == UInt8(ascii: "-") && isCommentDash(at: position + 2)) {
            while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            return true
        }
        if c == UInt8(ascii: "*"), next == UInt8(ascii: "/"), inVersionComment {
            inVersionComment = false
            position += 2
            return true
        }
        guard c == UInt8(ascii: "/"), next == UInt8(ascii: "*") else { return false }
        var i = position + 2
        if i < bytes.count, bytes[i] == UInt8(ascii: "M"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "!") { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "!") {
            // A version comment: its content is code.
            i += 1
            while i < bytes.count, SQLByte.isDigit(bytes[i]) { i += 1 }
            inVersionComment = true
            position = i
            return true
        }
        while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
        if i + 1 >= bytes.count, unclosed == nil { unclosed = position }
        position = min(i + 2, bytes.count)
        return true
    }

    /// Moves past the quoted text at `position`, noting where it starts when it is never closed.
    private mutating func skipQuoted(_ quote: UInt8) {
        if let end = Self.closingQuote(bytes, from: position + 1, quote: quote, backslashEscapes: quote != UInt8(ascii: "`")) {
            position = end
        } else {
            if unclosed == nil { unclosed = position }
            position = bytes.count
        }
    }

    /// `--` starts a comment only when followed by whitespace, a control character or the end.
    private func isCommentDash(at i: Int) -> Bool {
        i >= bytes.count || bytes[i] <= 0x20
    }

    private mutating func scanFraction() {
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), SQLByte.isDigit(bytes[position + 1]) {
            position += 1
            while position < bytes.count, SQLByte.isDigit(bytes[position]) { position += 1 }
        }
        if position + 1 < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            var i = position + 1
            if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if i < bytes.count, SQLByte.isDigit(bytes[i]) {
                position = i
                while position < bytes.count, SQLByte.isDigit(bytes[position]) { position += 1 }
            }
        }
    }

    // MARK: - DELIMITER

    private func matchesDelimiter(at i: Int) -> Bool {
        guard i + delimiter.count <= bytes.count else { return false }
        for (k, byte) in delimiter.enumerated() where bytes[i + k] != byte { return false }
        return true
    }

    /// `DELIMITER` (any case) followed by a space or tab, at the start of a statement.
    private func isDelimiterCommand(at i: Int) -> Bool {
        let word = Array("delimiter".utf8)
        guard i + word.count < bytes.count else { return false }
        for (k, byte) in word.enumerated() where bytes[i + k] | 0x20 != byte { return false }
        let after = bytes[i + word.count]
        return after == 0x20 || after == 0x09
    }

    /// Reads `DELIMITER xx`: the new delimiter is the first run of non-blank bytes on the line.
    private mutating func readDelimiterCommand() {
        position += "delimiter".utf8.count
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        let start = position
        while position < bytes.count, bytes[position] > 0x20 { position += 1 }
        if position > start { delimiter = Array(bytes[start..<position]) }
        while position < bytes.count, bytes[position] != 0x0A { position += 1 }
    }

    // MARK: - Bytes

    /// The offset just past the closing quote, or nil when the text ends first.
    static func closingQuote(_ bytes: [UInt8], from start: Int, quote: UInt8, backslashEscapes: Bool) -> Int? {
        var i = start
        while i < bytes.count {
            let c = bytes[i]
            if backslashEscapes, c == UInt8(ascii: "\\") {
                i += 2
            } else if c == quote {
                if i + 1 < bytes.count, bytes[i + 1] == quote { i += 2; continue }
                return i + 1
            } else {
                i += 1
            }
        }
        return nil
    }
}
