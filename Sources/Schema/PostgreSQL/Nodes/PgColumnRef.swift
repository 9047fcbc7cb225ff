/// `ColumnRef`: `col`, `t.col`, `t.*` (`String` and `A_Star` nodes).
struct PgColumnRef: Decodable, Sendable {
    let fields: [PgNode]
    let location: Int?
}
