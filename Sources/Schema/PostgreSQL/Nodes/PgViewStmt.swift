/// `ViewStmt`: CREATE VIEW; only the name is used.
struct PgViewStmt: Decodable, Sendable {
    let view: PgRangeVar
}
