/// `CreateTableAsStmt`: CREATE MATERIALIZED VIEW (`objtype` OBJECT_MATVIEW) or CREATE TABLE ... AS.
struct PgCreateTableAsStmt: Decodable, Sendable {
    struct Into: Decodable, Sendable {
        let rel: PgRangeVar
    }

    let into: Into
    let objtype: String?
}

extension PgCreateTableAsStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        into = try object.required(object.decode(Into.self, "into"), "into")
        objtype = try object.string("objtype")
    }
}

extension PgCreateTableAsStmt.Into: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        rel = try object.required(object.decode(PgRangeVar.self, "rel"), "rel")
    }
}
