/// `A_Indices`: `[i]` or a slice `[lower:upper]`.
struct PgAIndices: Decodable, Sendable {
    let isSlice: Bool?
    let lidx: PgNode?
    let uidx: PgNode?

    private enum CodingKeys: String, CodingKey {
        case isSlice = "is_slice", lidx, uidx
    }
}

extension PgAIndices: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        isSlice = try object.bool("is_slice")
        lidx = try object.node("lidx")
        uidx = try object.node("uidx")
    }
}
