/// `CoalesceExpr`: `COALESCE(a, b, ...)`.
struct PgCoalesceExpr: Decodable, Sendable {
    let args: [PgNode]
    let location: Int?
}

extension PgCoalesceExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        args = try object.required(object.nodes("args"), "args")
        location = try object.int("location")
    }
}
