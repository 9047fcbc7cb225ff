import ArgumentParser
import Consensus
import Foundation
import Memory
import Support

extension Review {
    /// `review history`: past decisions, newest first.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "List past decisions from the memory, newest first.",
            discussion: memoryExitCodes)

        @Option(help: "Only decisions of this question kind: \(QuestionKind.allCases.map { $0.rawValue }.joined(separator: ", ")).")
        var kind: String?

        @Option(help: "Only decisions made on or after this date (YYYY-MM-DD or ISO 8601).")
        var since: String?

        @Option(help: "At most this many decisions.")
        var limit: Int = 20

        @OptionGroup var options: MemoryOptions

        func validate() throws {
            if let kind, QuestionKind(rawValue: kind) == nil {
                throw ValidationError("unknown kind '\(kind)'; use \(QuestionKind.allCases.map { $0.rawValue }.joined(separator: ", "))")
            }
            if let since, Self.date(since) == nil { throw ValidationError("--since '\(since)' is not a date; use YYYY-MM-DD") }
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        static func date(_ text: String) -> Date? {
            let full = ISO8601DateFormatter()
            if let date = full.date(from: text) { return date }
            let day = ISO8601DateFormatter()
            day.formatOptions = [.withFullDate]
            return day.date(from: text)
        }

        func run() throws {
            let memory = try options.open()
            let decisions = try MemoryOptions.query { () throws(MemoryError) in
                try memory.store.history(kind: kind, since: since.flatMap(Self.date), limit: limit)
            }
            if options.format == .json { return try options.printJSON(decisions) }
            if decisions.isEmpty {
                ProcessOutput.standardOutput.write("No decisions in \(options.path) yet.\n")
            }
            for decision in decisions { ProcessOutput.standardOutput.write(MemoryOptions.line(decision) + "\n") }
        }
    }
}
