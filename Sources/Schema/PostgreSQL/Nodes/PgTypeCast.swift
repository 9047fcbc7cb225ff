/// `TypeCast`: `arg::type` or `CAST(arg AS type)`.
struct PgTypeCast: Decodable, Sendable {
    let arg: PgNode?
    let typeName: PgTypeName
    let location: Int?
}
