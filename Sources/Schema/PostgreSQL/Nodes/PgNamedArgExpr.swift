/// `NamedArgExpr`: `name => value` in a function call.
struct PgNamedArgExpr: Decodable, Sendable {
    let arg: PgNode
    let name: String
    let location: Int?
}

extension PgNamedArgExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        arg = try object.required(object.node("arg"), "arg")
        name = try object.required(object.string("name"), "name")
        location = try object.int("location")
    }
}
