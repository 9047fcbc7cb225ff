/// `CreateEnumStmt`: CREATE TYPE name AS ENUM (...).
struct PgCreateEnumStmt: Decodable, Sendable {
    let typeName: [PgNode]
    let vals: [PgNode]?
}
