/// `TypeCast`: `arg::type` or `CAST(arg AS type)`.
struct PgTypeCast: Decodable, Sendable {
    let arg: PgNode?
    let typeName: PgTypeName
    let location: Int?
}

extension PgTypeCast: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        arg = try object.node("arg")
        typeName = try object.required(object.decode(PgTypeName.self, "typeName"), "typeName")
        location = try object.int("location")
    }
}
