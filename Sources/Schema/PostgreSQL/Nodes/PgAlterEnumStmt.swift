/// `AlterEnumStmt`: ALTER TYPE ... ADD VALUE [BEFORE|AFTER neighbor], or RENAME VALUE old TO new.
struct PgAlterEnumStmt: Decodable, Sendable {
    let typeName: [PgNode]
    let oldVal: String?
    let newVal: String?
    let newValNeighbor: String?
    let newValIsAfter: Bool?
}
