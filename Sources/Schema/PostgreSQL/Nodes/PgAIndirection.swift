/// `A_Indirection`: subscripts or field selection on an expression: `(arr)[1]`, `(row).field`.
struct PgAIndirection: Decodable, Sendable {
    let arg: PgNode
    let indirection: [PgNode]
}

extension PgAIndirection: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        arg = try object.required(object.node("arg"), "arg")
        indirection = try object.required(object.nodes("indirection"), "indirection")
    }
}
