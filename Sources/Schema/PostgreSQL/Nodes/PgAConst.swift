/// `A_Const`: a literal. Exactly one of the values is set, or `isnull` for NULL; a zero or false value
/// appears as an empty wrapper (`"ival": {}`), which decodes as a present wrapper holding nil.
struct PgAConst: Decodable, Sendable {
    let ival: PgValue<Int>?
    let fval: PgValue<String>?
    let boolval: PgValue<Bool>?
    let sval: PgValue<String>?
    let bsval: PgValue<String>?
    let isnull: Bool?
    let location: Int?
}

extension PgAConst: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        ival = try object.decode(PgValue<Int>.self, "ival")
        fval = try object.decode(PgValue<String>.self, "fval")
        boolval = try object.decode(PgValue<Bool>.self, "boolval")
        sval = try object.decode(PgValue<String>.self, "sval")
        bsval = try object.decode(PgValue<String>.self, "bsval")
        isnull = try object.bool("isnull")
        location = try object.int("location")
    }
}
