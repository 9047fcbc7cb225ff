/// `CaseExpr`: `CASE [arg] WHEN ... THEN ... [ELSE ...] END`.
struct PgCaseExpr: Decodable, Sendable {
    let arg: PgNode?
    let args: [PgNode]
    let defresult: PgNode?
    let location: Int?
}
