/// Just the `location` of a node the reader does not otherwise decode, for pointing at it.
struct PgLocated: Decodable, Sendable {
    let location: Int?
}

extension PgLocated: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        location = try object.int("location")
    }
}
