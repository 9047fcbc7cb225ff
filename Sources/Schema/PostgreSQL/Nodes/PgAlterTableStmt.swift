/// `AlterTableStmt`: ALTER TABLE (and ALTER INDEX / SEQUENCE / VIEW forms, told apart by `objtype`).
struct PgAlterTableStmt: Decodable, Sendable {
    let relation: PgRangeVar
    let cmds: [PgNode]
    let objtype: String?
    let missingOk: Bool?

    private enum CodingKeys: String, CodingKey {
        case relation, cmds, objtype, missingOk = "missing_ok"
    }
}

extension PgAlterTableStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        relation = try object.required(object.decode(PgRangeVar.self, "relation"), "relation")
        cmds = try object.required(object.nodes("cmds"), "cmds")
        objtype = try object.string("objtype")
        missingOk = try object.bool("missing_ok")
    }
}
