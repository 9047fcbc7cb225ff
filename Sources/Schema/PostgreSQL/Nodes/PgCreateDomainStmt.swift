/// `CreateDomainStmt`: CREATE DOMAIN name AS type [constraints].
struct PgCreateDomainStmt: Decodable, Sendable {
    let domainname: [PgNode]
    let typeName: PgTypeName
    let collClause: PgCollateClause?
    let constraints: [PgNode]?
}

extension PgCreateDomainStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        domainname = try object.required(object.nodes("domainname"), "domainname")
        typeName = try object.required(object.decode(PgTypeName.self, "typeName"), "typeName")
        collClause = try object.decode(PgCollateClause.self, "collClause")
        constraints = try object.nodes("constraints")
    }
}
