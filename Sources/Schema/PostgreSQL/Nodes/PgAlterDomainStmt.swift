/// `AlterDomainStmt`: `subtype` T (SET/DROP DEFAULT), N (DROP NOT NULL), O (SET NOT NULL),
/// C (ADD CONSTRAINT), X (DROP CONSTRAINT), V (VALIDATE CONSTRAINT).
struct PgAlterDomainStmt: Decodable, Sendable {
    let subtype: String
    let typeName: [PgNode]
    let name: String?
    let def: PgNode?
}

extension PgAlterDomainStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        subtype = try object.required(object.string("subtype"), "subtype")
        typeName = try object.required(object.nodes("typeName"), "typeName")
        name = try object.string("name")
        def = try object.node("def")
    }
}
