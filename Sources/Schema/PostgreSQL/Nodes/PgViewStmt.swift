/// `ViewStmt`: CREATE VIEW; only the name is used.
struct PgViewStmt: Decodable, Sendable {
    let view: PgRangeVar
}

extension PgViewStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        view = try object.required(object.decode(PgRangeVar.self, "view"), "view")
    }
}
