import ArgumentParser
import Foundation
import Memory
import Support

extension Outcome.Kind: ExpressibleByArgument {}

extension Review {
    /// `review outcome N upheld|overturned|superseded`: what became of a decision.
    struct OutcomeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outcome",
            abstract: "Record what became of decision N: upheld, overturned or superseded.",
            discussion: """
                The outcome is written next to the record (NNNN-slug.outcomes.json) and into the memory; the latest \
                one counts. `review calibration` reports, per tier, how often decisions were upheld.

                \(memoryExitCodes)
                """)

        @Argument(help: "The decision's number.")
        var number: Int

        @Argument(help: "upheld, overturned or superseded.")
        var outcome: Outcome.Kind

        @Option(help: "Why, in a sentence.")
        var note: String?

        @OptionGroup var options: MemoryOptions

        struct Recorded: Encodable {
            var decision: DecisionSummary
            var outcome: Outcome
        }

        func run() throws {
            let memory = try options.open()
            let recorded = Outcome(outcome: outcome, note: note, recordedAt: Date())
            guard let decision = try MemoryOptions.query({ () throws(MemoryError) in try memory.recordOutcome(recorded, number: number) }) else {
                throw MemoryOptions.fail("no decision \(number) in \(options.path); see `review history`")
            }
            if options.format == .json { return try options.printJSON(Recorded(decision: decision, outcome: recorded)) }
            ProcessOutput.standardOutput.write("decision \(String(format: "%04d", decision.number)) (\(decision.title)): \(outcome.rawValue)\n")
        }
    }
}
