/// `AlterDomainStmt`: `subtype` T (SET/DROP DEFAULT), N (DROP NOT NULL), O (SET NOT NULL),
/// C (ADD CONSTRAINT), X (DROP CONSTRAINT), V (VALIDATE CONSTRAINT).
struct PgAlterDomainStmt: Decodable, Sendable {
    let subtype: String
    let typeName: [PgNode]
    let name: String?
    let def: PgNode?
}
