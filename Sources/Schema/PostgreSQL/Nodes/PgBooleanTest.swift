/// `BooleanTest`: `arg IS [NOT] TRUE|FALSE|UNKNOWN`.
struct PgBooleanTest: Decodable, Sendable {
    let arg: PgNode?
    let booltesttype: String
    let location: Int?
}

extension PgBooleanTest: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        arg = try object.node("arg")
        booltesttype = try object.required(object.string("booltesttype"), "booltesttype")
        location = try object.int("location")
    }
}
