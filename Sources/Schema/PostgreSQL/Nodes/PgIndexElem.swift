/// `IndexElem`: one key of an index (a column `name` or an `expr`) with its collation, operator class
/// and ordering; also the columns of INCLUDE.
struct PgIndexElem: Decodable, Sendable {
    let name: String?
    let expr: PgNode?
    let collation: [PgNode]?
    let opclass: [PgNode]?
    let ordering: String?
    let nullsOrdering: String?

    private enum CodingKeys: String, CodingKey {
        case name, expr, collation, opclass, ordering, nullsOrdering = "nulls_ordering"
    }
}

extension PgIndexElem: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        name = try object.string("name")
        expr = try object.node("expr")
        collation = try object.nodes("collation")
        opclass = try object.nodes("opclass")
        ordering = try object.string("ordering")
        nullsOrdering = try object.string("nulls_ordering")
    }
}
