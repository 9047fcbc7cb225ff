/// `CreateEnumStmt`: CREATE TYPE name AS ENUM (...).
struct PgCreateEnumStmt: Decodable, Sendable {
    let typeName: [PgNode]
    let vals: [PgNode]?
}

extension PgCreateEnumStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        typeName = try object.required(object.nodes("typeName"), "typeName")
        vals = try object.nodes("vals")
    }
}
