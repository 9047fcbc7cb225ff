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
        var total = 0.0
        var unknown: [String] = []
        for panelist in panel.panelists {
            let input = prepared.prompts[panelist.role]?.estimatedTokens ?? 0
            let price = panelist.price ?? PriceTable.price(for: panelist.model)
            let cost = price?.cost(of: TokenUsage(input: input, output: panelist.maxTokens))
            if let cost { total += cost } else { unknown.append(panelist.name) }
            out += "\(panelist.name) (\(panelist.provider.rawValue), \(panelist.model)): about \(input) input tokens, "
                + "at most \(panelist.maxTokens) output tokens, "
                + (cost.map { String(format: "at most $%.4f", $0) } ?? "cost unknown (no price for this model)") + "\n"
        }
        out += String(format: "total: at most $%.4f", total) + (unknown.isEmpty ? "" : ", plus unknown for \(unknown.joined(separator: ", "))") + "\n"
        out += "Estimates count 4 bytes a token; nothing was sent.\n"
        return out
    }
}
