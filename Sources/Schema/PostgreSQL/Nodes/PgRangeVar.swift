/// `RangeVar`: a table, view, sequence or index name with its schema, persistence (`p` permanent,
/// `u` unlogged, `t` temporary) and the location of its first part.
struct PgRangeVar: Decodable, Sendable {
    let schemaname: String?
    let relname: String
    let relpersistence: String?
    let location: Int?
}

extension PgRangeVar: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        schemaname = try object.string("schemaname")
        relname = try object.required(object.string("relname"), "relname")
        relpersistence = try object.string("relpersistence")
        location = try object.int("location")
    }
}
