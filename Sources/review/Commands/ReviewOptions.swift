import ArgumentParser
import Consult
import Schema

/// The options `review FILE.sql` and `review ask` share.
struct ReviewOptions: ParsableArguments {
    @Option(name: .customLong("require"), parsing: .singleValue,
            help: "Requirements the answer must meet, comma-separated or repeated (acid, complex-joins, geospatial, ...; see `review matrix --list-requirements`).")
    var requirements: [String] = []

    @OptionGroup var locations: RunLocations

    @Option(help: "Output on stdout: text (where the record went and the decision) or json (the whole record).")
    var format: ReviewFormat = .text

    @Option(help: "Exit with 1 when the result is at or below a tier, or has findings at or above a severity: \(FailOn.choices).")
    var failOn: String = "never"

    @Option(help: "The SQL dialect of every schema file: postgresql, mysql or sqlite. Detected per file when omitted.")
    var dialect: String?

    @Flag(help: "Ask every panelist again instead of reusing identical earlier replies from the memory's response cache.")
    var noCache = false

    @Flag(help: "Print the prompts each panelist would get and the estimated tokens and cost; ask no one, write nothing.")
    var dryRun = false

    func validate() throws {
        if FailOn(argument: failOn) == nil {
            throw ValidationError("unknown --fail-on '\(failOn)'; use \(FailOn.choices)")
        }
        if let dialect, Dialect(userInput: dialect) == nil {
            throw ValidationError("unknown dialect '\(dialect)'; use postgresql, mysql or sqlite")
        }
    }

    var requirementNames: [String] {
        requirements.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    var failThreshold: FailOn { FailOn(argument: failOn) ?? .never }
    var parsedDialect: Dialect? { dialect.flatMap(Dialect.init(userInput:)) }
}

enum ReviewFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The exit-code paragraph of every command that asks the panel.
let reviewExitCodes = """
    Exit codes:
      0  done: a record was written and nothing tripped --fail-on (also when no panel is configured)
      1  done, but --fail-on tripped
      2  usage or input error: a bad option or configuration, a missing, empty, binary or oversized
         file, an unknown requirement, or a record that could not be written (it is then printed)
      3  no panelist gave a usable answer (the record, with every reply, is still written)
    """
