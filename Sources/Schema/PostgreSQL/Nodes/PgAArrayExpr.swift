/// `A_ArrayExpr`: `ARRAY[a, b]`.
struct PgAArrayExpr: Decodable, Sendable {
    let elements: [PgNode]?
    let location: Int?
}
