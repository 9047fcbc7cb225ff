import ArgumentParser
import Foundation
import Memory
import Support

extension Review {
    /// `review calibration`: per tier, how often decisions were upheld.
    struct Calibration: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calibration",
            abstract: "Per tier: decisions, outcomes recorded, how many were upheld, and a 95% Wilson interval.",
            discussion: """
                The interval is over upheld and overturned decisions (superseded ones say nothing about whether the \
                panel was right). Once a tier has at least \(TierCalibration.minimumOutcomes) of them, new records show \
                its track record next to the nominal percentage.

                \(memoryExitCodes)
                """)

        @OptionGroup var options: MemoryOptions

        func run() throws {
            let memory = try options.open()
            let tiers = try MemoryOptions.query { () throws(MemoryError) in try memory.store.calibration() }
            if options.format == .json { return try options.printJSON(tiers) }
            if tiers.isEmpty { ProcessOutput.standardOutput.write("No panel decisions in \(options.path) yet.\n") }
            for tier in tiers {
                var interval = "no interval yet"
                if let lower = tier.lower, let upper = tier.upper {
                    interval = String(format: "95%% interval %.0f–%.0f%%", 100 * lower, 100 * upper)
                }
                let shown = tier.judged >= TierCalibration.minimumOutcomes ? "" : " (shown in records from \(TierCalibration.minimumOutcomes) judged)"
                ProcessOutput.standardOutput.write("\(tier.tier): \(tier.decisions) decisions, \(tier.outcomes) outcomes, "
                    + "\(tier.upheld) upheld, \(tier.overturned) overturned, \(tier.superseded) superseded; \(interval)\(shown)\n")
            }
        }
    }
}
