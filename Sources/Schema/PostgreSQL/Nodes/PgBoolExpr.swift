/// `BoolExpr`: AND_EXPR, OR_EXPR (two or more arguments) or NOT_EXPR.
struct PgBoolExpr: Decodable, Sendable {
    let boolop: String
    let args: [PgNode]
    let location: Int?
}
