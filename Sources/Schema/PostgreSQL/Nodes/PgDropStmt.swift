/// `DropStmt`: DROP TABLE|INDEX|VIEW|TYPE|... names; each object is a `List` of name parts (a
/// `TypeName` for types and domains).
struct PgDropStmt: Decodable, Sendable {
    let objects: [PgNode]
    let removeType: String
}
