/// The SQL dialects `review` reads.
public enum Dialect: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case postgresql
    case mysql
    case sqlite

    public var description: String {
        switch self {
        case .postgresql: "PostgreSQL"
        case .mysql: "MySQL"
        case .sqlite: "SQLite"
        }
    }

    /// Accepts the names users type: postgres, pg, postgresql, mysql, mariadb, sqlite, sqlite3.
    public init?(userInput: String) {
        switch userInput.lowercased() {
        case "postgresql", "postgres", "pg", "pgsql": self = .postgresql
        case "mysql", "mariadb": self = .mysql
        case "sqlite", "sqlite3": self = .sqlite
        default: return nil
        }
    }

    /// The longest identifier the dialect accepts, in bytes (nil: no limit).
    public var identifierByteLimit: Int? {
        switch self {
        case .postgresql: 63
        case .mysql: 64
        case .sqlite: nil
        }
    }
}
