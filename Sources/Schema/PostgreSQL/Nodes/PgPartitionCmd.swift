/// `PartitionCmd`: the partition and bound of ALTER TABLE ... ATTACH|DETACH PARTITION.
struct PgPartitionCmd: Decodable, Sendable {
    let name: PgRangeVar
    let bound: PgPartitionBoundSpec?
}

extension PgPartitionCmd: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        name = try object.required(object.decode(PgRangeVar.self, "name"), "name")
        bound = try object.decode(PgPartitionBoundSpec.self, "bound")
    }
}
