import Support

/// Reads DDL in any of the three dialects into one `SchemaModel`.
public enum SchemaReader {
    /// Reads and checks `path` (missing, directory, binary, empty, too large: `InputError`), then parses it.
    public static func read(path: String, dialect: Dialect? = nil,
                            sizeLimit: Int = TextFile.defaultSizeLimit) throws(InputError) -> SchemaReadResult {
        let file = try TextFile.read(path, sizeLimit: sizeLimit)
        return read(file, dialect: dialect)
    }

    /// Parses already-read text. Statements that do not parse become diagnostics; reading goes on.
    public static func read(_ file: TextFile, dialect: Dialect? = nil) -> SchemaReadResult {
        read(text: file.text, path: file.path, dialect: dialect)
    }

    public static func read(text: String, path: String, dialect: Dialect? = nil) -> SchemaReadResult {
        let chosen: Dialect
        let reason: String
        if let dialect {
            chosen = dialect
            reason = "chosen with --dialect"
        } else {
            let guess = DialectDetector.detect(text)
            chosen = guess.dialect
            reason = guess.reason
        }
        let source = SourceText(path: path, text: text)
        let output: DialectReadOutput
        switch chosen {
        case .postgresql: output = PostgresReader.read(source)
        case .sqlite: output = SQLiteReader.read(source)
        case .mysql: output = MySQLReader.read(source)
        }
        return SchemaReadResult(path: path, dialect: chosen, dialectReason: reason, model: output.model,
                                diagnostics: output.diagnostics, statementCount: output.statementCount,
                                skipped: output.skipped)
    }
}

/// What a dialect reader produces; `SchemaReader` adds the path and the dialect's reason.
struct DialectReadOutput {
    var model: SchemaModel
    var diagnostics: [Diagnostic] = []
    var statementCount = 0
    var skipped: [String: Int] = [:]
}
