/// `CreateSchemaStmt`: CREATE SCHEMA name.
struct PgCreateSchemaStmt: Decodable, Sendable {
    let schemaname: String?
    let schemaElts: [PgNode]?
}

extension PgCreateSchemaStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        schemaname = try object.string("schemaname")
        schemaElts = try object.nodes("schemaElts")
    }
}
