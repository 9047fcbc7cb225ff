/// Parses a `PgChunk` with one libpg_query call and checks that the chunk was cut where a statement
/// ends; classifies its statements as `PostgresReader` does the split ones, and decodes those worth
/// reading.
struct PgChunkParser {
    /// One statement of a chunk that parsed.
    struct Statement {
        enum Content {
            /// A statement that can carry schema information, decoded; `base` is where the text its
            /// node locations count from starts in the file (the chunk's start).
            case parsed(PgStatement, base: Int)
            /// pg_dump noise, by the kind it is counted under (`PgStatementClassifier`).
            case skipped(kind: String)
            /// libpg_query parsed it but its tree could not be decoded.
            case undecodable(message: String)
        }

        let span: PgStatementSpan
        let content: Content
    }

    enum Outcome {
        /// The chunk parsed and ended where it was cut: its statements, in order.
        case read([Statement])
        /// libpg_query rejected the chunk, or its last statement did not end at the chunk's `;` (the cut was
        /// not between two statements). Its statements are read one by one from the split instead.
        case unreadable
    }

    let parser = PgParser()
    let classifier: PgStatementClassifier

    /// Parses `text`, the chunk's bytes followed by a NUL.
    func parse(_ chunk: PgChunk, text: UnsafePointer<CChar>) -> Outcome {
        let lexer = classifier.lexer
        var statements: [Statement] = []
        var lastEnd: Int?
        let failure = parser.parseEach(text) { located in
            lastEnd = located.length > 0 ? chunk.start + located.location + located.length : nil
            guard let span = PgStatementSpan(location: located.location, length: located.length, offset: chunk.start,
                                             limit: chunk.end, lexer: lexer) else { return }
            switch classifier.classify(span) {
            case .skip(let kind):
                statements.append(Statement(span: span, content: .skipped(kind: kind)))
            case .parse:
                do {
                    statements.append(Statement(span: span, content: .parsed(try located.decode(), base: chunk.start)))
                } catch {
                    statements.append(Statement(span: span, content: .undecodable(message: PgParser.unreadable(error).message)))
                }
            }
        }
        if failure != nil { return .unreadable }
        if let terminator = chunk.terminator, lastEnd != terminator { return .unreadable }
        return .read(statements)
    }
}
