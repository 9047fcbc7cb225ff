import Schema

extension ReservedWords {
    /// PostgreSQL's keywords that cannot name a table or column unquoted: the reserved and type/function-name
    /// categories (see `PostgresKeywords`).
    static let postgresql: Set<String> = PostgresKeywords.reserved.union(PostgresKeywords.typeFunctionName)
}
