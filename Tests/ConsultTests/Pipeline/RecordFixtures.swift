import Consensus
@testable import Consult
import Foundation

enum RecordFixtures {
    /// The smallest valid record: a general question, no panel.
    static var minimal: DecisionRecord {
        DecisionRecord(
            format: DecisionRecord.currentFormat, number: 0, slug: "minimal", title: "Minimal", status: .deterministicOnly,
            createdAt: Date(timeIntervalSince1970: 0), toolVersion: "test",
            question: QuestionRecord(kind: .general, text: "?", decisionQuestion: "?"), inputs: [], documents: [],
            requirements: [], prompts: PromptsRecord(fingerprint: "", overridden: [], renderedHashes: [:]), panel: [],
            decision: nil, findings: [], deterministicFindings: [], unraisedDeterministicFindings: [],
            matrix: MatrixRecord(checks: [], ranking: []), risks: [], roadmap: nil, diagram: nil, related: [], sinceLast: nil,
            calibration: nil, totals: TotalsRecord(costUSD: nil, unknownCost: [], inputTokens: 0, outputTokens: 0, wallSeconds: 0),
            notes: [])
    }
}
