import ArgumentParser
import Consult
import Foundation
import Lint
import Schema
import Support

extension Review {
    /// `review lint FILE|DIR...`: the design rules over DDL files, for people and for CI.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check DDL against design rules: keys, references, types, indexes, table design, naming, secrets.",
            discussion: """
                Reads each file (a directory: every .sql file in it, recursively) in its dialect, detected from the \
                text unless --dialect is given, and runs every rule that applies to that dialect. Statements that do \
                not parse are reported as syntax-error findings and the rest of the file is still checked.

                Output: text (path:line:col: severity: message [rule-id], on stderr, colored on a terminal unless \
                NO_COLOR is set), json, sarif (SARIF 2.1.0, for GitHub code scanning) or github (workflow \
                annotations); json, sarif and github go to stdout.

                Suppress a finding with a comment on the line before the object, or at the end of its line:
                  -- review-ignore rule-id[, rule-id]
                or for the whole file, anywhere in it:
                  -- review-ignore-file rule-id
                (# works as well as --). Suppressed findings are counted in the summary.

                Configuration: [lint] in review.toml (or --config): disable = [...], max-indexes-per-table, \
                max-table-columns, max-index-columns, and [lint.severity] rule-id = "error|warning|info|off".

                Exit codes:
                  0  no finding at or above --fail-on
                  1  a finding at or above --fail-on (default: error)
                  2  usage or input error: a bad option or configuration, or a file that is
                     missing, empty, binary, too large or not UTF-8 (the others are still linted)
                """)

        @Argument(help: "DDL files, or directories whose .sql files are linted.")
        var paths: [String] = []

        @Option(help: "The SQL dialect of every file: postgresql, mysql or sqlite. Detected per file when omitted.")
        var dialect: String?

        @Option(help: "Output: text, json, sarif or github.")
        var format: LintFormat = .text

        @Option(help: "The lowest severity that makes the exit code 1: error, warning, info or never.")
        var failOn: FailOn = .error

        @Option(help: "The configuration file (default: review.toml in the current directory, if present).")
        var config: String?

        @Option(help: "Refuse input files larger than this many bytes.")
        var maxInputSize: Int = TextFile.defaultSizeLimit

        @Flag(help: "Print every rule with its rationale and fix (as configured), and exit.")
        var listRules = false

        mutating func validate() throws {
            if let dialect, Dialect(userInput: dialect) == nil {
                throw ValidationError("unknown dialect '\(dialect)'; use postgresql, mysql or sqlite")
            }
            if !listRules && paths.isEmpty {
                throw ValidationError("give at least one .sql file or directory to lint (or --list-rules)")
            }
            if maxInputSize < 1 { throw ValidationError("--max-input-size must be a positive number of bytes") }
        }

        func run() throws {
            let configuration = try loadConfiguration()
            if listRules {
                let listing = RuleListing(configuration: configuration)
                ProcessOutput.standardOutput.write(format == .json ? try listing.json() : listing.text())
                return
            }
            let runner = LintRunner(linter: Linter(configuration: configuration),
                                    dialect: dialect.flatMap(Dialect.init(userInput:)), sizeLimit: maxInputSize)
            let report = runner.run(paths: paths)
            for problem in report.inputProblems {
                ProcessOutput.standardError.write("error: \(problem.message)\n")
            }
            switch format {
            case .text:
                let reporter = TextReporter(useColor: Terminal.usesColor(ProcessOutput.standardError.descriptor))
                ProcessOutput.standardError.write(reporter.render(report))
            case .json:
                ProcessOutput.standardOutput.write(try JSONReporter(toolVersion: ReviewVersion.current).render(report))
            case .sarif:
                ProcessOutput.standardOutput.write(try SARIFReporter(toolVersion: ReviewVersion.current).render(report))
            case .github:
                ProcessOutput.standardOutput.write(GitHubReporter().render(report))
            }
            let code = report.exitCode(failOn: failOn.threshold)
            if code != 0 { throw ExitCode(code) }
        }

        private func loadConfiguration() throws -> LintConfiguration {
            do {
                let file = try ConfigFile.load(explicitPath: config)
                return try file.section("lint", as: LintConfiguration.self) ?? LintConfiguration()
            } catch {
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
        }
    }

    enum LintFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var threshold: FailThreshold { FailThreshold(rawValue: rawValue) ?? .error }
    }
}
