/// The top of `pg_query_parse`'s JSON: `{"version": ..., "stmts": [{"stmt": {...}, "stmt_len": ...}]}`.
struct PgParseTree: Decodable, Sendable {
    struct RawStatement: Decodable, Sendable {
        let stmt: PgStatement
    }

    let stmts: [RawStatement]?
}

extension PgParseTree: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        stmts = try object.value("stmts").map { try object.decoder(at: $0).elements { try RawStatement(tape: PgJSONObject($0)) } }
    }
}

extension PgParseTree.RawStatement: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        stmt = try object.required(object.value("stmt").map { try PgStatement(tape: object.decoder(at: $0)) }, "stmt")
    }
}
