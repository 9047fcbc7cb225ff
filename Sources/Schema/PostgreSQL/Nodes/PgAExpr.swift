/// `A_Expr`: an operator expression. `kind` says which form (AEXPR_OP, AEXPR_IN, AEXPR_LIKE, ...);
/// `location` is the operator's, not the expression's start.
struct PgAExpr: Decodable, Sendable {
    let kind: String
    let name: [PgNode]?
    let lexpr: PgNode?
    let rexpr: PgNode?
    let location: Int?
}

extension PgAExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        kind = try object.required(object.string("kind"), "kind")
        name = try object.nodes("name")
        lexpr = try object.node("lexpr")
        rexpr = try object.node("rexpr")
        location = try object.int("location")
    }
}
