/// `CreateSeqStmt` (CREATE SEQUENCE) and `AlterSeqStmt` (ALTER SEQUENCE): the name and the options, of
/// which the reader uses `owned_by`.
struct PgSeqStmt: Decodable, Sendable {
    let sequence: PgRangeVar
    let options: [PgNode]?
}
