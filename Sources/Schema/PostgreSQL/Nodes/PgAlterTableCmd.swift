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

extension PgAlterTableCmd: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        subtype = try object.required(object.string("subtype"), "subtype")
        name = try object.string("name")
        def = try object.node("def")
        missingOk = try object.bool("missing_ok")
    }
}
