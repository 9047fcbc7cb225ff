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
