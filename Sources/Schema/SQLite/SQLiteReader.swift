import SQLiteDB

/// Reads SQLite DDL through SQLite itself.
///
/// 1. The text is split into statements by SQLite's rules (`SQLiteStatementSplitter`).
/// 2. Statements that carry no schema (INSERT, UPDATE, DELETE, SELECT, PRAGMA, BEGIN/COMMIT, ANALYZE,
///    CREATE TRIGGER, ...) are recognised by their first words and counted in `skipped`, never executed:
///    a dump that is mostly INSERTs costs one scan of its bytes.
/// 3. Every other statement (CREATE TABLE/INDEX/VIEW/VIRTUAL TABLE, ALTER TABLE, and anything
///    unrecognised) runs in an in-memory database. A failure becomes a `syntax-error` diagnostic at the
///    byte SQLite blames (`sqlite3_error_offset`, else the statement's start) with SQLite's message, and
///    reading goes on. DROP TABLE/INDEX/VIEW are counted as skipped (they define nothing) but also run,
///    so an object the script drops is not in the model; their failures are ignored.
/// 4. The model is read back from `sqlite_schema` and the pragmas (`SQLiteCatalogReader`); what they do
///    not expose, and each object's place in the file, comes from the statements' text
///    (`SQLiteDeclarationParser`).
enum SQLiteReader {
    static func read(_ source: SourceText) -> DialectReadOutput {
        var output = DialectReadOutput(model: SchemaModel(dialect: .sqlite))
        let connection: SQLiteConnection
        do {
            connection = try SQLiteConnection.inMemory()
        } catch {
            output.diagnostics.append(Diagnostic(ruleID: Diagnostic.syntaxErrorID, severity: .error,
                                                 message: "could not open an in-memory SQLite database: \(error.message)",
                                                 location: source.location(ofByte: 0)))
            return output
        }
        var declarations = SQLiteDeclarations()
        for statement in SQLiteStatementSplitter.split(source) {
            let range = statement.range
            output.statementCount += 1
            let head = source.utf8.withUnsafeBufferPointer { SQLiteTokenizer.tokens($0, in: range, limit: 4) }
            let kind = SQLiteStatementKind(head: head, source: source)
            if let label = kind.skippedLabel {
                output.skipped[label, default: 0] += 1
                if !statement.isComplete {
                    // Not run, so SQLite cannot say it; everything after it was swallowed.
                    output.diagnostics.append(Diagnostic(ruleID: Diagnostic.syntaxErrorID, severity: .error,
                                                         message: "incomplete input: this statement runs to the end of the file (an unclosed quote or comment, or a CREATE TRIGGER without END;)",
                                                         location: source.location(ofByte: range.lowerBound)))
                }
                if !kind.runsWhenSkipped { continue }
            }
            do {
                try source.utf8.withUnsafeBufferPointer { bytes throws(SQLiteError) in
                    _ = try connection.runFirstStatement(of: UnsafeBufferPointer(rebasing: bytes[range]))
                }
            } catch {
                if kind.skippedLabel == nil {
                    output.diagnostics.append(Diagnostic(ruleID: Diagnostic.syntaxErrorID, severity: .error,
                                                         message: error.message,
                                                         location: source.location(ofByte: range.lowerBound + (error.offset ?? 0))))
                }
                continue
            }
            declarations.apply(SQLiteDeclarationParser.effect(of: SQLiteTokenStream(source: source, range: range)))
        }
        do {
            output.model = try SQLiteCatalogReader(connection: connection, declarations: declarations, source: source).model()
        } catch {
            output.diagnostics.append(Diagnostic(ruleID: Diagnostic.syntaxErrorID, severity: .error,
                                                 message: "could not read the schema back from SQLite: \(error.message)",
                                                 location: source.location(ofByte: 0)))
        }
        return output
    }
}

/// What a statement's first words say about it.
struct SQLiteStatementKind {
    /// The label the statement is counted under in `skipped`, or nil when it is read.
    var skippedLabel: String?
    /// DROP statements are counted as skipped but still run.
    var runsWhenSkipped = false

    private static let skippedFirstWords: Set<String> = [
        "INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT", "WITH", "VALUES", "PRAGMA", "BEGIN", "COMMIT", "END",
        "ROLLBACK", "SAVEPOINT", "RELEASE", "ANALYZE", "VACUUM", "REINDEX", "ATTACH", "DETACH", "EXPLAIN",
    ]

    init(head: [SQLiteToken], source: SourceText) {
        let words = head.map { $0.kind == .word ? source.slice($0.start..<$0.end).uppercased() : "" }
        guard let first = words.first else { return }
        if Self.skippedFirstWords.contains(first) {
            skippedLabel = first.lowercased()
        } else if first == "CREATE" {
            // CREATE [TEMP|TEMPORARY] TRIGGER
            let object = words.dropFirst().first { $0 != "TEMP" && $0 != "TEMPORARY" }
            if object == "TRIGGER" { skippedLabel = "create trigger" }
        } else if first == "DROP", words.count > 1 {
            skippedLabel = "drop " + words[1].lowercased()
            runsWhenSkipped = words[1] != "TRIGGER"
        }
    }
}
