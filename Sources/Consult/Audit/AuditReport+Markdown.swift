import Consensus
import Foundation

extension AuditReport {
    /// `index.md`: the summary on top, then one row per item linking its decision record.
    public func markdown() -> String {
        let day = MarkdownRecord.dateText(startedAt)
        var out = "# Audit of \(source), \(day)\n\n"
        out += "## Summary\n\n"
        out += "- Items: \(summary.items) (\(summary.asked) asked, \(summary.carried) unchanged and carried, "
            + "\(summary.skippedForBudget) skipped for budget)\n"
        let tiers = (Tier.allCases.map(\.rawValue) + ["none"]).compactMap { tier in summary.tiers[tier].map { "\(tier) \($0)" } }
        out += "- Tiers: " + (tiers.isEmpty ? "none" : tiers.joined(separator: ", ")) + "\n"
        out += "- Escalations: \(summary.escalations.count)" + list(summary.escalations) + "\n"
        out += "- Drift: \(summary.drift.count)" + list(summary.drift) + "\n"
        out += String(format: "- Cost: $%.4f", summary.costUSD) + " (\(summary.tokens) tokens)"
            + (summary.unknownCost.isEmpty ? "" : "; unknown for panelists of " + summary.unknownCost.joined(separator: ", ")) + "\n"
        out += String(format: "- Estimate before starting: %d item(s) to ask, at most $%.4f, %d tokens", estimate.items,
                      estimate.maxCostUSD, estimate.maxTokens)
            + (estimate.unknownCost.isEmpty ? "" : " (no price for \(estimate.unknownCost.joined(separator: ", ")))") + "\n"
        if let budgetUSD { out += String(format: "- Budget: $%.4f\n", budgetUSD) }
        if let maxTokens { out += "- Token budget: \(maxTokens)\n" }
        out += String(format: "- Time: %.1f s\n", summary.wallSeconds)
        out += "\n## Items\n\n"
        out += "| Item | Kind | Status | Tier | Decision | Change since last audit | New high-severity findings | Cost | Record |\n"
        out += "|---|---|---|---|---|---|---|---|---|\n"
        for item in items {
            let drift = item.drift.isEmpty ? "" : "**drift** "
            let findings = item.newHighFindings.isEmpty ? "0" : "\(item.newHighFindings.count): " + item.newHighFindings.joined(separator: "; ")
            let record = item.recordPath.map { path in
                "[" + (item.recordNumber.map { String(format: "%04d", $0) } ?? "record") + "](" + link(path) + ")"
            } ?? "—"
            out += "| " + [cell(item.id), item.kind, item.status.rawValue, item.tier ?? "—", cell(item.decision ?? "—"),
                           drift + cell(item.change), cell(findings), String(format: "$%.4f", item.costUSD), record]
                .joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func list(_ ids: [String]) -> String { ids.isEmpty ? "" : " (" + ids.joined(separator: ", ") + ")" }

    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// `path` relative to the audit's directory when both are relative or both absolute, else as it is.
    func link(_ path: String) -> String {
        guard path.hasPrefix("/") == directory.hasPrefix("/") else { return path }
        let from = directory.split(separator: "/").filter { $0 != "." }
        let to = path.split(separator: "/").filter { $0 != "." }
        var common = 0
        while common < min(from.count, to.count - 1) && from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}
