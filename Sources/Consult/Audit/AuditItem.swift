import Consensus
import Schema
import Foundation

/// One thing an audit asks the panel about: a schema review of a `.sql` file, or a question with its kind,
/// context files and requirements. `id` names it in the report (its file's path within the audit).
public struct AuditItem: Sendable, Hashable {
    public var id: String
    public var kind: QuestionKind
    /// The question; nil for a schema review.
    public var question: String?
    /// Schema files and context documents, as paths the review reads (relative to the working directory).
    public var files: [String]
    public var requirements: [String]
    public var dialect: String?

    public init(id: String, kind: QuestionKind, question: String? = nil, files: [String], requirements: [String] = [],
                dialect: String? = nil) {
        self.id = id
        self.kind = kind
        self.question = question
        self.files = files
        self.requirements = requirements
        self.dialect = dialect
    }

    /// The review request for this item.
    public func request(maxInputSize: Int) -> ReviewRequest {
        ReviewRequest(kind: kind, question: question, files: files, requirements: requirements,
                      dialect: dialect.flatMap { Dialect(userInput: $0) }, maxInputSize: maxInputSize)
    }
}
