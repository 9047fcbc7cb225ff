/// `RowExpr`: `ROW(a, b)` (COERCE_EXPLICIT_CALL) or `(a, b)`.
struct PgRowExpr: Decodable, Sendable {
    let args: [PgNode]?
    let rowFormat: String?
    let location: Int?

    private enum CodingKeys: String, CodingKey {
        case args, location, rowFormat = "row_format"
    }
}

extension PgRowExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        args = try object.nodes("args")
        rowFormat = try object.string("row_format")
        location = try object.int("location")
    }
}
