/// `NullTest`: `arg IS [NOT] NULL`.
struct PgNullTest: Decodable, Sendable {
    let arg: PgNode?
    let nulltesttype: String
    let location: Int?
}

extension PgNullTest: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        arg = try object.node("arg")
        nulltesttype = try object.required(object.string("nulltesttype"), "nulltesttype")
        location = try object.int("location")
    }
}
