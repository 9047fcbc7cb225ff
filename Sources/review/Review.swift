import ArgumentParser
import Consult

/// `review`: the root command. Subcommands live one per file in Commands/.
struct Review: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Ask a panel of language models a database design question and measure how far to trust the answer.",
        usage: """
            review FILE.sql [--require ...] [--fail-on ...]     a schema review (same as `review schema`)
            review ask "question" [--kind K] [--context FILE ...]
            review <subcommand> [options]
            """,
        discussion: """
            Exit codes (every subcommand):
              0  done, nothing at or above the --fail-on threshold
              1  done, but --fail-on tripped
              2  usage or input error (missing or unreadable file, bad option, bad configuration)
              3  no panelist gave a usable answer
            """,
        version: ReviewVersion.current,
        subcommands: [SchemaReview.self, Ask.self, Lint.self, Inspect.self, Matrix.self, PanelCommand.self, History.self, Show.self,
                      Search.self, Diff.self, OutcomeCommand.self, Calibration.self, MemoryCommand.self, Audit.self],
        defaultSubcommand: SchemaReview.self
    )
}

@main
enum Main {
    static func main() async {
        do {
            var command = try Review.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(with: error)
        }
    }

    /// ArgumentParser's own usage errors exit with 64; `review` documents 2 for every usage error.
    static func exit(with error: any Error) -> Never {
        let code = Review.exitCode(for: error)
        if code == .validationFailure {
            let message = Review.fullMessage(for: error)
            FileHandleOutput.standardError.write(message + "\n")
            Review.exit(withError: ExitCode(2))
        }
        Review.exit(withError: error)
    }
}
