/// `BoolExpr`: AND_EXPR, OR_EXPR (two or more arguments) or NOT_EXPR.
struct PgBoolExpr: Decodable, Sendable {
    let boolop: String
    let args: [PgNode]
    let location: Int?
}

extension PgBoolExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        boolop = try object.required(object.string("boolop"), "boolop")
        args = try object.required(object.nodes("args"), "args")
        location = try object.int("location")
    }
}
