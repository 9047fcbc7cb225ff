/// `CaseWhen`: one `WHEN expr THEN result` of a CASE.
struct PgCaseWhen: Decodable, Sendable {
    let expr: PgNode
    let result: PgNode
    let location: Int?
}

extension PgCaseWhen: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        expr = try object.required(object.node("expr"), "expr")
        result = try object.required(object.node("result"), "result")
        location = try object.int("location")
    }
}
