/// `TableLikeClause`: `LIKE other [INCLUDING ...]`; `options` is a bit set of what is included.
struct PgTableLikeClause: Decodable, Sendable {
    let relation: PgRangeVar
    let options: Int?

    /// PostgreSQL's CREATE_TABLE_LIKE_* bits.
    enum Option: Int {
        case comments = 1, compression = 2, constraints = 4, defaults = 8, generated = 16, identity = 32
        case indexes = 64, statistics = 128, storage = 256
    }

    func includes(_ option: Option) -> Bool { (options ?? 0) & option.rawValue != 0 }
}

extension PgTableLikeClause: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        relation = try object.required(object.decode(PgRangeVar.self, "relation"), "relation")
        options = try object.int("options")
    }
}
