/// Counts the panel's votes on a decision field and assigns the tier (see `Tier` for the exact rules).
/// Pure: the result depends only on the set of panel answers, never on their order.
public enum DecisionVoting {
    public static func decide(_ field: DecisionField, panel: [PanelAnswer]) -> DecisionConsensus {
        let n = panel.count
        var byOption: [String: [(panelist: String, raw: String)]] = [:]
        var abstentions: [DecisionConsensus.Abstention] = []
        for member in panel {
            switch member.outcome {
            case .abstained(let reason):
                abstentions.append(.init(panelist: member.panelist, reason: reason))
            case .answered(let answer):
                if let raw = field.vote(of: answer), !raw.trimmingCharacters(in: .whitespaces).isEmpty {
                    byOption[field.normalize(raw), default: []].append((member.panelist, raw))
                } else {
                    abstentions.append(.init(panelist: member.panelist,
                                             reason: "the answer gives no \(field.kind == .selection ? "database" : "decision")"))
                }
            }
        }
        let votes = byOption.map { option, voters in
            let sorted = voters.sorted { $0.panelist < $1.panelist }
            return DecisionConsensus.OptionVotes(option: option, label: field.label(for: option),
                                                 panelists: sorted.map(\.panelist), rawTexts: sorted.map(\.raw))
        }.sorted { ($0.panelists.count, $1.option) > ($1.panelists.count, $0.option) }
        abstentions.sort { $0.panelist < $1.panelist }

        let usable = votes.reduce(0) { $0 + $1.panelists.count }
        let top = votes.first?.panelists.count ?? 0
        let tier: Tier
        let explanation: String
        var winner: String?
        if usable < 2 {
            tier = .insufficient
            explanation = "\(usable) of \(n) panelists gave a usable answer; at least 2 are needed"
        } else if top == n {
            tier = .unanimous
            winner = votes[0].option
            explanation = "all \(n) panelists chose \(votes[0].label)"
        } else if 2 * top > n {
            tier = .majority
            winner = votes[0].option
            explanation = "\(top) of \(n) panelists chose \(votes[0].label)"
        } else if !abstentions.isEmpty {
            tier = .conflicting
            explanation = "no option has a majority of the \(n) panelists and \(abstentions.count) did not answer"
        } else if let clash = firstExclusivePair(votes.map(\.option), field) {
            tier = .conflicting
            explanation = "no majority, and \(field.label(for: clash.0)) and \(field.label(for: clash.1)) exclude each other"
        } else {
            tier = .split
            explanation = "no majority, but every chosen option can be right: " + votes.map(\.label).joined(separator: ", ")
        }
        return DecisionConsensus(tier: tier, option: winner, optionLabel: winner.map(field.label(for:)), votes: votes,
                                 abstentions: abstentions, panelSize: n, explanation: explanation)
    }

    private static func firstExclusivePair(_ options: [String], _ field: DecisionField) -> (String, String)? {
        let sorted = options.sorted()
        for i in sorted.indices {
            for j in sorted.indices where j > i {
                if !field.areCompatible(sorted[i], sorted[j]) { return (sorted[i], sorted[j]) }
            }
        }
        return nil
    }
}
