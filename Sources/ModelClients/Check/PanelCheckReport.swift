import Foundation

/// Renders `review panel`'s findings as text: the panel as configured (keys only as set/missing),
/// then one line per endpoint check.
public enum PanelCheckReport {
    public static func render(_ panel: Panel, results: [PanelCheck.Result], configPath: String?) -> String {
        var lines: [String] = []
        switch panel.source {
        case .configuration: lines.append("Panel from \(configPath ?? "review.toml") (\(panel.panelists.count) panelist\(panel.panelists.count == 1 ? "" : "s"))")
        case .environment: lines.append("Default panel from the environment (\(panel.panelists.count) panelist\(panel.panelists.count == 1 ? "" : "s"); write review.toml to choose)")
        }
        lines.append("Limits: \(panel.settings.maxConcurrency) requests in flight overall, \(panel.settings.providerConcurrency) per provider; retries wait at most \(PanelClient.secondsText(panel.settings.maxRetryWait))")
        lines.append("")
        let header = ["panelist", "role", "provider", "model", "key", "endpoint"]
        let rows = panel.panelists.map { p in
            [p.name, p.role.rawValue, p.provider.rawValue, p.model, keyText(p), p.baseURL]
        }
        lines += table([header] + rows)
        guard !results.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines.append("")
        let checkHeader = ["panelist", "reachable", "latency", "model reported", "structured output", "attempts"]
        let checkRows = results.map { r in
            [r.panelist.name, r.reachable ? "yes" : "no", String(format: "%.2f s", r.reply.latency),
             r.reply.modelReported ?? "-", structuredText(r), "\(r.reply.attempts)"]
        }
        lines += table([checkHeader] + checkRows)
        let problems = results.compactMap { r -> String? in
            switch r.reply.status {
            case .failed(let reason): return "  \(reason)"
            case .refused: return "  panelist '\(r.panelist.name)': the health check was refused (\(r.reply.finishReason ?? "no reason given"))"
            case .truncated: return "  panelist '\(r.panelist.name)': the reply hit max tokens (\(r.reply.finishReason ?? "")); raise max_tokens"
            case .ok: return r.structuredOutput == .notJSON && r.panelist.structuredOutput != .prompt
                ? "  panelist '\(r.panelist.name)': the reply was not the JSON asked for; try structured_output = \"json\" or \"prompt\""
                : nil
            }
        }
        if !problems.isEmpty {
            lines.append("")
            lines.append("Problems:")
            lines += problems
        }
        let usable = results.filter { $0.reply.status == .ok }.count
        lines.append("")
        lines.append("\(usable) of \(results.count) panelist\(results.count == 1 ? "" : "s") answered.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func keyText(_ panelist: Panelist) -> String {
        switch panelist.keyStatus {
        case "set": return "set (\(panelist.keyVariable ?? "?"))"
        case "missing": return "missing (\(panelist.keyVariable ?? panelist.provider.defaultKeyVariable ?? "api_key_env"))"
        default: return "not needed"
        }
    }

    static func structuredText(_ result: PanelCheck.Result) -> String {
        switch result.structuredOutput {
        case .works: return "works (\(result.panelist.structuredOutput.rawValue))"
        case .notJSON: return "no (\(result.panelist.structuredOutput.rawValue))"
        case .notUsed: return "not used (prompt)"
        case .unknown: return "unknown"
        }
    }

    private static func table(_ rows: [[String]]) -> [String] {
        guard let first = rows.first else { return [] }
        var widths = [Int](repeating: 0, count: first.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
