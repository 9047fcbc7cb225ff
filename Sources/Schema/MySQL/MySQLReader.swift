/// Reads MySQL DDL (hand-written files and mysqldump output) with a tokenizer and a recursive-descent
/// parser written for `review` (`MySQLLexer`, `MySQLParser`), applying each statement to the schema
/// being built (`MySQLSchemaBuilder`).
///
/// - Statements that define nothing (INSERT, SET, LOCK/UNLOCK, procedures, triggers, ...) are counted in
///   `skipped` after their first words and dropped with a byte scan, so dumps that are mostly data read fast.
///   DROP TABLE/VIEW/INDEX are counted as skipped (they define nothing) but applied, so an object the
///   script drops is not in the model; dropping what does not exist is not an error.
///   ALTER TABLE statements that change nothing (mysqldump's `DISABLE KEYS`) are counted as skipped.
/// - A statement that does not parse, or cannot be applied (ALTER of a table the file never creates), becomes
///   a `syntax-error` diagnostic at the offending token, naming what was expected; reading resumes at the
///   next statement and the failed statement changes nothing.
enum MySQLReader {
    static func read(_ source: SourceText) -> DialectReadOutput {
        var output = DialectReadOutput(model: SchemaModel(dialect: .mysql))
        var parser = MySQLParser(source: source)
        var builder = MySQLSchemaBuilder(source: source, dumpDatabase: dumpDatabase(source))
        while parser.beginStatement() {
            output.statementCount += 1
            do {
                let statement = try parser.statement()
                parser.finishStatement()
                if let label = skippedLabel(statement) { output.skipped[label, default: 0] += 1 }
                try builder.apply(statement)
                reportUnclosed(&parser, source, into: &output)
            } catch {
                parser.finishStatement()
                parser.lexer.unclosed = nil
                output.diagnostics.append(Diagnostic(ruleID: Diagnostic.syntaxErrorID, severity: .error, message: error.message,
                                                     location: source.location(ofByte: error.offset)))
            }
        }
        reportUnclosed(&parser, source, into: &output)
        output.model = builder.model()
        output.diagnostics = (output.diagnostics + builder.diagnostics).sorted { $0.location < $1.location }
        return output
    }

    /// A quote or block comment that never closes swallows the rest of the file, statements included.
    private static func reportUnclosed(_ parser: inout MySQLParser, _ source: SourceText, into output: inout DialectReadOutput) {
        guard let offset = parser.lexer.unclosed else { return }
        parser.lexer.unclosed = nil
        output.diagnostics.append(Diagnostic(ruleID: Diagnostic.syntaxErrorID, severity: .error,
                                             message: "a quote or comment that starts here is never closed; the rest of the file was read as part of it",
                                             location: source.location(ofByte: offset)))
    }

    /// The label a statement is counted under in `skipped`, or nil when it defines something.
    private static func skippedLabel(_ statement: MySQLStatement) -> String? {
        switch statement {
        case .skipped(let label): return label
        case .dropTables: return "drop table"
        case .dropViews: return "drop view"
        case .dropIndex: return "drop index"
        case .alterTable(_, _, let actions):
            let changes = actions.contains { if case .noEffect = $0 { false } else { true } }
            return changes ? nil : "alter table"
        default: return nil
        }
    }

    /// The database a mysqldump header names (`-- Host: localhost    Database: shop`), if any.
    static func dumpDatabase(_ source: SourceText) -> String? {
        let head = source.slice(0..<min(source.utf8.count, 4096))
        for line in head.split(separator: "\n", maxSplits: 40) where line.hasPrefix("-- Host:") {
            guard let range = line.range(of: "Database: ") else { return nil }
            let name = line[range.upperBound...].prefix { !$0.isWhitespace }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }
}
