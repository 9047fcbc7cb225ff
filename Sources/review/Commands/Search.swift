import ArgumentParser
import Foundation
import Memory
import Support

extension Review {
    /// `review search "text"`: full-text search over questions, summaries and findings.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search past decisions' questions, panel summaries and findings; best matches first, with snippets.",
            discussion: """
                Every word must occur (stemmed: "indexes" finds "index"). Matched words are shown in [brackets].

                \(memoryExitCodes)
                """)

        @Argument(help: "The words to look for.")
        var text: String

        @Option(help: "At most this many results.")
        var limit: Int = 20

        @OptionGroup var options: MemoryOptions

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let memory = try options.open()
            let hits = try MemoryOptions.query { () throws(MemoryError) in try memory.store.search(text, limit: limit) }
            if options.format == .json { return try options.printJSON(hits) }
            if hits.isEmpty { ProcessOutput.standardOutput.write("No decision matches \"\(text)\".\n") }
            for hit in hits {
                ProcessOutput.standardOutput.write(MemoryOptions.line(hit.decision) + "\n      " + hit.snippet
                    .split(whereSeparator: \.isNewline).joined(separator: " ") + "\n")
            }
        }
    }
}
