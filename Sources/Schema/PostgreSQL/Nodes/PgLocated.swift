/// Just the `location` of a node the reader does not otherwise decode, for pointing at it.
struct PgLocated: Decodable, Sendable {
    let location: Int?
}
