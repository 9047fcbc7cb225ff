/// Placeholder until the PostgreSQL reader lands: reports that the dialect cannot be read yet.
enum PostgresReader {
    static func read(_ source: SourceText) -> DialectReadOutput {
        DialectReadOutput(model: SchemaModel(dialect: .postgresql), diagnostics: [
            Diagnostic(ruleID: "unsupported-dialect", severity: .error,
                       message: "the PostgreSQL reader is not built yet", location: source.location(ofByte: 0)),
        ])
    }
}
