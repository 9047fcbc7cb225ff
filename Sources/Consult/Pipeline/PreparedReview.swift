import Consensus
import Foundation
import ModelClients
import Schema
import SelectionMatrix
import Support

/// A review up to the moment the panel is asked: inputs read and linted, requirements settled, one prompt
/// rendered per role. `--dry-run` stops here; nothing has been sent or written.
public struct PreparedReview: Sendable {
    public var request: ReviewRequest
    public var inputs: ReviewInputs
    public var title: String
    /// The question as the panel sees it.
    public var questionText: String
    /// Every deterministic finding on the inputs: the readers' diagnostics and the lint rules'.
    public var deterministic: [Diagnostic]
    public var requirements: [RequirementRecord]
    /// One rendered prompt per role the panel uses.
    public var prompts: [PanelRole: RenderedPrompt]
    /// The answer contract, sent to providers that enforce a schema.
    public var answerSchema: JSONValue?
    public var promptsFingerprint: String
    public var overriddenPrompts: [String]
    /// Past decisions from the memory shown to the panel (empty without a memory).
    public var related: [RelatedDecisionRecord] = []
    public var started: ContinuousClock.Instant

    public var requirementIDs: [Requirement] { requirements.map { Requirement($0.id) } }

    /// The provider-neutral prompt sent to panelists of `role`.
    public func prompt(for role: PanelRole) -> Prompt? {
        prompts[role].map { Prompt(system: $0.system, user: $0.user, schema: answerSchema, schemaName: "answer") }
    }
}

extension PreparedReview {
    /// Per role: SHA-256 of the exact system and user text, so a record says which prompt produced it.
    public var renderedHashes: [String: String] {
        Dictionary(uniqueKeysWithValues: prompts.map { role, prompt in
            (role.rawValue, SHA256.hex(Data((prompt.system + "\u{0}" + prompt.user).utf8)))
        })
    }
}
