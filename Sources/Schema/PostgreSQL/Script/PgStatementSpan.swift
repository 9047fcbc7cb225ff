/// One statement of a script, as byte offsets into the file.
struct PgStatementSpan: Equatable {
    /// Where the splitter says the statement starts (comments and white space before it included).
    let start: Int
    /// Just past the statement's last byte; the terminating `;` is not included.
    let end: Int
    /// The statement's first significant byte (its first keyword).
    let keywordStart: Int
}

extension PgStatementSpan {
    /// The span of a statement libpg_query placed at `location` with `length` (0: up to `limit`) in a text
    /// that starts at `offset` in the file, as its split and its parse both report statements; nil when the
    /// statement holds nothing but white space and comments.
    init?(location: Int, length: Int, offset: Int, limit: Int, lexer: PgLexer) {
        let start = offset + location
        let end = length == 0 ? limit : start + length
        let keyword = lexer.skipTrivia(from: start)
        guard keyword < end else { return nil }
        self.init(start: start, end: end, keywordStart: keyword)
    }
}
