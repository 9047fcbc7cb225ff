import Support

/// Reads PostgreSQL DDL through libpg_query, PostgreSQL 15's own parser.
///
/// The file is cut into chunks of whole statements (`PgChunk`), which are parsed on every core, one
/// libpg_query call each (`PgBatchParser`, `PgChunkParser`). Each statement is classified by its leading
/// keywords (`PgStatementClassifier`), so that pg_dump noise is counted and skipped without being
/// decoded; the trees of the rest are folded into the model in file order (`PgSchemaBuilder`) while the
/// later chunks are still being parsed.
///
/// libpg_query stops at a file's first syntax error. From the first chunk that does not parse (or that
/// was cut in the wrong place) to the end of the file, the script is therefore split with libpg_query's
/// scanner instead (`PgScript`) and each statement is parsed alone, so a statement that does not parse
/// becomes a diagnostic at its exact position and reading goes on.
enum PostgresReader {
    /// Reads `source` in chunks of about `chunkSize` bytes; `nil` splits the whole file and parses its
    /// statements one by one (what a chunk that does not parse falls back to; the tests compare the two).
    static func read(_ source: SourceText, chunkSize: Int? = PgChunk.targetSize) -> DialectReadOutput {
        var script = PgScript(source, splittingFrom: nil)
        var builder = PgSchemaBuilder(source: source)
        var skipped: [String: Int] = [:]
        if script.metaCommands > 0 { skipped["psql meta-command"] = script.metaCommands }
        let classifier = PgStatementClassifier(lexer: PgLexer(bytes: script.buffer, end: script.length))
        var statementCount = script.metaCommands

        func skip(_ kind: String) {
            // Lowercase, as the other readers count them ("set", "create function").
            skipped[kind.lowercased(), default: 0] += 1
        }

        var splitFrom: Int? = 0
        if let chunkSize {
            splitFrom = nil
            let chunks = script.buffer.withUnsafeBufferPointer { PgChunk.cut($0, length: script.length, targetSize: chunkSize) }
            PgBatchParser.parse(chunks, in: script.buffer, classifier: classifier) { index, outcome in
                guard case .read(let statements) = outcome else {
                    splitFrom = chunks[index].start
                    return false
                }
                statementCount += statements.count
                for statement in statements {
                    let span = statement.span
                    switch statement.content {
                    case .parsed(let tree, let base):
                        if !builder.apply(tree, base: base, start: span.keywordStart, end: span.end) { skip("other") }
                    case .skipped(let kind):
                        skip(kind)
                    case .undecodable(let message):
                        builder.syntaxError(message, at: span.keywordStart, statementStart: span.keywordStart)
                    }
                }
                return true
            }
        }
        if let splitFrom {
            script.split(from: splitFrom)
            statementCount += readOneByOne(script, classifier: classifier, into: &builder, skip: skip)
        }
        return DialectReadOutput(model: builder.finish(), diagnostics: builder.diagnostics,
                                 statementCount: statementCount, skipped: skipped)
    }

    /// Reads the statements `script` was split into, each parsed alone. Returns how many there were.
    private static func readOneByOne(_ script: PgScript, classifier: PgStatementClassifier, into builder: inout PgSchemaBuilder,
                                     skip: (String) -> Void) -> Int {
        var parsed: [PgStatementSpan] = []
        for span in script.statements {
            if case .skip(let kind) = classifier.classify(span) { skip(kind) } else { parsed.append(span) }
        }
        PgBatchParser.parse(parsed, in: script.buffer) { index, result in
            let span = parsed[index]
            switch result {
            case .success(let statements):
                for statement in statements
                where !builder.apply(statement, base: span.keywordStart, start: span.keywordStart, end: span.end) {
                    skip("other")
                }
            case .failure(let failure):
                let offset = failure.characterPosition > 0
                    ? PgScript.byteOffset(ofCharacter: failure.characterPosition, in: script.buffer, from: span.keywordStart, limit: span.end)
                    : span.keywordStart
                builder.syntaxError(failure.message, at: offset, statementStart: span.keywordStart)
            }
        }
        guard let scanError = script.scanError else { return script.statements.count }
        builder.syntaxError(scanError.message + "; the rest of the file cannot be read", at: scanError.offset,
                            statementStart: scanError.span.keywordStart)
        return script.statements.count + 1
    }
}
