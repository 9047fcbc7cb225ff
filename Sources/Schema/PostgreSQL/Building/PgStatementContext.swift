/// One parsed statement's place in the file: turns libpg_query's locations (byte offsets into the
/// statement) into file locations, and takes text from the source where the tree is not enough (a
/// type as written, an expression the deparser does not know).
struct PgStatementContext {
    let source: SourceText
    /// Where the text given to the parser starts in the file: node locations count from here. The
    /// statement's own start when it was parsed alone; the start of its chunk when it was parsed with
    /// the statements around it.
    let base: Int
    /// The statement's first keyword.
    let start: Int
    /// Just past the statement's last byte.
    let end: Int
    let lexer: PgLexer
    let deparser = PgDeparser()

    init(source: SourceText, base: Int, start: Int, end: Int) {
        self.source = source
        self.base = base
        self.start = start
        self.end = end
        self.lexer = PgLexer(bytes: source.utf8, end: end)
    }

    /// The file location of a node location (the statement's start when the node has none).
    func location(_ nodeLocation: Int?) -> SourceLocation {
        guard let nodeLocation, nodeLocation >= 0 else { return statementLocation }
        return source.location(ofByte: base + nodeLocation)
    }

    var statementLocation: SourceLocation { source.location(ofByte: start) }

    /// Words that end a column's type or default: the column constraint keywords, and USING of
    /// ALTER COLUMN TYPE.
    static let columnClauseStops: Set<String> = [
        "NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "GENERATED", "COLLATE",
        "USING", "STORAGE", "COMPRESSION", "DEFERRABLE", "INITIALLY",
    ]

    /// The type as written at `nodeLocation`, white space and comments collapsed to single spaces.
    func typeText(at nodeLocation: Int?) -> String {
        guard let nodeLocation else { return "" }
        let from = base + nodeLocation
        return slice(from, lexer.clauseEnd(from: from, stopWords: Self.columnClauseStops))
    }

    /// The expression's SQL: deparsed when every node in it is known, else its text in the source,
    /// from its first token to the first `,`, `)` or `;` outside parentheses or one of `stopWords`.
    func expressionText(_ node: PgNode, stopWords: Set<String> = []) -> String {
        if let text = deparser.deparse(node) { return text }
        guard let nodeStart = node.startLocation else { return "" }
        // Opening parentheses before the first token belong to the expression; the scan balances them.
        var from = base + nodeStart
        var probe = from
        while probe > start {
            let c = source.utf8[probe - 1]
            if c == UInt8(ascii: "(") { from = probe - 1 } else if !(c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D) { break }
            probe -= 1
        }
        return slice(from, lexer.clauseEnd(from: from, stopWords: stopWords))
    }

    /// The source between two file offsets, with each run of white space and comments made one space.
    func slice(_ from: Int, _ to: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(to - from, 0))
        var position = from
        var previousEnd = from
        while position < to, let token = lexer.token(at: position), token.end <= to {
            if !bytes.isEmpty, token.start > previousEnd { bytes.append(0x20) }
            bytes.append(contentsOf: source.utf8[token.start..<token.end])
            previousEnd = token.end
            position = token.end
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
