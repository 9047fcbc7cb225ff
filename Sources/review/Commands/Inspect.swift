import ArgumentParser
import Foundation
import Schema
import Support

extension Review {
    /// `review inspect FILE`: what `review` understood of a DDL file.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "inspect",
            abstract: "Read DDL and print what review understood: dialect, counts, skipped statements, parse errors.",
            discussion: """
                Reads PostgreSQL (through libpg_query), SQLite (through SQLite itself) or MySQL DDL. The dialect
                is detected from the text unless --dialect is given. Statements that do not parse are reported as
                path:line:column and reading goes on with the next one.

                --format json prints the whole normalized schema model; --format digest prints the compact text
                the panel is shown.

                Exit codes: 0 read (parse errors are reported, not fatal); 2 the file could not be read.
                """,
            aliases: ["schema-info"]
        )

        @Argument(help: "A .sql file with CREATE TABLE statements (a pg_dump, mysqldump or .schema output works).")
        var file: String

        @Option(help: "The SQL dialect: postgresql, mysql or sqlite. Detected from the text when omitted.")
        var dialect: String?

        @Option(help: "Output: text (a summary), json (the schema model) or digest (the compact prompt text).")
        var format: InspectFormat = .text

        @Option(help: "Refuse input files larger than this many bytes.")
        var maxInputSize: Int = TextFile.defaultSizeLimit

        mutating func validate() throws {
            if let dialect, Dialect(userInput: dialect) == nil {
                throw ValidationError("unknown dialect '\(dialect)'; use postgresql, mysql or sqlite")
            }
        }

        func run() throws {
            // The summary and the model carry the fingerprint: libcrypto loads (2 ms) while the file is read.
            if format != .digest { SHA256.loadInBackground() }
            let result: SchemaReadResult
            do {
                result = try SchemaReader.read(path: file, dialect: dialect.flatMap(Dialect.init(userInput:)),
                                               sizeLimit: maxInputSize)
            } catch {
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
            switch format {
            case .text:
                ProcessOutput.standardOutput.write(SchemaSummary(result).text)
            case .json:
                ProcessOutput.standardOutput.write(try SchemaSummary(result).json() + "\n")
            case .digest:
                ProcessOutput.standardOutput.write(SchemaDigest.render(result.model))
            }
        }
    }

    enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, digest
    }
}
