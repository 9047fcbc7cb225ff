import ArgumentParser
import Consult
import Foundation
import Memory
import Support

extension Review {
    /// `review memory rebuild [reports/]`: the memory recreated from the JSON records alone.
    struct MemoryRebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Recreate the memory from the JSON records (and their outcome files) in a reports directory.",
            discussion: """
                The new memory is built beside the old one and replaces it only when complete. A file at the memory \
                path that is not a review memory is refused, never replaced: move it away first. The response cache \
                starts empty.

                \(memoryExitCodes)
                """)

        @Argument(help: "The reports directory.")
        var reports: String = "reports"

        @OptionGroup var options: MemoryOptions

        func run() throws {
            let path = options.path
            let result = try MemoryOptions.query { () throws(MemoryError) in
                try Consult.MemoryRebuild.rebuild(reports: reports, into: path)
            }
            for skipped in result.skipped { ProcessOutput.standardError.write("warning: skipped \(skipped)\n") }
            if options.format == .json { return try options.printJSON(result) }
            ProcessOutput.standardOutput.write("\(path): \(result.decisions) decisions and \(result.outcomes) outcomes from \(reports)\n")
        }
    }
}
