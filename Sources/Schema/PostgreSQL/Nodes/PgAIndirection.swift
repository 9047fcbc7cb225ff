/// `A_Indirection`: subscripts or field selection on an expression: `(arr)[1]`, `(row).field`.
struct PgAIndirection: Decodable, Sendable {
    let arg: PgNode
    let indirection: [PgNode]
}
