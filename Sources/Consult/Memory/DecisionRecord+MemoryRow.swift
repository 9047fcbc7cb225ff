import Foundation
import Memory

extension DecisionRecord {
    /// The record as the memory stores it. Everything comes from the record itself, so a memory rebuilt
    /// from the JSON records holds exactly what the live reviews stored.
    public func memoryRow(markdownPath: String, jsonPath: String) -> DecisionRow {
        DecisionRow(
            number: number, kind: question.kind.rawValue, title: title, question: question.text, status: status.rawValue,
            tier: decision?.tier.rawValue, option: decision?.option, optionLabel: decision?.optionLabel,
            createdAt: Date(timeIntervalSince1970: createdAt.timeIntervalSince1970.rounded(.down)), toolVersion: toolVersion,
            promptsFingerprint: prompts.fingerprint, promptHashes: prompts.renderedHashes, markdownPath: markdownPath,
            jsonPath: jsonPath, summary: panel.compactMap { $0.answer?.summary }.filter { !$0.isEmpty }.joined(separator: "\n"),
            inputs: inputs.map { Self.inputRow($0, isDocument: false) } + documents.map { Self.inputRow($0, isDocument: true) },
            answers: panel.map(Self.answerRow),
            findings: findings.map { finding in
                let cluster = finding.cluster
                return DecisionRow.Finding(category: cluster.category.rawValue, target: cluster.target, title: cluster.title,
                                           severity: cluster.severity.rawValue, support: cluster.support,
                                           panelSize: cluster.panelSize, tier: cluster.tier.rawValue,
                                           grounding: finding.grounding.verdict.rawValue)
            })
    }

    private static func inputRow(_ input: InputRecord, isDocument: Bool) -> DecisionRow.Input {
        DecisionRow.Input(path: input.path, sha256: input.sha256, fingerprint: input.fingerprint, dialect: input.dialect?.rawValue,
                          isDocument: isDocument)
    }

    private static func answerRow(_ entry: PanelistRecord) -> DecisionRow.Answer {
        let reply = entry.reply, answer = entry.answer
        return DecisionRow.Answer(
            panelist: reply.panelist, provider: reply.provider.rawValue, role: reply.role.rawValue,
            modelRequested: reply.modelRequested, modelReported: reply.modelReported, status: reply.status.name,
            failure: reply.status.failureReason, text: reply.text, finishReason: reply.finishReason,
            inputTokens: reply.usage.input, outputTokens: reply.usage.output, latency: reply.latency, attempts: reply.attempts,
            httpStatus: reply.httpStatus, requestID: reply.requestID, costUSD: reply.cost, fromCache: entry.fromCache,
            answeredAt: entry.answeredAt.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) },
            option: [answer?.verdict?.rawValue, answer?.decision, answer?.recommendedDatabase].compactMap { $0 }.first { !$0.isEmpty },
            summary: answer?.summary, abstention: entry.abstention)
    }
}
