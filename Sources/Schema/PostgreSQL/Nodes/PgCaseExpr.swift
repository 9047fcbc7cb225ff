/// `CaseExpr`: `CASE [arg] WHEN ... THEN ... [ELSE ...] END`.
struct PgCaseExpr: Decodable, Sendable {
    let arg: PgNode?
    let args: [PgNode]
    let defresult: PgNode?
    let location: Int?
}

extension PgCaseExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        arg = try object.node("arg")
        args = try object.required(object.nodes("args"), "args")
        defresult = try object.node("defresult")
        location = try object.int("location")
    }
}
