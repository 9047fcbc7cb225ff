extension ReservedWords {
    /// SQLite's keywords (`sqlite3_keyword_name`) that its parser does not fall back to an identifier for,
    /// i.e. the ones `CREATE TABLE t(word INT)` or `CREATE TABLE word(a INT)` rejects (SQLite 3.40).
    static let sqlite: Set<String> = [
        "add", "all", "alter", "and", "as", "autoincrement", "between", "case", "check", "collate", "commit",
        "constraint", "create", "default", "deferrable", "delete", "distinct", "drop", "else", "escape", "except",
        "exists", "foreign", "from", "group", "having", "if", "in", "index", "insert", "intersect", "into", "is",
        "isnull", "join", "limit", "not", "nothing", "notnull", "null", "on", "or", "order", "primary",
        "references", "returning", "select", "set", "table", "then", "to", "transaction", "union", "unique",
        "update", "using", "values", "when", "where",
    ]
}
