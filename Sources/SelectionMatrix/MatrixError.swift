/// Why the matrix could not answer: an unknown database or requirement (with the closest valid names), or a
/// matrix file that cannot be used (with where and why). `description` is the one-line message for users.
public struct MatrixError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is; new codes can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A database name that matches no profile.
        public static let unknownDatabase = Code("unknown-database")
        /// A requirement name that matches no entry of the vocabulary.
        public static let unknownRequirement = Code("unknown-requirement")
        /// A matrix file that is not valid JSON or breaks a rule of the format.
        public static let invalidFile = Code("invalid-file")
        /// A matrix file that cannot be read at all.
        public static let unreadableFile = Code("unreadable-file")
        /// Options that do not fit together.
        public static let invalidQuery = Code("invalid-query")
    }

    public let code: Code
    /// What happened.
    public let message: String
    /// The closest valid names, best first (for unknown names).
    public let suggestions: [String]
    /// What to do, when the message does not say it already.
    public let hint: String?

    public init(code: Code, message: String, suggestions: [String] = [], hint: String? = nil) {
        self.code = code
        self.message = message
        self.suggestions = suggestions
        self.hint = hint
    }

    /// "unknown database 'mongodbb'; closest: mongodb, mysql, arangodb; `review matrix` lists them all".
    public var description: String {
        var text = message
        if !suggestions.isEmpty { text += "; closest: " + suggestions.joined(separator: ", ") }
        if let hint { text += "; " + hint }
        return text
    }

    static func unknownDatabase(_ name: String, suggestions: [String]) -> MatrixError {
        MatrixError(code: .unknownDatabase, message: "unknown database '\(name)'", suggestions: suggestions,
                    hint: "`review matrix` lists them all")
    }

    static func unknownRequirement(_ name: String, suggestions: [String]) -> MatrixError {
        MatrixError(code: .unknownRequirement, message: "unknown requirement '\(name)'", suggestions: suggestions,
                    hint: "`review matrix --list-requirements` lists them all")
    }

    static func invalidFile(_ source: String, _ problem: String) -> MatrixError {
        MatrixError(code: .invalidFile, message: "\(source): \(problem)")
    }
}
