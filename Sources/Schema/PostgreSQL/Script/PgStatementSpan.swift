/// One statement of a script, as byte offsets into the file.
struct PgStatementSpan: Equatable {
    /// Where the splitter says the statement starts (comments and white space before it included).
    let start: Int
    /// Just past the statement's last byte; the terminating `;` is not included.
    let end: Int
    /// The statement's first significant byte (its first keyword).
    let keywordStart: Int
}
