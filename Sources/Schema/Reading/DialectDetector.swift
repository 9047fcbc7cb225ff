/// Guesses the dialect of a DDL file from marks only one dialect uses, and says which marks it saw.
public enum DialectDetector {
    public struct Guess: Sendable, Equatable {
        public var dialect: Dialect
        public var reason: String
    }

    private struct Mark {
        let dialect: Dialect
        let needle: String
        let weight: Int
        let label: String
    }

    // Needles are matched against the lowercased text.
    private static let marks: [Mark] = [
        Mark(dialect: .mysql, needle: "`", weight: 3, label: "backtick identifiers"),
        Mark(dialect: .mysql, needle: "engine=", weight: 5, label: "ENGINE= table options"),
        Mark(dialect: .mysql, needle: "engine =", weight: 5, label: "ENGINE= table options"),
        Mark(dialect: .mysql, needle: "auto_increment", weight: 5, label: "AUTO_INCREMENT"),
        Mark(dialect: .mysql, needle: "/*!", weight: 5, label: "/*! version comments"),
        Mark(dialect: .mysql, needle: "unsigned", weight: 2, label: "UNSIGNED"),
        Mark(dialect: .mysql, needle: "delimiter ", weight: 2, label: "DELIMITER"),
        Mark(dialect: .mysql, needle: "default charset", weight: 4, label: "DEFAULT CHARSET"),
        Mark(dialect: .mysql, needle: "mysqldump", weight: 5, label: "a mysqldump header"),
        Mark(dialect: .postgresql, needle: "pg_dump", weight: 5, label: "a pg_dump header"),
        Mark(dialect: .postgresql, needle: "pg_catalog", weight: 5, label: "pg_catalog references"),
        Mark(dialect: .postgresql, needle: "::", weight: 3, label: ":: casts"),
        Mark(dialect: .postgresql, needle: "serial", weight: 2, label: "serial types"),
        Mark(dialect: .postgresql, needle: "create extension", weight: 5, label: "CREATE EXTENSION"),
        Mark(dialect: .postgresql, needle: "as identity", weight: 3, label: "identity columns"),
        Mark(dialect: .postgresql, needle: "$$", weight: 3, label: "dollar quoting"),
        Mark(dialect: .postgresql, needle: "timestamptz", weight: 3, label: "timestamptz"),
        Mark(dialect: .postgresql, needle: "with time zone", weight: 3, label: "time zone types"),
        Mark(dialect: .postgresql, needle: "jsonb", weight: 3, label: "jsonb"),
        Mark(dialect: .postgresql, needle: "owner to", weight: 4, label: "OWNER TO"),
        Mark(dialect: .postgresql, needle: "create type", weight: 2, label: "CREATE TYPE"),
        Mark(dialect: .postgresql, needle: "create domain", weight: 4, label: "CREATE DOMAIN"),
        Mark(dialect: .sqlite, needle: "autoincrement", weight: 5, label: "AUTOINCREMENT"),
        Mark(dialect: .sqlite, needle: "without rowid", weight: 5, label: "WITHOUT ROWID"),
        Mark(dialect: .sqlite, needle: "pragma ", weight: 5, label: "PRAGMA"),
        Mark(dialect: .sqlite, needle: "sqlite_", weight: 4, label: "sqlite_ names"),
        Mark(dialect: .sqlite, needle: ") strict", weight: 4, label: "STRICT tables"),
        Mark(dialect: .sqlite, needle: "begin transaction;", weight: 1, label: "BEGIN TRANSACTION"),
        Mark(dialect: .sqlite, needle: "create table [", weight: 4, label: "[bracketed] identifiers"),
        Mark(dialect: .sqlite, needle: "rowid", weight: 3, label: "rowid"),
        Mark(dialect: .sqlite, needle: "create virtual table", weight: 5, label: "CREATE VIRTUAL TABLE"),
        Mark(dialect: .sqlite, needle: "datetime('now'", weight: 3, label: "datetime('now')"),
    ]

    /// Looks at most at the first `prefixLimit` bytes; dumps say what they are near the top.
    /// One pass over the bytes (ASCII-lowercased), trying only the marks that start with each byte.
    public static func detect(_ text: String, prefixLimit: Int = 256 * 1024) -> Guess {
        let bytes = text.utf8.prefix(prefixLimit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var found = [Bool](repeating: false, count: marks.count)
        bytes.withUnsafeBufferPointer { bytes in
            for i in bytes.indices {
                for m in markIndexesByFirstByte[Int(bytes[i])] where !found[m] && matches(marks[m], in: bytes, at: i) {
                    found[m] = true
                }
            }
        }
        var scores: [Dialect: Int] = [:]
        var seen: [Dialect: [String]] = [:]
        for (m, mark) in marks.enumerated() where found[m] {
            scores[mark.dialect, default: 0] += mark.weight
            if !(seen[mark.dialect]?.contains(mark.label) ?? false) {
                seen[mark.dialect, default: []].append(mark.label)
            }
        }
        guard let best = scores.max(by: { ($0.value, rank($0.key)) < ($1.value, rank($1.key)) }), best.value > 0 else {
            return Guess(dialect: .postgresql, reason: "no dialect-specific marks found; PostgreSQL assumed (use --dialect to choose)")
        }
        let labels = seen[best.key, default: []].prefix(3).joined(separator: ", ")
        return Guess(dialect: best.key, reason: "detected from \(labels)")
    }

    private static let markIndexesByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (m, mark) in marks.enumerated() { table[Int(mark.needle.utf8.first!)].append(m) }
        return table
    }()

    /// Whether `mark.needle` is at `i`. "unsigned" and "serial" are ordinary words; they count only as
    /// whole words.
    private static func matches(_ mark: Mark, in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let needle = mark.needle.utf8
        guard i + needle.count <= bytes.count else { return false }
        for (k, byte) in needle.enumerated() where bytes[i + k] != byte { return false }
        guard mark.needle == "serial" || mark.needle == "unsigned" else { return true }
        let before = i > 0 && SQLByte.isWordByte(bytes[i - 1])
        let after = i + needle.count < bytes.count && SQLByte.isWordByte(bytes[i + needle.count])
        return !before && !after
    }

    /// Ties go to PostgreSQL, then SQLite.
    private static func rank(_ dialect: Dialect) -> Int {
        switch dialect {
        case .postgresql: 2
        case .sqlite: 1
        case .mysql: 0
        }
    }
}
