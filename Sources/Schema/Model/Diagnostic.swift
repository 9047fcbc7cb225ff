/// Something worth telling the user about a place in the input: a statement that did not parse, or a
/// design rule's finding. Diagnostics are data; reporters render them.
public struct Diagnostic: Hashable, Codable, Sendable {
    public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// `syntax-error` for statements that did not parse, else the id of the rule that found it.
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// The object the diagnostic is about: `table` or `table.column`, when there is one.
    public var target: String?
    /// What to do about it.
    public var fix: String?

    public init(ruleID: String, severity: Severity, message: String, location: SourceLocation,
                target: String? = nil, fix: String? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.target = target
        self.fix = fix
    }

    public static let syntaxErrorID = "syntax-error"
}
