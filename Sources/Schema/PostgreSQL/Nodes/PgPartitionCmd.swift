/// `PartitionCmd`: the partition and bound of ALTER TABLE ... ATTACH|DETACH PARTITION.
struct PgPartitionCmd: Decodable, Sendable {
    let name: PgRangeVar
    let bound: PgPartitionBoundSpec?
}
