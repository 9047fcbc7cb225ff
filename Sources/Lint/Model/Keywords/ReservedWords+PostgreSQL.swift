extension ReservedWords {
    /// PostgreSQL 15's keywords that cannot name a table or column unquoted: the RESERVED_KEYWORD and
    /// TYPE_FUNC_NAME_KEYWORD categories of `src/include/parser/kwlist.h` (COL_NAME_KEYWORD words such as
    /// `time` or `values` may name columns and tables, so they are not listed).
    static let postgresql: Set<String> = [
        // RESERVED_KEYWORD
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
        "using", "variadic", "when", "where", "window", "with",
        // TYPE_FUNC_NAME_KEYWORD
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
        "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
        "right", "similar", "tablesample", "verbose",
    ]
}
