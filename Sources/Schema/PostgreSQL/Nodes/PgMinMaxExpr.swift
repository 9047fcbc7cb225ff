/// `MinMaxExpr`: `GREATEST(...)` (IS_GREATEST) or `LEAST(...)` (IS_LEAST).
struct PgMinMaxExpr: Decodable, Sendable {
    let op: String
    let args: [PgNode]
    let location: Int?
}

extension PgMinMaxExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        op = try object.required(object.string("op"), "op")
        args = try object.required(object.nodes("args"), "args")
        location = try object.int("location")
    }
}
