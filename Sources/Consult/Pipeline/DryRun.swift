import Foundation
import ModelClients

/// `--dry-run`: the prompts each panelist would get, and what asking would cost at most, without a request.
public enum DryRun {
    public static func render(_ prepared: PreparedReview, panel: Panel) -> String {
        var out = ""
        for role in prepared.prompts.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let prompt = prepared.prompts[role] else { continue }
            let names = panel.panelists.filter { $0.role == role }.map(\.name)
            out += "===== \(role.rawValue)" + (names.isEmpty ? "" : " (\(names.joined(separator: ", ")))") + ": system =====\n"
            out += prompt.system + "\n"
            out += "===== \(role.rawValue): user =====\n"
            out += prompt.user + (prompt.user.hasSuffix("\n") ? "" : "\n")
        }
        out += "\n===== estimate =====\n"
        guard !panel.panelists.isEmpty else {
            return out + "No panelist is configured: `review` would write a record of the deterministic checks only.\n"
        }
        let estimate = CostEstimate(prepared, panel: panel)
        for line in estimate.lines {
            let panelist = line.panelist
            out += "\(panelist.name) (\(panelist.provider.rawValue), \(panelist.model)): about \(line.inputTokens) input tokens, "
                + "at most \(line.outputTokens) output tokens, "
                + (line.costUSD.map { String(format: "at most $%.4f", $0) } ?? "cost unknown (no price for this model)") + "\n"
        }
        let total = estimate.costUSD, unknown = estimate.unknown
        out += String(format: "total: at most $%.4f", total) + (unknown.isEmpty ? "" : ", plus unknown for \(unknown.joined(separator: ", "))") + "\n"
        out += "Estimates count 4 bytes a token; nothing was sent.\n"
        return out
    }
}
