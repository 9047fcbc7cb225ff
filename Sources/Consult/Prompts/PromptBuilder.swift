import Consensus
import ModelClients
import Schema

/// Everything a prompt can show, before the role decides what each panelist sees.
public struct PromptInputs: Sendable {
    public var kind: QuestionKind
    public var question: String
    /// For kinds with canonical options, their ids and labels; for selection, database names.
    public var options: [(id: String, label: String)]
    /// One line per requirement, with where it came from.
    public var requirements: [String]
    /// Schema digests: label (path and dialect) and text.
    public var schemas: [(label: String, digest: String)]
    /// Deterministic rule findings.
    public var deterministicFindings: [Diagnostic]
    /// Related past decisions, one short paragraph each.
    public var relatedDecisions: [String]
    /// Context documents given with --context that are not schemas: label and text.
    public var documents: [(label: String, text: String)]

    public init(kind: QuestionKind, question: String, options: [(id: String, label: String)], requirements: [String] = [],
                schemas: [(label: String, digest: String)] = [], deterministicFindings: [Diagnostic] = [],
                relatedDecisions: [String] = [], documents: [(label: String, text: String)] = []) {
        self.kind = kind
        self.question = question
        self.options = options
        self.requirements = requirements
        self.schemas = schemas
        self.deterministicFindings = deterministicFindings
        self.relatedDecisions = relatedDecisions
        self.documents = documents
    }
}

/// A system and user prompt for one panelist.
public struct RenderedPrompt: Hashable, Codable, Sendable {
    public var role: PanelRole
    public var system: String
    public var user: String

    /// A rough token estimate (4 bytes a token) for --dry-run and budgets.
    public var estimatedTokens: Int { (system.utf8.count + user.utf8.count + 3) / 4 }
}

/// Renders the prompt files for a role: the role's system prompt, and the frame around the kind's task.
public struct PromptBuilder: Sendable {
    public let library: PromptLibrary

    public init(library: PromptLibrary) { self.library = library }

    public func render(_ inputs: PromptInputs, role: PanelRole) throws(PromptError) -> RenderedPrompt {
        let notice = try library.text("data-notice.md")
        var context = ""
        for schema in inputs.schemas {
            context += "\n## Schema: \(schema.label)\n"
            context += DataFence.wrap(schema.digest, label: "schema", notice: notice) + "\n"
        }
        for document in inputs.documents {
            context += "\n## Context: \(document.label)\n"
            context += DataFence.wrap(document.text, label: "document", notice: notice) + "\n"
        }
        if role.seesDeterministicFindings, !inputs.deterministicFindings.isEmpty {
            context += "\n## Findings of the deterministic rule engine\n"
            context += "These were found by fixed rules, not by a model; confirm, dispute or extend them.\n"
            for finding in inputs.deterministicFindings {
                context += "- [\(finding.ruleID)] \(finding.target.map { "\($0): " } ?? "")\(finding.message)\n"
            }
        }
        if role.seesRelatedDecisions, !inputs.relatedDecisions.isEmpty {
            context += "\n## Related decisions made before\n"
            for decision in inputs.relatedDecisions { context += "- \(decision)\n" }
        }
        let values: [String: String] = [
            "task": try library.text("kinds/\(inputs.kind.rawValue).md").trimmingCharacters(in: .whitespacesAndNewlines),
            "question": inputs.question,
            "decision_question": inputs.kind.decisionQuestion,
            "options": inputs.options.isEmpty
                ? "- (no fixed list: name your choice)"
                : inputs.options.map { "- \($0.id): \($0.label)" }.joined(separator: "\n"),
            "requirements": inputs.requirements.isEmpty
                ? "None stated."
                : inputs.requirements.map { "- \($0)" }.joined(separator: "\n"),
            "context": context,
            "answer_schema": library.answerSchema.trimmingCharacters(in: .whitespacesAndNewlines),
        ]
        let (user, missing) = PromptTemplate.render(try library.text("frame.md"), values)
        if !missing.isEmpty {
            throw PromptError("frame.md uses unknown placeholders: \(missing.joined(separator: ", ")); known: \(values.keys.sorted().joined(separator: ", "))")
        }
        let system = try library.text(role.systemPromptFile).trimmingCharacters(in: .whitespacesAndNewlines)
        return RenderedPrompt(role: role, system: system, user: user)
    }
}

import Foundation
