/// `CreateTableAsStmt`: CREATE MATERIALIZED VIEW (`objtype` OBJECT_MATVIEW) or CREATE TABLE ... AS.
struct PgCreateTableAsStmt: Decodable, Sendable {
    struct Into: Decodable, Sendable {
        let rel: PgRangeVar
    }

    let into: Into
    let objtype: String?
}
