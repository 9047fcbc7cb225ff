/// `CreateSeqStmt` (CREATE SEQUENCE) and `AlterSeqStmt` (ALTER SEQUENCE): the name and the options, of
/// which the reader uses `owned_by`.
struct PgSeqStmt: Decodable, Sendable {
    let sequence: PgRangeVar
    let options: [PgNode]?
}

extension PgSeqStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        sequence = try object.required(object.decode(PgRangeVar.self, "sequence"), "sequence")
        options = try object.nodes("options")
    }
}
