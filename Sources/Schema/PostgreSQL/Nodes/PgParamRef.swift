/// `ParamRef`: `$1`.
struct PgParamRef: Decodable, Sendable {
    let number: Int?
    let location: Int?
}

extension PgParamRef: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        number = try object.int("number")
        location = try object.int("location")
    }
}
