/// What the schema says about a finding a panelist made.
public struct Grounding: Codable, Sendable, Hashable {
    public enum Verdict: String, Codable, Sendable, CaseIterable {
        /// A deterministic rule or a fact of the schema agrees.
        case confirmed
        /// The schema contradicts it (e.g. "missing index" where one exists).
        case refuted
        /// Nothing in the schema can confirm or refute it.
        case unverifiable
        /// It names a table or column the schema does not have: a likely hallucination.
        case unknownReference = "unknown-reference"
    }

    public var verdict: Verdict
    /// The fact or rule behind the verdict, in one sentence.
    public var evidence: String
    /// Deterministic rules that found the same thing.
    public var ruleIDs: [String]

    public init(_ verdict: Verdict, _ evidence: String, ruleIDs: [String] = []) {
        self.verdict = verdict
        self.evidence = evidence
        self.ruleIDs = ruleIDs
    }
}
