import Foundation

/// The sections the memory fills: what changed since the last review on the same input, related past
/// decisions, and a tier's record of outcomes next to its nominal percentage.
extension MarkdownRecord {
    static func sinceLast(_ record: DecisionRecord, _ out: inout Markdown) {
        guard let change = record.sinceLast else { return }
        out.section("Since the last review")
        let previous = String(format: "%04d", change.previousNumber)
        out.line("Compared with decision \(previous) of \(dateText(change.previousDate)) on the same input:")
        out.blank()
        let now = record.decision.map { $0.optionLabel ?? $0.option ?? "no decision" } ?? "no decision"
        let before = change.previousDecision ?? "no decision"
        out.line(change.decisionChanged ? "- **Decision changed:** \(before) → \(now)" : "- Decision unchanged: \(now)")
        let tier = record.decision?.tier.rawValue ?? "none"
        out.line(change.tierChanged ? "- **Tier changed:** \(change.previousTier ?? "none") → \(tier)" : "- Tier unchanged: \(tier)")
        out.line(change.fingerprintChanged ? "- The schema changed (different fingerprint)." : "- The schema is the same (same fingerprint).")
        out.line("- New findings: " + (change.newFindings.isEmpty ? "none" : change.newFindings.map { oneLine($0, limit: 120) }.joined(separator: "; ")))
        out.line("- Resolved findings: " + (change.resolvedFindings.isEmpty ? "none" : change.resolvedFindings.map { oneLine($0, limit: 120) }.joined(separator: "; ")))
    }

    static func related(_ record: DecisionRecord, _ out: inout Markdown) {
        guard !record.related.isEmpty else { return }
        out.section("Related decisions")
        out.table(["decision", "date", "decided", "tier", "why related"], record.related.map { related in
            let name = String(format: "%04d", related.number) + " " + oneLine(related.title, limit: 80)
            return [related.path.map { "[\(name)](\(($0 as NSString).lastPathComponent))" } ?? name, dateText(related.date),
                    related.decision ?? "", related.tier ?? "", related.reason]
        })
    }

    static func calibrationText(_ calibration: CalibrationNote, nominal: Int?) -> String {
        let share = String(format: "%.0f%%", 100 * Double(calibration.upheld) / Double(max(calibration.outcomes, 1)))
        let interval = String(format: "%.0f–%.0f%%", 100 * calibration.lower, 100 * calibration.upper)
        return "**Track record:** \(calibration.upheld) of \(calibration.outcomes) past \(calibration.tier) decisions with an outcome "
            + "were upheld (\(share), 95% interval \(interval))" + (nominal.map { " against a nominal \($0)%." } ?? ".")
    }
}
