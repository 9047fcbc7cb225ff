/// `CreateDomainStmt`: CREATE DOMAIN name AS type [constraints].
struct PgCreateDomainStmt: Decodable, Sendable {
    let domainname: [PgNode]
    let typeName: PgTypeName
    let collClause: PgCollateClause?
    let constraints: [PgNode]?
}
