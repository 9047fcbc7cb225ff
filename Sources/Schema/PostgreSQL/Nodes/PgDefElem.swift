/// `DefElem`: a `name [= value]` option: storage parameters, sequence options (`owned_by`, `as`), ....
struct PgDefElem: Decodable, Sendable {
    let defname: String?
    let arg: PgNode?
    let location: Int?
}
