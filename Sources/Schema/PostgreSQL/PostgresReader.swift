import Foundation
import Support

/// Reads PostgreSQL DDL through libpg_query, PostgreSQL 15's own parser.
///
/// The file is cut into chunks of whole statements (`PgChunk`), which are parsed on every core, one
/// libpg_query call each (`PgBatchParser`, `PgChunkParser`). Each statement is classified by its leading
/// keywords (`PgStatementClassifier`), so that pg_dump noise is counted and skipped without being
/// decoded; the trees of the rest are folded into the model in file order (`PgSchemaBuilder`) while the
/// later chunks are still being parsed.
///
/// libpg_query stops at a text's first syntax error, so a chunk that does not parse is split with
/// libpg_query's scanner (`PgScript`) and each of its statements is parsed alone: a statement that does
/// not parse becomes a diagnostic at its exact position and reading goes on. When the chunk does not
/// split cleanly on its own (it was cut inside a statement, a string or a comment), the rest of the file
/// is split and read that way instead.
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
                    // A statement in the chunk does not parse: when the chunk splits cleanly on its own, its
                    // statements are read one by one here and the chunks after it stand; otherwise the rest
                    // of the file is split.
                    guard let spans = script.statements(in: chunks[index]) else {
                        splitFrom = chunks[index].start
                        return false
                    }
                    statementCount += readOneByOne(spans, in: script.buffer, workers: 1, classifier: classifier, into: &builder, skip: skip)
                    return true
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
            statementCount += readOneByOne(script.statements, in: script.buffer, classifier: classifier, into: &builder, skip: skip)
            if let scanError = script.scanError {
                builder.syntaxError(scanError.message + "; the rest of the file cannot be read", at: scanError.offset,
                                    statementStart: scanError.span.keywordStart)
                statementCount += 1
            }
        }
        return DialectReadOutput(model: builder.finish(), diagnostics: builder.diagnostics,
                                 statementCount: statementCount, skipped: skipped)
    }

    /// Reads `spans`, each statement parsed alone (on `workers` threads). Returns how many there were.
    private static func readOneByOne(_ spans: [PgStatementSpan], in buffer: [UInt8],
                                     workers: Int = ParallelWork.cores,
                                     classifier: PgStatementClassifier, into builder: inout PgSchemaBuilder,
                                     skip: (String) -> Void) -> Int {
        var parsed: [PgStatementSpan] = []
        for span in spans {
            if case .skip(let kind) = classifier.classify(span) { skip(kind) } else { parsed.append(span) }
        }
        PgBatchParser.parse(parsed, in: buffer, workers: workers) { index, result in
            let span = parsed[index]
            switch result {
            case .success(let statements):
                for statement in statements
                where !builder.apply(statement, base: span.keywordStart, start: span.keywordStart, end: span.end) {
                    skip("other")
                }
            case .failure(let failure):
                let offset = failure.characterPosition > 0
                    ? PgScript.byteOffset(ofCharacter: failure.characterPosition, in: buffer, from: span.keywordStart, limit: span.end)
                    : span.keywordStart
                builder.syntaxError(failure.message, at: offset, statementStart: span.keywordStart)
            }
        }
        return spans.count
    }
}
