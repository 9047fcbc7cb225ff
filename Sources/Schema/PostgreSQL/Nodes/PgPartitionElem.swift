/// `PartitionElem`: one part of a partition key, a column `name` or an `expr`.
struct PgPartitionElem: Decodable, Sendable {
    let name: String?
    let expr: PgNode?
    let collation: [PgNode]?
    let opclass: [PgNode]?
    let location: Int?
}
