import Schema

/// What linting one file found: its diagnostics in reading order and how many findings were suppressed.
public struct FileReport: Sendable {
    public let path: String
    public let dialect: Dialect
    /// Why this dialect: `--dialect`, or the marks found in the text.
    public let dialectReason: String
    public let diagnostics: [Diagnostic]
    public let suppressedCount: Int

    public init(path: String, dialect: Dialect, dialectReason: String, diagnostics: [Diagnostic], suppressedCount: Int) {
        self.path = path
        self.dialect = dialect
        self.dialectReason = dialectReason
        self.diagnostics = diagnostics
        self.suppressedCount = suppressedCount
    }
}
