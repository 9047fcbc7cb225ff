import Consensus
import Foundation
import Lint
import ModelClients
import Schema
import SelectionMatrix
import Support

extension ReviewPipeline {
    /// The most deterministic findings shown to a panelist; the record keeps them all.
    static let promptFindingLimit = 80

    /// Reads and lints the inputs, settles the requirements, looks up related past decisions in `memory`
    /// and renders the prompts. Throws only for problems the user must fix before anything can be asked
    /// (exit code 2). `loaded` is the inputs when the caller read them already (the command reads them
    /// while the settings load).
    /// `linted` is the deterministic findings on `loaded` when the caller ran them too.
    public func prepare(_ request: ReviewRequest, loaded: ReviewInputs? = nil, linted: [Diagnostic]? = nil,
                        started: ContinuousClock.Instant = .now, memory: DecisionMemory? = nil) throws(ReviewError) -> PreparedReview {
        let inputs: ReviewInputs
        if let loaded {
            inputs = loaded
        } else {
            do {
                inputs = try ReviewInputs.load(request)
            } catch {
                throw ReviewError("\(error)")
            }
        }
        if request.kind == .schemaReview && inputs.schemas.isEmpty {
            throw ReviewError("a schema review needs at least one .sql file; give one, or ask a question with `review ask`")
        }
        precondition(linted == nil || loaded != nil, "linted findings come with the inputs they were found on")
        let deterministic = linted ?? Self.lint(inputs, configuration: settings.lint)
        let requirements = try requirements(request, derived: inputs.schemas.map(\.derivedRequirements))
        let questionText = request.question ?? Self.schemaReviewQuestion(inputs)
        let title = request.question.map { Self.shortTitle($0) }
            ?? "Schema review of " + inputs.schemas.map { ($0.file.path as NSString).lastPathComponent }.joined(separator: ", ")

        var related: [RelatedDecisionRecord] = []
        if let memory {
            do {
                related = try memory.related(inputs: inputs.schemaRecords + inputs.documentRecords, question: questionText)
            } catch {
                throw ReviewError("\(error)")
            }
        }

        let promptInputs = PromptInputs(
            kind: request.kind, question: questionText, options: options(for: request.kind),
            requirements: requirements.map(Self.promptLine),
            schemas: inputs.schemas.map { ("\($0.file.path) (\($0.read.dialect.rawValue))", $0.digest) },
            deterministicFindings: Self.mostSevere(deterministic, limit: Self.promptFindingLimit),
            relatedDecisions: related.map(Self.promptLine),
            documents: inputs.documents.map { ($0.path, $0.text) })
        let builder = PromptBuilder(library: settings.prompts)
        var prompts: [PanelRole: RenderedPrompt] = [:]
        let roles = Set(settings.panel.panelists.map(\.role)).union(settings.panel.panelists.isEmpty ? [.architect] : [])
        for role in roles {
            do {
                prompts[role] = try builder.render(promptInputs, role: role)
            } catch {
                throw ReviewError("\(error)")
            }
        }
        return PreparedReview(
            request: request, inputs: inputs, title: title, questionText: questionText, deterministic: deterministic,
            requirements: requirements, prompts: prompts,
            answerSchema: JSONValue.parse(Data(settings.prompts.answerSchema.utf8)),
            promptsFingerprint: settings.prompts.fingerprint, overriddenPrompts: settings.prompts.overridden.sorted(),
            related: related, started: started)
    }

    /// Every deterministic finding on the schema inputs: the readers' diagnostics, then the rules' (suppression
    /// comments applied).
    public static func lint(_ inputs: ReviewInputs, configuration: LintConfiguration) -> [Diagnostic] {
        let linter = Linter(configuration: configuration)
        return inputs.schemas.flatMap { linter.lint($0.read, source: $0.file.text).diagnostics }
    }

    /// Requirements given with `--require` first, then those the schemas suggest (with their evidence).
    private func requirements(_ request: ReviewRequest, derived perSchema: [[DerivedRequirement]]) throws(ReviewError) -> [RequirementRecord] {
        let given: [Requirement]
        do {
            given = try settings.matrix.parseRequirements(request.requirements)
        } catch {
            throw ReviewError("\(error)")
        }
        var records = given.map { RequirementRecord(id: $0.rawValue, source: .given, reason: nil, evidence: []) }
        var seen = Set(given.map(\.rawValue))
        for derivedRequirements in perSchema {
            for derived in derivedRequirements {
                if seen.insert(derived.requirement.rawValue).inserted {
                    records.append(RequirementRecord(id: derived.requirement.rawValue, source: .derived,
                                                     reason: derived.reason, evidence: derived.evidence))
                } else if let index = records.firstIndex(where: { $0.id == derived.requirement.rawValue && $0.source == .derived }) {
                    records[index].evidence += derived.evidence
                }
            }
        }
        return records
    }

    /// The options a panelist chooses among: the kind's canonical list, or the seed's databases for selection.
    private func options(for kind: QuestionKind) -> [(id: String, label: String)] {
        if kind == .selection {
            return settings.matrix.profiles.filter(\.isFromSeed).map { ($0.id, $0.name) }
        }
        return kind.options.map { ($0.id, $0.label) }
    }

    /// One related decision as the architect sees it.
    static func promptLine(_ related: RelatedDecisionRecord) -> String {
        let date = MarkdownRecord.dateText(related.date)
        let outcome = [related.decision.map { "decided: \($0)" }, related.tier.map { "tier: \($0)" }].compactMap { $0 }
        return String(format: "%04d", related.number) + " (\(date), \(related.reason)) \(related.title)"
            + (outcome.isEmpty ? "" : " — " + outcome.joined(separator: ", "))
    }

    static func promptLine(_ requirement: RequirementRecord) -> String {
        switch requirement.source {
        case .given: "\(requirement.id) (stated by the user)"
        case .derived: "\(requirement.id) (suggested by the schema: \(requirement.reason ?? "derived"))"
        }
    }

    static func schemaReviewQuestion(_ inputs: ReviewInputs) -> String {
        let names = inputs.schemas.map(\.file.path).joined(separator: ", ")
        return "Review the design of the schema in \(names): is it sound as it stands, and what should change?"
    }

    /// The first line of a question, cut at a word boundary near 72 characters.
    static func shortTitle(_ question: String) -> String {
        let line = question.split(whereSeparator: \.isNewline).first.map(String.init)?
            .trimmingCharacters(in: .whitespaces) ?? ""
        guard line.count > 72 else { return line.isEmpty ? "Question" : line }
        let cut = line.prefix(72)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// The `limit` most severe findings, in reading order within a severity.
    static func mostSevere(_ diagnostics: [Diagnostic], limit: Int) -> [Diagnostic] {
        guard diagnostics.count > limit else { return diagnostics }
        let order = diagnostics.indices.sorted { a, b in
            diagnostics[a].severity != diagnostics[b].severity ? diagnostics[a].severity > diagnostics[b].severity : a < b
        }
        return order.prefix(limit).sorted().map { diagnostics[$0] }
    }
}
