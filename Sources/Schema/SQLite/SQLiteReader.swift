/// Placeholder until the SQLite reader lands: reports that the dialect cannot be read yet.
enum SQLiteReader {
    static func read(_ source: SourceText) -> DialectReadOutput {
        DialectReadOutput(model: SchemaModel(dialect: .sqlite), diagnostics: [
            Diagnostic(ruleID: "unsupported-dialect", severity: .error,
                       message: "the SQLite reader is not built yet", location: source.location(ofByte: 0)),
        ])
    }
}
