/// `RenameStmt`: ALTER TABLE|INDEX ... RENAME [COLUMN|CONSTRAINT x] TO y.
struct PgRenameStmt: Decodable, Sendable {
    let renameType: String
    let relation: PgRangeVar?
    let subname: String?
    let newname: String
}

extension PgRenameStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        renameType = try object.required(object.string("renameType"), "renameType")
        relation = try object.decode(PgRangeVar.self, "relation")
        subname = try object.string("subname")
        newname = try object.required(object.string("newname"), "newname")
    }
}
