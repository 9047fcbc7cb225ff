/// `RangeVar`: a table, view, sequence or index name with its schema, persistence (`p` permanent,
/// `u` unlogged, `t` temporary) and the location of its first part.
struct PgRangeVar: Decodable, Sendable {
    let schemaname: String?
    let relname: String
    let relpersistence: String?
    let location: Int?
}
