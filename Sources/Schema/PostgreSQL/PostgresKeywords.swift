/// PostgreSQL 15's keywords by the category `src/include/parser/kwlist.h` gives them, lowercase. One list for
/// the two uses: the reader quotes identifiers as `quote_ident` does (all three categories), and the lint rule
/// `reserved-word-identifier` flags names that cannot stand unquoted (reserved and type/function-name words;
/// column-name keywords such as `time` or `values` may name columns and tables). `ReservedWordsTests` checks
/// the first two categories against libpg_query itself.
public enum PostgresKeywords {
    /// RESERVED_KEYWORD.
    public static let reserved: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
        "using", "variadic", "when", "where", "window", "with",
    ]

    /// TYPE_FUNC_NAME_KEYWORD.
    public static let typeFunctionName: Set<String> = [
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
        "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
        "right", "similar", "tablesample", "verbose",
    ]

    /// COL_NAME_KEYWORD.
    public static let columnName: Set<String> = [
        "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
        "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "least", "national",
        "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real",
        "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
        "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi",
        "xmlroot", "xmlserialize", "xmltable",
    ]
}
