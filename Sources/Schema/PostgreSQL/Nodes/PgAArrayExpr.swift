/// `A_ArrayExpr`: `ARRAY[a, b]`.
struct PgAArrayExpr: Decodable, Sendable {
    let elements: [PgNode]?
    let location: Int?
}

extension PgAArrayExpr: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        elements = try object.nodes("elements")
        location = try object.int("location")
    }
}
