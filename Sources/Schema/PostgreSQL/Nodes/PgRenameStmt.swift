/// `RenameStmt`: ALTER TABLE|INDEX ... RENAME [COLUMN|CONSTRAINT x] TO y.
struct PgRenameStmt: Decodable, Sendable {
    let renameType: String
    let relation: PgRangeVar?
    let subname: String?
    let newname: String
}
