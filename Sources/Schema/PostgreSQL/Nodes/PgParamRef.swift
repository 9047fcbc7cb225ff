/// `ParamRef`: `$1`.
struct PgParamRef: Decodable, Sendable {
    let number: Int?
    let location: Int?
}
