/// `CollateClause`: `arg COLLATE name`, and a column's `COLLATE name` (then without `arg`).
struct PgCollateClause: Decodable, Sendable {
    let arg: PgNode?
    let collname: [PgNode]
    let location: Int?
}
