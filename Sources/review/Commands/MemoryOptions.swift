import ArgumentParser
import Consult
import Foundation
import Memory
import Support

/// The options every memory command shares: which memory, and text or JSON on stdout.
struct MemoryOptions: ParsableArguments {
    @Option(help: "The memory of past decisions (default: $REVIEW_MEMORY, else .review/memory.sqlite).")
    var memory: String?

    @Option(help: "Output on stdout: text or json.")
    var format: ReviewFormat = .text

    var path: String { MemoryStore.resolvePath(explicit: memory) }

    /// Opens the memory; a foreign or corrupt file is exit code 2 with the reason.
    func open() throws -> DecisionMemory {
        do {
            return try DecisionMemory(path: path)
        } catch {
            throw Self.fail("\(error)")
        }
    }

    /// Prints `message` on stderr and returns exit code 2 to throw.
    static func fail(_ message: String) -> ExitCode {
        ProcessOutput.standardError.write("error: \(message)\n")
        return ExitCode(2)
    }

    /// Runs a memory query, turning its error into exit code 2.
    static func query<T>(_ body: () throws(MemoryError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw fail("\(error)")
        }
    }

    func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        ProcessOutput.standardOutput.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }

    /// `0003  2026-11-20  majority  PostgreSQL  Title`.
    static func line(_ decision: DecisionSummary) -> String {
        let date = MarkdownRecord.dateText(decision.createdAt)
        let decided = decision.optionLabel ?? decision.option ?? "-"
        let outcome = decision.outcome.map { "  [\($0)]" } ?? ""
        return String(format: "%04d", decision.number) + "  \(date)  \(decision.tier ?? "-")  \(decided)  \(decision.title)\(outcome)"
    }
}

/// The exit codes of the memory commands.
let memoryExitCodes = """
    Exit codes:
      0  done
      2  usage or input error: a bad option, no such decision, or a memory file that is corrupt or not a
         review memory (it is never overwritten)
    """
