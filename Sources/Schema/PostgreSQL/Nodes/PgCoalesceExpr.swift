/// `CoalesceExpr`: `COALESCE(a, b, ...)`.
struct PgCoalesceExpr: Decodable, Sendable {
    let args: [PgNode]
    let location: Int?
}
