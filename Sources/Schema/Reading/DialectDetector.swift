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
        var found = [Bool](repeating: false, count: marks.count)
        var text = text
        text.withUTF8 { utf8 in
            let bytes = UnsafeBufferPointer(rebasing: utf8.prefix(prefixLimit))
            found.withUnsafeMutableBufferPointer { found in
                table.withUnsafe { table in scan(bytes, table, &found) }
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

    /// The marks as flat byte tables, so that the scan touches no String and retains nothing: the needles'
    /// bytes one after another (`start[m]..<start[m + 1]`), which need whole words, and for each first byte
    /// the marks starting with it (`byFirst[firstStart[b]..<firstStart[b + 1]]`), and for each first byte the
    /// set of second bytes those marks go on with (`second[4 * b ..< 4 * b + 4]`, 256 bits), which most
    /// letters in a schema fail at once.
    private struct Table: Sendable {
        var bytes: [UInt8] = [], start: [Int] = [0], wholeWord: [Bool] = [], firstStart: [Int] = [], byFirst: [Int] = []
        var second = [UInt64](repeating: 0, count: 4 * 256)

        init() {
            for mark in marks {
                bytes += mark.needle.utf8
                start.append(bytes.count)
                // "unsigned" and "serial" are ordinary words; they count only as whole words.
                wholeWord.append(mark.needle == "serial" || mark.needle == "unsigned")
            }
            for byte in 0...255 {
                firstStart.append(byFirst.count)
                byFirst += marks.indices.filter { bytes[start[$0]] == byte }
            }
            firstStart.append(byFirst.count)
            for m in marks.indices {
                let first = Int(bytes[start[m]])
                if start[m + 1] - start[m] == 1 {
                    for word in 0..<4 { second[4 * first + word] = ~0 } // a one-byte mark matches whatever follows
                } else {
                    let next = Int(bytes[start[m] + 1])
                    second[4 * first + next >> 6] |= 1 << UInt64(next & 63)
                }
            }
        }

        struct Pointers {
            let bytes: UnsafeBufferPointer<UInt8>, start: UnsafeBufferPointer<Int>, wholeWord: UnsafeBufferPointer<Bool>
            let firstStart: UnsafeBufferPointer<Int>, byFirst: UnsafeBufferPointer<Int>, second: UnsafeBufferPointer<UInt64>
        }

        func withUnsafe<R>(_ body: (Pointers) -> R) -> R {
            bytes.withUnsafeBufferPointer { bytes in
                start.withUnsafeBufferPointer { start in
                    wholeWord.withUnsafeBufferPointer { wholeWord in
                        firstStart.withUnsafeBufferPointer { firstStart in
                            byFirst.withUnsafeBufferPointer { byFirst in
                                second.withUnsafeBufferPointer { second in
                                    body(Pointers(bytes: bytes, start: start, wholeWord: wholeWord, firstStart: firstStart,
                                                  byFirst: byFirst, second: second))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static let table = Table()

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private static func scan(_ text: UnsafeBufferPointer<UInt8>, _ table: Table.Pointers, _ found: inout UnsafeMutableBufferPointer<Bool>) {
        var remaining = found.count
        for i in text.indices {
            let first = Int(lowered(text[i]))
            guard table.firstStart[first] < table.firstStart[first + 1] else { continue }
            let next = i + 1 < text.count ? Int(lowered(text[i + 1])) : 0
            guard table.second[4 * first + next >> 6] & (1 << UInt64(next & 63)) != 0 else { continue }
            for slot in table.firstStart[first]..<table.firstStart[first + 1] {
                let m = table.byFirst[slot]
                if found[m] { continue }
                let from = table.start[m], count = table.start[m + 1] - from
                guard i + count <= text.count else { continue }
                var k = 1
                while k < count && lowered(text[i + k]) == table.bytes[from + k] { k += 1 }
                guard k == count else { continue }
                if table.wholeWord[m] {
                    if i > 0 && SQLByte.isWordByte(text[i - 1]) { continue }
                    if i + count < text.count && SQLByte.isWordByte(text[i + count]) { continue }
                }
                found[m] = true
                remaining -= 1
                if remaining == 0 { return }
            }
        }
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
