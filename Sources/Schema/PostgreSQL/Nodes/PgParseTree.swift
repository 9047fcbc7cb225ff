/// The top of `pg_query_parse`'s JSON: `{"version": ..., "stmts": [{"stmt": {...}, "stmt_len": ...}]}`.
struct PgParseTree: Decodable, Sendable {
    struct RawStatement: Decodable, Sendable {
        let stmt: PgStatement
    }

    let stmts: [RawStatement]?
}
