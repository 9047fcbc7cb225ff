import Consensus
import Foundation
import ModelClients
import Schema

/// Renders a decision record as GitHub-flavoured markdown, in seed 004's order: status and decision first,
/// then the question, inputs and panel, the decision's votes and dissent, what changed since the last
/// review, findings with their grounding, what only the rules found, the matrix check, risks, roadmap,
/// related past decisions, a diagram, and each panelist's own analysis.
/// A pure function of the record, so `review memory rebuild` and `review show` render the same text.
public enum MarkdownRecord {
    public static func render(_ record: DecisionRecord) -> String {
        var out = Markdown()
        out.line("# \(String(format: "%04d", record.number)). \(record.title)")
        out.blank()
        out.line("- **Status:** \(statusText(record))")
        out.line("- **Date:** \(dateText(record.createdAt))")
        out.line("- **Question kind:** \(record.question.kind.rawValue)")
        if let decision = record.decision {
            out.line("- **Decision:** \(decisionText(decision)) · **\(decision.tier.label)** · \(decision.action)")
        }
        out.line("- **Tool:** review \(record.toolVersion), prompts `\(short(record.prompts.fingerprint))`"
                 + (record.prompts.overridden.isEmpty ? "" : " (overridden: \(record.prompts.overridden.joined(separator: ", ")))"))
        for note in record.notes {
            out.blank()
            out.line("> **Note:** \(note)")
        }
        question(record, &out)
        inputs(record, &out)
        panel(record, &out)
        decision(record, &out)
        sinceLast(record, &out)
        findings(record, &out)
        unraised(record, &out)
        matrix(record, &out)
        risks(record, &out)
        roadmap(record, &out)
        related(record, &out)
        diagram(record, &out)
        analyses(record, &out)
        totals(record, &out)
        return out.text
    }

    // MARK: Sections

    private static func question(_ record: DecisionRecord, _ out: inout Markdown) {
        out.section("Question")
        out.quote(record.question.text)
        out.blank()
        out.line("Decision asked for: \(record.question.decisionQuestion)")
        guard !record.requirements.isEmpty else { return }
        out.blank()
        out.line("### Requirements")
        out.blank()
        out.table(["requirement", "source", "why"], record.requirements.map { requirement in
            let why = [requirement.reason, requirement.evidence.isEmpty ? nil : "evidence: " + requirement.evidence.prefix(4).joined(separator: "; ")]
                .compactMap { $0 }.joined(separator: "; ")
            return ["`\(requirement.id)`", requirement.source == .given ? "given" : "derived from the schema", why]
        })
    }

    private static func inputs(_ record: DecisionRecord, _ out: inout Markdown) {
        guard !record.inputs.isEmpty || !record.documents.isEmpty else { return }
        out.section("Inputs")
        out.table(["file", "sha256", "dialect", "fingerprint", "tables", "parse errors"], record.inputs.map { input in
            ["`\(input.path)`", "`\(short(input.sha256))`", input.dialect?.rawValue ?? "", input.fingerprint.map { "`\(short($0))`" } ?? "",
             input.tables.map(String.init) ?? "", input.parseErrors.map(String.init) ?? ""]
        } + record.documents.map { ["`\($0.path)` (context)", "`\(short($0.sha256))`", "", "", "", ""] })
    }

    private static func panel(_ record: DecisionRecord, _ out: inout Markdown) {
        out.section("Panel")
        guard !record.panel.isEmpty else {
            out.line("No panel was asked.")
            return
        }
        out.table(["panelist", "role", "provider", "model reported", "status", "latency", "tokens in/out", "cost"], record.panel.map { entry in
            let reply = entry.reply
            var status = reply.status.name
            if entry.abstention != nil && reply.status == .ok { status = "unparseable" }
            if entry.fromCache { status += " (cached)" }
            return [entry.name, reply.role.rawValue, reply.provider.rawValue, reply.modelReported ?? reply.modelRequested, status,
                    String(format: "%.1f s", reply.latency),
                    "\(reply.usage.input.map(String.init) ?? "?")/\(reply.usage.output.map(String.init) ?? "?")", reply.costText]
        })
        let failures = record.panel.filter { $0.abstention != nil }
        if !failures.isEmpty {
            out.blank()
            for entry in failures { out.line("- **\(entry.name)** abstains: \(oneLine(entry.abstention ?? ""))") }
        }
    }

    private static func decision(_ record: DecisionRecord, _ out: inout Markdown) {
        guard let decision = record.decision else { return }
        out.section("Decision")
        out.line("**\(decisionText(decision))** · tier **\(decision.tier.rawValue)**"
                 + (decision.nominalConfidence.map { " (nominal confidence \($0)%)" } ?? ""))
        out.blank()
        out.line("**Action:** \(decision.action)")
        out.blank()
        if let calibration = record.calibration {
            out.line(calibrationText(calibration, nominal: decision.nominalConfidence))
            out.blank()
        }
        out.line(decision.explanation)
        out.blank()
        out.table(["option", "votes", "panelists", "as written"], decision.votes.map { votes in
            [votes.label, "\(votes.panelists.count)/\(decision.panelSize)", votes.panelists.joined(separator: ", "),
             votes.rawTexts.map { "“\(oneLine($0, limit: 60))”" }.joined(separator: ", ")]
        } + decision.abstentions.map { ["(abstained)", "", $0.panelist, oneLine($0.reason, limit: 80)] })
        let dissenters = decision.dissenters
        guard !dissenters.isEmpty else { return }
        out.section("Dissent")
        for name in dissenters {
            let entry = record.panel.first { $0.name == name }
            let option = decision.votes.first { $0.panelists.contains(name) }?.label ?? "abstained"
            out.line("- **\(name)** (\(option)): \(oneLine(entry?.answer?.summary ?? entry?.abstention ?? "", limit: 400))")
        }
    }

    private static func findings(_ record: DecisionRecord, _ out: inout Markdown) {
        guard record.decision != nil else { return }
        out.section("Findings")
        guard !record.findings.isEmpty else {
            out.line("No panelist reported a finding.")
            return
        }
        let sorted = record.findings.sorted { a, b in
            a.cluster.severity != b.cluster.severity ? a.cluster.severity > b.cluster.severity
                : a.cluster.support != b.cluster.support ? a.cluster.support > b.cluster.support : a.cluster.id < b.cluster.id
        }
        out.table(["severity", "target", "finding", "support", "tier", "grounding", "fix"], sorted.map { finding in
            let cluster = finding.cluster
            return [cluster.severity.rawValue, cluster.target.map { "`\($0)`" } ?? "", oneLine(cluster.title), cluster.supportText,
                    cluster.tier.rawValue, groundingText(finding.grounding), cluster.fix.map { oneLine($0, limit: 160) } ?? ""]
        })
        let contested = sorted.filter { $0.grounding.verdict == .refuted || $0.grounding.verdict == .unknownReference }
        if !contested.isEmpty {
            out.blank()
            out.line("**Checked against the schema and found wrong:**")
            out.blank()
            for finding in contested {
                out.line("- \(oneLine(finding.cluster.title)) (\(finding.cluster.supporters.joined(separator: ", "))): "
                         + "\(finding.grounding.verdict.rawValue), \(finding.grounding.evidence).")
            }
        }
    }

    private static func unraised(_ record: DecisionRecord, _ out: inout Markdown) {
        let diagnostics = record.unraisedDeterministicFindings.compactMap {
            record.deterministicFindings.indices.contains($0) ? record.deterministicFindings[$0] : nil
        }
        let errors = record.deterministicFindings.filter { $0.ruleID == Diagnostic.syntaxErrorID }
        guard !diagnostics.isEmpty || !errors.isEmpty else { return }
        out.section(record.decision == nil ? "Findings of the design rules" : "Deterministic findings no panelist raised")
        if !errors.isEmpty {
            out.line("Statements that did not parse (the rest of the file was read):")
            out.blank()
            for error in errors { out.line("- `\(error.location)`: \(oneLine(error.message))") }
            out.blank()
        }
        guard !diagnostics.isEmpty else { return }
        out.table(["severity", "rule", "target", "message", "where"], diagnostics.map { diagnostic in
            [diagnostic.severity.rawValue, "`\(diagnostic.ruleID)`", diagnostic.target.map { "`\($0)`" } ?? "",
             oneLine(diagnostic.message, limit: 200), "`\(diagnostic.location)`"]
        })
    }

    private static func matrix(_ record: DecisionRecord, _ out: inout Markdown) {
        guard !record.matrix.checks.isEmpty || !record.matrix.ranking.isEmpty else { return }
        out.section("Selection matrix")
        if !record.matrix.checks.isEmpty {
            out.line("Each recommended database checked against the requirements:")
            out.blank()
            out.table(["database", "recommended by", "verdict", "why"], record.matrix.checks.map { check in
                [check.profileName ?? "\(check.raw) (not in the matrix)", check.panelists.joined(separator: ", "),
                 check.verdict == "violates" ? "**violates**" : check.verdict, oneLine(check.summary, limit: 300)]
            })
            out.blank()
        }
        if !record.matrix.ranking.isEmpty {
            let requirements = record.requirements.map(\.id).joined(separator: ", ")
            out.line("The matrix's own ranking for \(requirements):")
            out.blank()
            out.table(["rank", "database", "score", "verdict", "reasons"], record.matrix.ranking.map { entry in
                ["\(entry.rank)", entry.name, "\(entry.score)/\(entry.maxScore)", entry.verdict,
                 entry.reasons.prefix(3).map { oneLine($0, limit: 120) }.joined(separator: "; ")]
            })
        }
    }

    private static func risks(_ record: DecisionRecord, _ out: inout Markdown) {
        guard !record.risks.isEmpty else { return }
        out.section("Risks")
        out.table(["risk", "mitigation", "raised by"], record.risks.map { [oneLine($0.risk), oneLine($0.mitigation ?? ""), $0.panelists.joined(separator: ", ")] })
    }

    private static func roadmap(_ record: DecisionRecord, _ out: inout Markdown) {
        guard let roadmap = record.roadmap else { return }
        out.section("Implementation roadmap")
        out.line("From \(roadmap.panelist):")
        out.blank()
        for (index, step) in roadmap.steps.enumerated() { out.line("\(index + 1). \(oneLine(step))") }
    }

    private static func diagram(_ record: DecisionRecord, _ out: inout Markdown) {
        guard let diagram = record.diagram, !diagram.entities.isEmpty else { return }
        out.section("Tables concerned")
        out.line("```mermaid")
        out.line("erDiagram")
        for relation in diagram.relations {
            let cardinality = relation.optional ? "|o--o{" : "||--o{"
            out.line("    \(mermaidName(relation.parent)) \(cardinality) \(mermaidName(relation.child)) : \"\(relation.columns.joined(separator: ", "))\"")
        }
        for entity in diagram.entities {
            out.line("    \(mermaidName(entity.name)) {")
            for column in entity.columns {
                let keys = column.keys.isEmpty ? "" : " \(column.keys)"
                out.line("        \(mermaidName(column.type)) \(mermaidName(column.name))\(keys)")
            }
            out.line("    }")
        }
        out.line("```")
        let omitted = diagram.entities.filter { $0.omittedColumns > 0 }
        if !omitted.isEmpty {
            out.blank()
            out.line("Columns left out: " + omitted.map { "\($0.name) (\($0.omittedColumns))" }.joined(separator: ", ") + ".")
        }
    }

    private static func analyses(_ record: DecisionRecord, _ out: inout Markdown) {
        guard !record.panel.isEmpty else { return }
        out.section("Panelists' analyses")
        for entry in record.panel {
            out.line("<details>")
            out.line("<summary><b>\(html(entry.name))</b> (\(entry.reply.role.rawValue), \(html(entry.reply.modelReported ?? entry.reply.modelRequested))): \(html(entry.answer.map { shortDecision($0) } ?? "no usable answer"))</summary>")
            out.blank()
            if let answer = entry.answer {
                if !answer.summary.isEmpty { out.line(oneLine(answer.summary)); out.blank() }
                if let confidence = answer.confidence { out.line("Stated confidence: \(Int((confidence <= 1 ? confidence * 100 : confidence).rounded()))%"); out.blank() }
                for finding in answer.findings {
                    let detail = finding.detail.isEmpty ? "" : ": " + oneLine(finding.detail)
                    out.line("- **\(finding.severity.rawValue)** \(finding.target.map { "`\($0)` " } ?? "")\(oneLine(finding.title))\(detail)")
                }
                if !answer.alternatives.isEmpty { out.blank(); out.line("Alternatives: \(oneLine(answer.alternatives.joined(separator: ", ")))") }
            } else {
                out.line("No usable answer: \(oneLine(entry.abstention ?? ""))")
                if !entry.reply.text.isEmpty {
                    out.blank()
                    out.line("The reply as received:")
                    out.blank()
                    out.fenced(entry.reply.text)
                }
            }
            out.blank()
            out.line("</details>")
            out.blank()
        }
    }

    private static func totals(_ record: DecisionRecord, _ out: inout Markdown) {
        out.section("Totals")
        guard !record.panel.isEmpty else {
            out.line("No request was made · " + String(format: "%.1f s", record.totals.wallSeconds))
            return
        }
        var cost = record.totals.costUSD.map { String(format: "$%.4f", $0) } ?? "unknown"
        if record.totals.costUSD != nil && !record.totals.unknownCost.isEmpty {
            cost += " (at least; unknown for \(record.totals.unknownCost.joined(separator: ", ")))"
        }
        out.line("Cost \(cost) · tokens \(record.totals.inputTokens) in, \(record.totals.outputTokens) out · "
                 + String(format: "%.1f s", record.totals.wallSeconds))
    }

    // MARK: Pieces

    private static func statusText(_ record: DecisionRecord) -> String {
        switch record.status {
        case .proposed: "proposed"
        case .escalated: "escalated: a person must decide"
        case .deterministicOnly: "deterministic checks only (no panel asked)"
        }
    }

    private static func decisionText(_ decision: DecisionConsensus) -> String {
        decision.optionLabel ?? decision.option ?? "no decision"
    }

    private static func shortDecision(_ answer: Answer) -> String {
        [answer.verdict?.rawValue, answer.decision, answer.recommendedDatabase].compactMap { $0 }.filter { !$0.isEmpty }
            .first ?? "answered"
    }

    private static func groundingText(_ grounding: Grounding) -> String {
        let rules = grounding.ruleIDs.isEmpty ? "" : " (\(grounding.ruleIDs.joined(separator: ", ")))"
        switch grounding.verdict {
        case .confirmed: return "✅ confirmed\(rules)"
        case .refuted: return "❌ refuted: \(oneLine(grounding.evidence, limit: 100))"
        case .unknownReference: return "⚠️ unknown reference: \(oneLine(grounding.evidence, limit: 100))"
        case .unverifiable: return "unverifiable"
        }
    }

    /// A date as the records show it: `YYYY-MM-DD` (UTC).
    public static func dateText(_ date: Date) -> String {
        // The calendar date in UTC, computed directly: an ISO8601DateFormatter per call cost ~0.5 ms.
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(parts.tm_year + 1900, 4) + "-" + padded(parts.tm_mon + 1, 2) + "-" + padded(parts.tm_mday, 2)
    }

    /// The first 12 hex digits of a hash, without its `sha256:` prefix.
    private static func short(_ hash: String) -> String {
        String((hash.hasPrefix("sha256:") ? hash.dropFirst(7) : Substring(hash)).prefix(12))
    }

    /// Text on one line, cut at `limit` characters, with `<` escaped: model output is untrusted and must
    /// not open HTML (a stray `</details>` would swallow the rest of the record).
    static func oneLine(_ text: String, limit: Int = 2000) -> String {
        if text.utf8.count <= limit && !text.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == UInt8(ascii: "<") }) {
            return text
        }
        var joined = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        if joined.count > limit { joined = String(joined.prefix(limit - 1)) + "…" }
        return joined.replacingOccurrences(of: "<", with: "&lt;")
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Mermaid accepts letters, digits, `_` and `-` in names.
    static func mermaidName(_ name: String) -> String {
        let mapped = String(name.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
        return mapped.isEmpty ? "_" : mapped
    }
}
