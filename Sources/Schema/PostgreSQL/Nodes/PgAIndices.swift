/// `A_Indices`: `[i]` or a slice `[lower:upper]`.
struct PgAIndices: Decodable, Sendable {
    let isSlice: Bool?
    let lidx: PgNode?
    let uidx: PgNode?

    private enum CodingKeys: String, CodingKey {
        case isSlice = "is_slice", lidx, uidx
    }
}
