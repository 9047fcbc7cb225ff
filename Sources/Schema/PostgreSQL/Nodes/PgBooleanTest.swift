/// `BooleanTest`: `arg IS [NOT] TRUE|FALSE|UNKNOWN`.
struct PgBooleanTest: Decodable, Sendable {
    let arg: PgNode?
    let booltesttype: String
    let location: Int?
}
