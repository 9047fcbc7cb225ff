/// `DropStmt`: DROP TABLE|INDEX|VIEW|TYPE|... names; each object is a `List` of name parts (a
/// `TypeName` for types and domains).
struct PgDropStmt: Decodable, Sendable {
    let objects: [PgNode]
    let removeType: String
}

extension PgDropStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        objects = try object.required(object.nodes("objects"), "objects")
        removeType = try object.required(object.string("removeType"), "removeType")
    }
}
