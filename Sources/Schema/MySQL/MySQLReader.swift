/// Placeholder until the MySQL reader lands: reports that the dialect cannot be read yet.
enum MySQLReader {
    static func read(_ source: SourceText) -> DialectReadOutput {
        DialectReadOutput(model: SchemaModel(dialect: .mysql), diagnostics: [
            Diagnostic(ruleID: "unsupported-dialect", severity: .error,
                       message: "the MySQL reader is not built yet", location: source.location(ofByte: 0)),
        ])
    }
}
