/// `DefElem`: a `name [= value]` option: storage parameters, sequence options (`owned_by`, `as`), ....
struct PgDefElem: Decodable, Sendable {
    let defname: String?
    let arg: PgNode?
    let location: Int?
}

extension PgDefElem: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        defname = try object.string("defname")
        arg = try object.node("arg")
        location = try object.int("location")
    }
}
