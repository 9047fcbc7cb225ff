/// `PartitionBoundSpec`: a partition's `FOR VALUES ...` or `DEFAULT`. `strategy` is `r` (FROM ... TO),
/// `l` (IN) or `h` (WITH MODULUS/REMAINDER).
struct PgPartitionBoundSpec: Decodable, Sendable {
    let strategy: String?
    let isDefault: Bool?
    let modulus: Int?
    let remainder: Int?
    let listdatums: [PgNode]?
    let lowerdatums: [PgNode]?
    let upperdatums: [PgNode]?
    let location: Int?

    private enum CodingKeys: String, CodingKey {
        case strategy, modulus, remainder, listdatums, lowerdatums, upperdatums, location, isDefault = "is_default"
    }
}

extension PgPartitionBoundSpec: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        strategy = try object.string("strategy")
        isDefault = try object.bool("is_default")
        modulus = try object.int("modulus")
        remainder = try object.int("remainder")
        listdatums = try object.nodes("listdatums")
        lowerdatums = try object.nodes("lowerdatums")
        upperdatums = try object.nodes("upperdatums")
        location = try object.int("location")
    }
}
