/// Reads PostgreSQL DDL through libpg_query, PostgreSQL 15's own parser.
///
/// The script is split with libpg_query's scanner (`PgScript`); each statement is classified by its
/// leading keywords (`PgStatementClassifier`), so that pg_dump noise is counted and skipped without being
/// parsed; the rest is parsed one statement at a time (`PgParser`, on every core: `PgBatchParser`), so a
/// statement that does not parse becomes a diagnostic at its exact position and reading goes on; the trees
/// are folded into the model in file order (`PgSchemaBuilder`).
enum PostgresReader {
    static func read(_ source: SourceText) -> DialectReadOutput {
        let script = PgScript(source)
        var builder = PgSchemaBuilder(source: source)
        var skipped: [String: Int] = [:]
        if script.metaCommands > 0 { skipped["psql meta-command"] = script.metaCommands }
        let classifier = PgStatementClassifier(lexer: PgLexer(bytes: script.buffer, end: script.length))
        var parsed: [PgStatementSpan] = []
        for span in script.statements {
            if case .skip(let kind) = classifier.classify(span) {
                // Lowercase, as the other readers count them ("set", "create function").
                skipped[kind.lowercased(), default: 0] += 1
            } else {
                parsed.append(span)
            }
        }
        PgBatchParser.parse(parsed, in: script.buffer) { index, result in
            let span = parsed[index]
            switch result {
            case .success(let statements):
                for statement in statements where !builder.apply(statement, start: span.keywordStart, end: span.end) {
                    skipped["other", default: 0] += 1
                }
            case .failure(let failure):
                let offset = failure.characterPosition > 0
                    ? PgScript.byteOffset(ofCharacter: failure.characterPosition, in: script.buffer, from: span.keywordStart, limit: span.end)
                    : span.keywordStart
                builder.syntaxError(failure.message, at: offset, statementStart: span.keywordStart)
            }
        }
        var statementCount = script.statements.count + script.metaCommands
        if let scanError = script.scanError {
            builder.syntaxError(scanError.message + "; the rest of the file cannot be read", at: scanError.offset,
                                statementStart: scanError.span.keywordStart)
            statementCount += 1
        }
        return DialectReadOutput(model: builder.finish(), diagnostics: builder.diagnostics,
                                 statementCount: statementCount, skipped: skipped)
    }
}
