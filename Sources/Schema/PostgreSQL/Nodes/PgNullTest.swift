/// `NullTest`: `arg IS [NOT] NULL`.
struct PgNullTest: Decodable, Sendable {
    let arg: PgNode?
    let nulltesttype: String
    let location: Int?
}
