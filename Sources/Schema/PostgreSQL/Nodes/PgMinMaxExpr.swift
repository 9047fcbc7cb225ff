/// `MinMaxExpr`: `GREATEST(...)` (IS_GREATEST) or `LEAST(...)` (IS_LEAST).
struct PgMinMaxExpr: Decodable, Sendable {
    let op: String
    let args: [PgNode]
    let location: Int?
}
