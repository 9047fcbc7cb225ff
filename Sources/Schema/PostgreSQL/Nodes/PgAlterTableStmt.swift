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
