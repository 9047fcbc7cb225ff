/// `AlterEnumStmt`: ALTER TYPE ... ADD VALUE [BEFORE|AFTER neighbor], or RENAME VALUE old TO new.
struct PgAlterEnumStmt: Decodable, Sendable {
    let typeName: [PgNode]
    let oldVal: String?
    let newVal: String?
    let newValNeighbor: String?
    let newValIsAfter: Bool?
}

extension PgAlterEnumStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        typeName = try object.required(object.nodes("typeName"), "typeName")
        oldVal = try object.string("oldVal")
        newVal = try object.string("newVal")
        newValNeighbor = try object.string("newValNeighbor")
        newValIsAfter = try object.bool("newValIsAfter")
    }
}
