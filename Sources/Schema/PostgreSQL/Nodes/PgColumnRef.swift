/// `ColumnRef`: `col`, `t.col`, `t.*` (`String` and `A_Star` nodes).
struct PgColumnRef: Decodable, Sendable {
    let fields: [PgNode]
    let location: Int?
}

extension PgColumnRef: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        fields = try object.required(object.nodes("fields"), "fields")
        location = try object.int("location")
    }
}
