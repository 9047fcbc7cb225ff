import Testing
import SelectionMatrix

/// Every profile's own example workloads (written next to it in matrix.json, in the manner of SwiftLint's
/// rule examples): each `chosen_for` set must rank it in the top three, each `ruled_out_by` set must make
/// the check say `violates` and keep it out of the top three.
@Suite struct ProfileWorkloadTests {
    let matrix = SelectionMatrix.builtIn

    @Test(arguments: SelectionMatrix.builtIn.profiles.map(\.id))
    func profileIsChosenForItsWorkloadsAndRuledOutByItsLimits(id: String) throws {
        let profile = try #require(matrix.profile(id))
        #expect(!profile.workloads.chosenFor.isEmpty, "\(id) has no workload that must choose it")
        #expect(!profile.workloads.ruledOutBy.isEmpty, "\(id) has no workload that must rule it out")

        for workload in profile.workloads.chosenFor {
            let ranking = matrix.rank(for: workload)
            let entry = try #require(ranking.entry(for: id))
            let better = ranking.entries.prefix { $0.rank < entry.rank }.map { "\($0.profileID) \($0.score)" }
            #expect(entry.rank <= 3, "\(id) ranks \(entry.rank) (score \(entry.score)) for \(workload); better: \(better)")
            #expect(entry.verdict != .violates, "\(id) violates its own workload \(workload)")
        }
        for workload in profile.workloads.ruledOutBy {
            let check = matrix.check(.profile(id), against: workload)
            #expect(check.verdict == .violates, "\(id) is \(check.verdict) for \(workload), expected violates")
            #expect(!check.violations.isEmpty && check.violations.allSatisfy { !$0.reason.isEmpty })
            let entry = try #require(matrix.rank(for: workload).entry(for: id))
            #expect(entry.rank > 3, "\(id) ranks \(entry.rank) for \(workload), which should rule it out")
        }
    }
}
