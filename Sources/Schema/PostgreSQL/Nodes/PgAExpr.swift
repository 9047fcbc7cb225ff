/// `A_Expr`: an operator expression. `kind` says which form (AEXPR_OP, AEXPR_IN, AEXPR_LIKE, ...);
/// `location` is the operator's, not the expression's start.
struct PgAExpr: Decodable, Sendable {
    let kind: String
    let name: [PgNode]?
    let lexpr: PgNode?
    let rexpr: PgNode?
    let location: Int?
}
