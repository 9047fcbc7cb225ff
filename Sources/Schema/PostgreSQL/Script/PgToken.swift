/// One token found by `PgLexer`: its kind and byte range.
struct PgToken: Equatable {
    enum Kind: Equatable {
        /// A keyword or unquoted identifier.
        case word
        case quotedIdentifier
        /// A string literal of any form, dollar-quoted bodies included.
        case string
        case number
        /// Any other single byte: `(`, `)`, `,`, `;`, operators.
        case punctuation(UInt8)
    }

    let kind: Kind
    let start: Int
    let end: Int
}
