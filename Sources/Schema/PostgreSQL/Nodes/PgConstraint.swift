/// `Constraint`: every constraint form, in a column, a table, ALTER TABLE or a domain. `contype` says
/// which (CONSTR_PRIMARY, CONSTR_FOREIGN, CONSTR_DEFAULT, ...); `location` is that of CONSTRAINT when the
/// constraint is named, else of its keyword. Foreign key actions are one letter: a no action,
/// r restrict, c cascade, n set null, d set default.
struct PgConstraint: Decodable, Sendable {
    let contype: String
    let conname: String?
    let deferrable: Bool?
    let initdeferred: Bool?
    let location: Int?
    let rawExpr: PgNode?
    let keys: [PgNode]?
    let including: [PgNode]?
    let nullsNotDistinct: Bool?
    let pktable: PgRangeVar?
    let fkAttrs: [PgNode]?
    let pkAttrs: [PgNode]?
    let fkUpdAction: String?
    let fkDelAction: String?
    let skipValidation: Bool?
    let generatedWhen: String?
    let accessMethod: String?
    let indexname: String?

    private enum CodingKeys: String, CodingKey {
        case contype, conname, deferrable, initdeferred, location, keys, including, pktable, indexname
        case rawExpr = "raw_expr", nullsNotDistinct = "nulls_not_distinct", fkAttrs = "fk_attrs", pkAttrs = "pk_attrs"
        case fkUpdAction = "fk_upd_action", fkDelAction = "fk_del_action", skipValidation = "skip_validation"
        case generatedWhen = "generated_when", accessMethod = "access_method"
    }
}

extension PgConstraint: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        contype = try object.required(object.string("contype"), "contype")
        conname = try object.string("conname")
        deferrable = try object.bool("deferrable")
        initdeferred = try object.bool("initdeferred")
        location = try object.int("location")
        rawExpr = try object.node("raw_expr")
        keys = try object.nodes("keys")
        including = try object.nodes("including")
        nullsNotDistinct = try object.bool("nulls_not_distinct")
        pktable = try object.decode(PgRangeVar.self, "pktable")
        fkAttrs = try object.nodes("fk_attrs")
        pkAttrs = try object.nodes("pk_attrs")
        fkUpdAction = try object.string("fk_upd_action")
        fkDelAction = try object.string("fk_del_action")
        skipValidation = try object.bool("skip_validation")
        generatedWhen = try object.string("generated_when")
        accessMethod = try object.string("access_method")
        indexname = try object.string("indexname")
    }
}
