import ArgumentParser
import Consult
import Foundation
import Schema
import SelectionMatrix
import Support
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Review {
    /// `review matrix`: the built-in database selection matrix (profiles, rankings, checks).
    struct Matrix: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "matrix",
            abstract: "Show the database selection matrix, rank databases for requirements, or check a choice.",
            discussion: """
                review matrix                                       every database, one line each
                review matrix postgresql                            one profile in full
                review matrix --require acid,geospatial,read-heavy  the ranking, with reasons
                review matrix --check dynamodb --require complex-joins   the verdict on one choice
                review matrix --schema schema.sql                   requirements derived from DDL, ranked
                review matrix --list-requirements                   the requirement vocabulary

                Names are matched loosely ("Postgres 16", "AWS DynamoDB", "Mongo"); an unknown database or
                requirement is an error that lists the closest known ones. [matrix] file = "path" in
                review.toml adds or replaces profiles from a file in the built-in format.

                Exit codes: 0 done; 1 --fail-on tripped; 2 unknown name or requirement, unreadable schema,
                bad configuration or matrix file.
                """
        )

        @Argument(help: "A database to show (or to check, with --require).")
        var database: String?

        @Option(name: .customLong("require"),
                help: "Requirements, comma-separated or repeated (e.g. acid,geospatial,read-heavy).")
        var require: [String] = []

        @Option(help: "Check this database against the requirements.")
        var check: String?

        @Option(help: "Derive requirements from a DDL file (foreign keys, jsonb, tsvector, vector, geometry, time partitions).")
        var schema: String?

        @Flag(help: "List the requirement vocabulary.")
        var listRequirements = false

        @Option(help: "Ranking entries to show (default \(MatrixQuery.defaultTop); 0 shows all).")
        var top: Int?

        @Option(help: "Output: text (aligned table), markdown or json.")
        var format: MatrixOutputFormat = .text

        @Option(help: "With --check: exit 1 when the verdict is this bad or worse (violates, or partly).")
        var failOn: MatrixFailOn?

        @Option(help: "The configuration file (default: review.toml in the current directory, if present).")
        var config: String?

        mutating func validate() throws {
            if failOn != nil, check == nil, database == nil || (require.isEmpty && schema == nil) {
                throw ValidationError("--fail-on applies to checks: use it with --check DB --require LIST")
            }
        }

        func run() throws {
            let matrix = try loadMatrix()
            let derived = try deriveRequirements()
            let query = MatrixQuery(database: database, check: check, require: require, derived: derived,
                                    listRequirements: listRequirements, top: top, format: format,
                                    width: format == .text ? Self.terminalWidth() : nil)
            let answer: MatrixAnswer
            do {
                answer = try query.answer(using: matrix)
            } catch {
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
            ProcessOutput.standardOutput.write(answer.output)
            if let failOn, let verdict = answer.verdict, failOn.trips(on: verdict) {
                throw ExitCode(1)
            }
        }

        /// The built-in matrix with the `[matrix] file` of the configuration applied.
        private func loadMatrix() throws -> SelectionMatrix {
            do {
                let file = try ConfigFile.load(explicitPath: config)
                let section = try file.section("matrix", as: MatrixConfiguration.self)
                let directory = file.path.map { ($0 as NSString).deletingLastPathComponent }
                    .flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
                return try SelectionMatrix.configured(section, relativeTo: directory)
            } catch {
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
        }

        private func deriveRequirements() throws -> [DerivedRequirement] {
            guard let schema else { return [] }
            do {
                let result = try SchemaReader.read(path: schema)
                let failed = result.diagnostics.count { $0.severity == .error }
                if result.model.tables.isEmpty, failed > 0 {
                    ProcessOutput.standardError.write(
                        "error: no table could be read from \(schema) (\(failed) error(s); `review inspect \(schema)` shows them)\n")
                    throw ExitCode(2)
                }
                if failed > 0 {
                    ProcessOutput.standardError.write(
                        "warning: \(failed) statement(s) in \(schema) could not be read; `review inspect \(schema)` shows them, and the derived requirements may be incomplete\n")
                }
                let derived = RequirementDerivation.derive(from: result.model)
                if derived.isEmpty, require.isEmpty {
                    ProcessOutput.standardError.write(
                        "error: \(schema) suggests no requirement (no cross-table foreign keys, JSON, full-text, vector, spatial or time-partitioned tables); add --require LIST\n")
                    throw ExitCode(2)
                }
                return derived
            } catch let error as InputError {
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
        }

        /// The width to cut text tables to when printing to a terminal: $COLUMNS, else the window size.
        private static func terminalWidth() -> Int? {
            guard Terminal.isTerminal(STDOUT_FILENO) else { return nil }
            if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
                return columns
            }
            var size = winsize()
            guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return nil }
            return Int(size.ws_col)
        }
    }

    /// `--fail-on` for `review matrix --check`.
    enum MatrixFailOn: String, ExpressibleByArgument, CaseIterable {
        case violates, partly

        func trips(on verdict: Verdict) -> Bool {
            switch self {
            case .violates: verdict == .violates || verdict == .unknown
            case .partly: verdict != .consistent
            }
        }
    }
}

extension MatrixOutputFormat: ExpressibleByArgument {}
