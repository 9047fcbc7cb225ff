/// What reading one DDL file produced: the model, and everything the user should know about how it
/// was read (dialect and why, statements skipped, statements that did not parse).
public struct SchemaReadResult: Sendable, Codable {
    public var path: String
    public var dialect: Dialect
    /// Why this dialect: `--dialect`, or the marks found in the text.
    public var dialectReason: String
    public var model: SchemaModel
    /// Statements that did not parse (`syntax-error`) and constructs read only in part.
    public var diagnostics: [Diagnostic]
    /// Statements seen, including skipped ones and ones that did not parse.
    public var statementCount: Int
    /// Statements that carry no schema information (SET, GRANT, INSERT, functions, ...), by kind.
    public var skipped: [String: Int]

    public init(path: String, dialect: Dialect, dialectReason: String, model: SchemaModel,
                diagnostics: [Diagnostic], statementCount: Int, skipped: [String: Int]) {
        self.path = path
        self.dialect = dialect
        self.dialectReason = dialectReason
        self.model = model
        self.diagnostics = diagnostics
        self.statementCount = statementCount
        self.skipped = skipped
    }

    public var skippedCount: Int { skipped.values.reduce(0, +) }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
