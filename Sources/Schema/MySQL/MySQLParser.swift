import Support
/// A statement that does not parse (or cannot be applied): the message names what was expected, the
/// offset is the byte of the token at fault.
struct MySQLSyntaxError: Error, Equatable {
    var message: String
    var offset: Int
}

/// A recursive-descent parser for the MySQL statements that define a schema. It pulls tokens from the
/// lexer on demand, so a statement it does not need (INSERT, SET, a procedure) is dropped after its
/// first words without being tokenized. The grammar lives in the `MySQLParser+...` extensions.
struct MySQLParser {
    let source: SourceText
    var lexer: MySQLLexer
    /// The tokens of the current statement read so far.
    private(set) var tokens: [MySQLToken] = []
    var position = 0

    init(source: SourceText) {
        self.source = source
        self.lexer = MySQLLexer(bytes: source.utf8)
    }

    // MARK: - Statements

    /// Moves to the next statement; false at the end of the text.
    mutating func beginStatement() -> Bool {
        tokens.removeAll(keepingCapacity: true)
        position = 0
        return lexer.beginStatement()
    }

    /// Drops whatever is left of the current statement.
    mutating func finishStatement() {
        lexer.skipStatement()
    }

    // MARK: - Looking at tokens

    /// The token `ahead` places after the current one, reading it from the lexer when needed.
    mutating func peek(_ ahead: Int = 0) -> MySQLToken? {
        while tokens.count <= position + ahead {
            guard let token = lexer.next() else { return nil }
            tokens.append(token)
        }
        return tokens[position + ahead]
    }

    func text(_ token: MySQLToken) -> String {
        source.slice(token.start..<token.end)
    }

    /// The uppercased word `ahead` places on, or nil when it is not a bare word.
    mutating func keyword(_ ahead: Int = 0) -> String? {
        guard let token = peek(ahead), token.kind == .word else { return nil }
        return text(token).uppercased()
    }

    mutating func isSymbol(_ symbol: Character, _ ahead: Int = 0) -> Bool {
        guard let token = peek(ahead), token.kind == .symbol else { return false }
        return source.utf8[token.start] == symbol.asciiValue
    }

    var atEnd: Bool {
        mutating get { peek() == nil }
    }

    /// The byte offset of the current token (or of the statement's end).
    mutating func currentOffset() -> Int {
        peek()?.start ?? tokens.last?.end ?? lexer.position
    }

    // MARK: - Consuming tokens

    @discardableResult
    mutating func advance() -> MySQLToken? {
        guard let token = peek() else { return nil }
        position += 1
        return token
    }

    /// Consumes `words` when they come next, in order.
    mutating func accept(_ words: String...) -> Bool {
        for (k, word) in words.enumerated() where keyword(k) != word { return false }
        position += words.count
        return true
    }

    mutating func acceptSymbol(_ symbol: Character) -> Bool {
        guard isSymbol(symbol) else { return false }
        position += 1
        return true
    }

    mutating func expect(_ words: String...) throws(MySQLSyntaxError) {
        for word in words {
            guard keyword() == word else { throw error(expected: word) }
            position += 1
        }
    }

    mutating func expectSymbol(_ symbol: Character) throws(MySQLSyntaxError) {
        guard acceptSymbol(symbol) else { throw error(expected: "'\(symbol)'") }
    }

    /// An error at the current token: `expected X, found 'y'`.
    mutating func error(expected what: String) -> MySQLSyntaxError {
        guard let token = peek() else {
            return MySQLSyntaxError(message: "expected \(what), found the end of the statement", offset: currentOffset())
        }
        var found = text(token)
        if found.count > 40 { found = String(found.prefix(40)) + "..." }
        return MySQLSyntaxError(message: "expected \(what), found '\(found)'", offset: token.start)
    }

    // MARK: - Names and literals

    /// An identifier: a bare word, a backticked name or a double-quoted one (ANSI_QUOTES).
    mutating func identifier(_ what: String) throws(MySQLSyntaxError) -> (name: String, offset: Int) {
        guard let token = peek() else { throw error(expected: what) }
        switch token.kind {
        case .word, .backtick, .doubleQuoted:
            position += 1
            return (unquote(token), token.start)
        default:
            throw error(expected: what)
        }
    }

    /// An identifier when one comes next.
    mutating func optionalIdentifier() -> (name: String, offset: Int)? {
        guard let token = peek(), [.word, .backtick, .doubleQuoted].contains(token.kind) else { return nil }
        position += 1
        return (unquote(token), token.start)
    }

    /// `name` or `db.name`.
    mutating func qualifiedName(_ what: String) throws(MySQLSyntaxError) -> (name: QualifiedName, offset: Int) {
        let first = try identifier(what)
        if acceptSymbol(".") {
            let second = try identifier(what)
            return (QualifiedName(schema: first.name, second.name), first.offset)
        }
        return (QualifiedName(first.name), first.offset)
    }

    /// A string literal's value, escapes decoded. Adjacent literals are concatenated, as MySQL does.
    mutating func stringLiteral(_ what: String) throws(MySQLSyntaxError) -> String {
        // A character set introducer: _utf8mb4'text', N'text'.
        if let token = peek(), token.kind == .word, let next = peek(1), next.kind == .string, next.start == token.end {
            position += 1
        }
        guard let token = peek(), token.kind == .string || token.kind == .doubleQuoted else { throw error(expected: what) }
        position += 1
        var value = unquote(token)
        while let more = peek(), more.kind == .string {
            position += 1
            value += unquote(more)
        }
        return value
    }

    mutating func integer(_ what: String) throws(MySQLSyntaxError) -> Int {
        guard let token = peek(), token.kind == .number, let value = Int(text(token)) else { throw error(expected: what) }
        position += 1
        return value
    }

    /// A token's value without its quotes: backticks doubled inside, and string escapes decoded.
    func unquote(_ token: MySQLToken) -> String {
        let raw = text(token)
        switch token.kind {
        case .backtick:
            return String(raw.dropFirst().dropLast(raw.hasSuffix("`") && raw.count > 1 ? 1 : 0)).replacingEvery("``", with: "`")
        case .string, .doubleQuoted:
            return Self.decodeString(raw)
        default:
            return raw
        }
    }

    /// Decodes a quoted MySQL string: `\n`, `\t`, `\0`, `\\`, `\'` and doubled quotes.
    static func decodeString(_ raw: String) -> String {
        var chars = Array(raw)
        guard let quote = chars.first else { return raw }
        chars.removeFirst()
        if chars.last == quote { chars.removeLast() }
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                switch chars[i + 1] {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "0": out.append("\0")
                case "Z": out.append("\u{1A}")
                case "b": out.append("\u{08}")
                case "%", "_": out.append("\\"); out.append(chars[i + 1])
                default: out.append(chars[i + 1])
                }
                i += 2
            } else if c == quote, i + 1 < chars.count, chars[i + 1] == quote {
                out.append(c)
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    // MARK: - Expressions

    /// Consumes a parenthesized group and returns the index range of the tokens inside it.
    mutating func parenthesized(_ what: String) throws(MySQLSyntaxError) -> Range<Int> {
        guard isSymbol("(") else { throw error(expected: what) }
        position += 1
        let start = position
        var depth = 1
        while true {
            guard let token = advance() else { throw error(expected: "')'") }
            guard token.kind == .symbol else { continue }
            switch source.utf8[token.start] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return start..<(position - 1) }
            default: break
            }
        }
    }

    /// Consumes a parenthesized group and returns the text inside it, rendered.
    mutating func parenthesizedText(_ what: String) throws(MySQLSyntaxError) -> String {
        // Two steps: `render(try parenthesized(...))` would render a copy of `self` taken before the call.
        let range = try parenthesized(what)
        return render(range)
    }

    /// The text of the tokens in `range`, comments dropped and each gap between tokens made one space.
    func render(_ range: Range<Int>) -> String {
        source.render(tokens[range])
    }
}
