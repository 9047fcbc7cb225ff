/// `NamedArgExpr`: `name => value` in a function call.
struct PgNamedArgExpr: Decodable, Sendable {
    let arg: PgNode
    let name: String
    let location: Int?
}
