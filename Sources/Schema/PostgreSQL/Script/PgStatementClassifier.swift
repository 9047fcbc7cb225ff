/// Decides from a statement's leading keywords whether it can carry schema information. pg_dump files
/// are mostly noise for `review` (SET, `SELECT pg_catalog.set_config`, GRANT, `ALTER ... OWNER TO`,
/// extensions, functions, triggers, data): its trees are never decoded, and a statement read on its own
/// (`PostgresReader`'s fallback) is not even parsed.
///
/// Statements whose first word is not a PostgreSQL command are parsed, so that their syntax errors are
/// reported.
struct PgStatementClassifier {
    enum Verdict: Equatable {
        /// Parse it: it may create or change tables, indexes, types, sequences, views, schemas or comments.
        case parse
        /// Skip it; `kind` names it in the skipped counts (`SET`, `CREATE FUNCTION`, `OWNER TO`, ...; the
        /// reader counts it lowercased, as the other readers do).
        case skip(kind: String)
    }

    let lexer: PgLexer

    /// Objects whose CREATE statement is read.
    private static let createdObjects: Set<String> = ["TABLE", "INDEX", "SEQUENCE", "TYPE", "DOMAIN", "VIEW", "SCHEMA"]
    /// Objects whose ALTER statement is read (unless it only changes the owner).
    private static let alteredObjects: Set<String> = ["TABLE", "INDEX", "SEQUENCE", "TYPE", "DOMAIN"]
    private static let droppedObjects: Set<String> = ["TABLE", "INDEX", "SEQUENCE", "TYPE", "DOMAIN", "VIEW", "SCHEMA", "MATERIALIZED"]
    /// Words between CREATE and the object's kind.
    private static let createModifiers: Set<String> = [
        "OR", "REPLACE", "GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "UNIQUE", "RECURSIVE", "TRUSTED",
        "PROCEDURAL", "DEFAULT", "CONSTRAINT",
    ]
    /// Commands that never carry schema information.
    private static let otherCommands: Set<String> = [
        "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "COPY", "SET", "RESET", "SHOW", "GRANT", "REVOKE", "BEGIN",
        "COMMIT", "START", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "PREPARE", "EXECUTE", "DEALLOCATE",
        "DO", "CALL", "ANALYZE", "ANALYSE", "VACUUM", "TRUNCATE", "LOCK", "REFRESH", "REINDEX", "CLUSTER",
        "CHECKPOINT", "DISCARD", "LISTEN", "NOTIFY", "UNLISTEN", "LOAD", "DECLARE", "FETCH", "MOVE", "CLOSE",
        "EXPLAIN", "VALUES", "WITH", "TABLE", "SECURITY", "REASSIGN", "IMPORT",
    ]

    func classify(_ span: PgStatementSpan) -> Verdict {
        guard let first = lexer.token(at: span.keywordStart) else { return .parse }
        guard case .word = first.kind else {
            return first.kind == .punctuation(UInt8(ascii: "(")) ? .skip(kind: "SELECT") : .parse
        }
        let command = lexer.upperWord(first)
        switch command {
        case "CREATE":
            var token = lexer.token(at: first.end)
            var object = ""
            var sawConstraint = false
            while let current = token, case .word = current.kind {
                let word = lexer.upperWord(current)
                if Self.createModifiers.contains(word) {
                    sawConstraint = sawConstraint || word == "CONSTRAINT"
                    token = lexer.token(at: current.end)
                    continue
                }
                object = word
                if word == "MATERIALIZED" || word == "FOREIGN" || word == "EVENT" || word == "TEXT" || word == "ACCESS" {
                    if let next = lexer.token(at: current.end), case .word = next.kind { object += " " + lexer.upperWord(next) }
                }
                break
            }
            if object == "MATERIALIZED VIEW" || Self.createdObjects.contains(object) { return .parse }
            if sawConstraint && object == "TRIGGER" { return .skip(kind: "CREATE TRIGGER") }
            return .skip(kind: object.isEmpty ? "CREATE" : "CREATE " + object)
        case "ALTER":
            let objectToken = lexer.token(at: first.end)
            let object = objectToken.map { $0.kind == .word ? lexer.upperWord($0) : "" } ?? ""
            if changesOnlyOwner(span) { return .skip(kind: "OWNER TO") }
            if Self.alteredObjects.contains(object) { return .parse }
            return .skip(kind: object.isEmpty ? "ALTER" : "ALTER " + object)
        case "COMMENT":
            guard let on = lexer.token(at: first.end), let objectToken = lexer.token(at: on.end), objectToken.kind == .word else {
                return .parse
            }
            let object = lexer.upperWord(objectToken)
            return object == "TABLE" || object == "COLUMN" ? .parse : .skip(kind: "COMMENT ON " + object)
        case "DROP":
            guard let objectToken = lexer.token(at: first.end), objectToken.kind == .word else { return .parse }
            let object = lexer.upperWord(objectToken)
            return Self.droppedObjects.contains(object) ? .parse : .skip(kind: "DROP " + object)
        default:
            return Self.otherCommands.contains(command) ? .skip(kind: command) : .parse
        }
    }

    /// `ALTER <object> <name> OWNER TO <role>` and nothing else (no second subcommand after a comma).
    private func changesOnlyOwner(_ span: PgStatementSpan) -> Bool {
        // Most ALTER statements in a dump (ADD CONSTRAINT, SET DEFAULT) never spell OWNER: a byte scan
        // rules them out before tokenizing them.
        guard mentionsOwner(span) else { return false }
        var position = span.keywordStart
        var depth = 0
        var last: [PgToken] = []
        while position < span.end, let token = lexer.token(at: position), token.start < span.end {
            if case .punctuation(let c) = token.kind {
                if c == UInt8(ascii: "(") { depth += 1 }
                if c == UInt8(ascii: ")") { depth -= 1 }
                if c == UInt8(ascii: ","), depth == 0 { return false }
            }
            if last.count == 3 { last.removeFirst() }
            last.append(token)
            position = token.end
        }
        return last.count == 3 && lexer.isWord(last[0], "OWNER") && lexer.isWord(last[1], "TO")
    }

    /// Whether the letters `owner`, in any case, occur anywhere in the statement's bytes.
    private func mentionsOwner(_ span: PgStatementSpan) -> Bool {
        let bytes = lexer.bytes
        var i = span.keywordStart
        // A word that starts before the span's end counts, as in `changesOnlyOwner`.
        while i < span.end, i + 5 <= lexer.end {
            if bytes[i] | 0x20 == UInt8(ascii: "o"), bytes[i + 1] | 0x20 == UInt8(ascii: "w"), bytes[i + 2] | 0x20 == UInt8(ascii: "n"),
               bytes[i + 3] | 0x20 == UInt8(ascii: "e"), bytes[i + 4] | 0x20 == UInt8(ascii: "r") {
                return true
            }
            i += 1
        }
        return false
    }
}
