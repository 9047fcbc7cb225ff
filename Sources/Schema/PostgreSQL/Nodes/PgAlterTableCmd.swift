/// `AlterTableCmd`: one subcommand of ALTER TABLE (`subtype` AT_AddConstraint, AT_AddColumn, ...).
/// `name` is the column or constraint it is about; `def` its new definition.
struct PgAlterTableCmd: Decodable, Sendable {
    let subtype: String
    let name: String?
    let def: PgNode?
    let missingOk: Bool?

    private enum CodingKeys: String, CodingKey {
        case subtype, name, def, missingOk = "missing_ok"
    }
}
