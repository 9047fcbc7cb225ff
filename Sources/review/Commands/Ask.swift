import ArgumentParser
import Consensus
import Consult

extension Review {
    /// `review ask "question"`: any database design question, with schemas and documents as context.
    struct Ask: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ask",
            abstract: "Ask the panel a database design question and write a decision record.",
            discussion: """
                Kinds: \(QuestionKind.allCases.map { $0.rawValue }.joined(separator: ", ")). Each has a decision field \
                with canonical options (selection: databases from the selection matrix), so agreement can be \
                measured. Schema files given with --context are read and digested like `review FILE.sql`; other \
                files are passed as documents, fenced as data.

                Examples:
                  review ask "Which database for a multi-tenant ledger?" --kind selection --require acid,complex-joins
                  review ask "How do we split the events table?" --kind scaling --context schema.sql

                \(reviewExitCodes)
                """)

        @Argument(help: "The question, in your words.")
        var question: String

        @Option(help: "The question kind: \(QuestionKind.allCases.map { $0.rawValue }.joined(separator: ", ")).")
        var kind: String = QuestionKind.general.rawValue

        @Option(name: .customLong("context"), help: "A schema (.sql) or document the question is about; repeat for more.")
        var context: [String] = []

        @OptionGroup var options: ReviewOptions

        func validate() throws {
            if question.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("the question is empty")
            }
            if QuestionKind(rawValue: kind) == nil {
                throw ValidationError("unknown kind '\(kind)'; use \(QuestionKind.allCases.map { $0.rawValue }.joined(separator: ", "))")
            }
        }

        func run() async throws {
            let request = ReviewRequest(kind: QuestionKind(rawValue: kind) ?? .general, question: question, files: context,
                                        requirements: options.requirementNames, dialect: options.parsedDialect,
                                        maxInputSize: options.locations.maxInputSize)
            try await ReviewRunner(options: options).run(request)
        }
    }
}
