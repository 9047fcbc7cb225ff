import Consensus
import Schema
import Support

/// What the user asked for: `review FILE.sql` (a schema review) or `review ask "..."`.
public struct ReviewRequest: Sendable {
    public var kind: QuestionKind
    /// The question in the user's words; nil for `review FILE.sql`, which asks for a schema review.
    public var question: String?
    /// Files given: `.sql` files are read as schemas, anything else as a context document.
    public var files: [String]
    /// Requirement names from `--require`.
    public var requirements: [String]
    public var dialect: Dialect?
    public var maxInputSize: Int

    public init(kind: QuestionKind, question: String? = nil, files: [String] = [], requirements: [String] = [],
                dialect: Dialect? = nil, maxInputSize: Int = TextFile.defaultSizeLimit) {
        self.kind = kind
        self.question = question
        self.files = files
        self.requirements = requirements
        self.dialect = dialect
        self.maxInputSize = maxInputSize
    }

    /// Whether `path` is read as a schema (by extension: .sql, .ddl).
    public static func isSchema(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".sql") || lowered.hasSuffix(".ddl")
    }
}
