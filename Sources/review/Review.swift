import ArgumentParser
import Consult
import Support

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
                      Search.self, Diff.self, OutcomeCommand.self, Calibration.self, MemoryCommand.self, Audit.self]
    )

    /// `review FILE.sql ...` is `review schema FILE.sql ...`: arguments that do not start with a subcommand
    /// or one of the root's own flags get `schema` in front.
    ///
    /// This stands in for ArgumentParser's `defaultSubcommand`, which made every command, `lint` and
    /// `inspect` included, also build the schema review's whole option set at start: 2 ms of a 37 ms
    /// `review lint` on danbooru (alternating medians of 41 runs).
    static func routed(_ arguments: [String]) -> [String] {
        guard let first = arguments.first else { return arguments }
        let subcommands = Set(configuration.subcommands.map { $0._commandName } + ["help"])
        let rootFlags: Set<String> = ["-h", "--help", "-help", "--version", "--generate-completion-script",
                                      "--experimental-dump-help"]
        if subcommands.contains(first) || rootFlags.contains(first) || first.hasPrefix("--generate-completion-script=") {
            return arguments
        }
        return [SchemaReview._commandName] + arguments
    }
}

@main
enum Main {
    static func main() async {
        do {
            var command = try Review.parseAsRoot(Review.routed(Array(CommandLine.arguments.dropFirst())))
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
            ProcessOutput.standardError.write(message + "\n")
            Review.exit(withError: ExitCode(2))
        }
        Review.exit(withError: error)
    }
}
