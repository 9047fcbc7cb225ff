/// `SQLValueFunction`: CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_USER and their kin (`op` SVFOP_...);
/// `typmod` is the precision of `CURRENT_TIMESTAMP(3)` and the like, -1 when none.
struct PgSQLValueFunction: Decodable, Sendable {
    let op: String
    let typmod: Int?
    let location: Int?
}

extension PgSQLValueFunction: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        op = try object.required(object.string("op"), "op")
        typmod = try object.int("typmod")
        location = try object.int("location")
    }
}
