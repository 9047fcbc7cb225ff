import ArgumentParser
import Foundation
import Memory
import Support

extension Review {
    /// `review diff N M`: how decision M differs from decision N.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare two decisions: decision option, tier, schema fingerprint, new and resolved findings.",
            discussion: memoryExitCodes)

        @Argument(help: "The earlier decision's number.")
        var first: Int

        @Argument(help: "The later decision's number.")
        var second: Int

        @OptionGroup var options: MemoryOptions

        struct Output: Encodable {
            var from: DecisionSummary
            var to: DecisionSummary
            var change: DecisionChange
        }

        func run() throws {
            let memory = try options.open()
            var rows: [DecisionRow] = []
            for number in [first, second] {
                guard let row = try MemoryOptions.query({ () throws(MemoryError) in try memory.store.decision(number: number) }) else {
                    throw MemoryOptions.fail("no decision \(number) in \(options.path); see `review history`")
                }
                rows.append(row)
            }
            let change = rows[1].change(since: rows[0])
            if options.format == .json {
                return try options.printJSON(Output(from: rows[0].summaryLine, to: rows[1].summaryLine, change: change))
            }
            var lines = [MemoryOptions.line(rows[0].summaryLine), MemoryOptions.line(rows[1].summaryLine), ""]
            let decided = { (row: DecisionRow) in row.optionLabel ?? row.option ?? "no decision" }
            lines.append(change.decisionChanged ? "decision: \(decided(rows[0])) -> \(decided(rows[1]))" : "decision: unchanged (\(decided(rows[1])))")
            lines.append(change.tierChanged ? "tier: \(rows[0].tier ?? "none") -> \(rows[1].tier ?? "none")" : "tier: unchanged (\(rows[1].tier ?? "none"))")
            lines.append("schema: " + (change.fingerprintChanged ? "changed" : "same fingerprint"))
            lines += change.newFindings.map { "+ \($0)" } + change.resolvedFindings.map { "- \($0)" }
            ProcessOutput.standardOutput.write(lines.joined(separator: "\n") + "\n")
        }
    }
}
