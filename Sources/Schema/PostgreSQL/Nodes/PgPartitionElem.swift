/// `PartitionElem`: one part of a partition key, a column `name` or an `expr`.
struct PgPartitionElem: Decodable, Sendable {
    let name: String?
    let expr: PgNode?
    let collation: [PgNode]?
    let opclass: [PgNode]?
    let location: Int?
}

extension PgPartitionElem: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        name = try object.string("name")
        expr = try object.node("expr")
        collation = try object.nodes("collation")
        opclass = try object.nodes("opclass")
        location = try object.int("location")
    }
}
