/// `CaseWhen`: one `WHEN expr THEN result` of a CASE.
struct PgCaseWhen: Decodable, Sendable {
    let expr: PgNode
    let result: PgNode
    let location: Int?
}
