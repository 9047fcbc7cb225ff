/// `CreateSchemaStmt`: CREATE SCHEMA name.
struct PgCreateSchemaStmt: Decodable, Sendable {
    let schemaname: String?
    let schemaElts: [PgNode]?
}
