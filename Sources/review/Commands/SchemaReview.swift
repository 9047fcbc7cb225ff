import ArgumentParser
import Consensus
import Consult

extension Review {
    /// `review FILE.sql` (the default command, also `review schema FILE.sql`): a schema review by the panel.
    struct SchemaReview: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Review a schema with the panel and write a decision record (the default: `review FILE.sql`).",
            discussion: """
                Reads the DDL (PostgreSQL, MySQL or SQLite), runs the design rules, derives requirements, asks every \
                panelist at once (architect, independent assessor, implementation analyst), scores how far they \
                agree per decision and per finding, checks each finding against the schema and each recommended \
                database against the selection matrix, and writes reports/NNNN-slug.md and .json.

                With no panelist configured, the record holds the deterministic checks only and says how to \
                configure a panel. Progress goes to stderr.

                \(reviewExitCodes)
                """)

        @Argument(help: "Schema files (.sql); other files are passed to the panel as context documents.")
        var files: [String]

        @OptionGroup var options: ReviewOptions

        func validate() throws {
            if files.isEmpty { throw ValidationError("give a schema file: review FILE.sql") }
        }

        func run() async throws {
            let request = ReviewRequest(kind: .schemaReview, files: files, requirements: options.requirementNames,
                                        dialect: options.parsedDialect, maxInputSize: options.locations.maxInputSize)
            try await ReviewRunner(options: options).run(request)
        }
    }
}
