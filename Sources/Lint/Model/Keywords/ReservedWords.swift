import Schema

/// The words each dialect reserves: an identifier spelled like one of them must be quoted everywhere it is
/// used. Each list is the dialect's own, as its parser treats it; `ReservedWordsTests` checks the PostgreSQL
/// and SQLite lists against libpg_query and SQLite themselves.
public enum ReservedWords {
    /// Whether `identifier` (any case) is reserved in `dialect`.
    public static func isReserved(_ identifier: String, in dialect: Dialect) -> Bool {
        words(for: dialect).contains(identifier.lowercased())
    }

    /// The lowercase reserved words of a dialect.
    public static func words(for dialect: Dialect) -> Set<String> {
        switch dialect {
        case .postgresql: postgresql
        case .mysql: mysql
        case .sqlite: sqlite
        }
    }
}
