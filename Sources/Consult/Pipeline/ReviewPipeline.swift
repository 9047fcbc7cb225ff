import Consensus
import Foundation
import ModelClients
import Schema
import SelectionMatrix

/// The review, start to end: `prepare` reads and lints the inputs and renders the prompts; `run` asks the
/// panel, scores agreement per decision and per finding, checks both against the schema and the selection
/// matrix, and returns the decision record (unnumbered: `RecordWriter` numbers and writes it).
///
/// Every panelist's reply is kept in the record, failed and unparseable ones included, so that nothing the
/// panel said is lost whatever the tier.
public struct ReviewPipeline: Sendable {
    public let settings: ReviewSettings
    /// The clock the record's date comes from (tests pin it).
    public let now: @Sendable () -> Date

    public init(settings: ReviewSettings, now: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.now = now
    }

    /// Asks the panel (through `client`; nil or an empty panel asks no one) and builds the record. Panelists
    /// with a `cached` answer (by name) are not asked again; the record marks their replies as cached.
    public func run(_ prepared: PreparedReview, client: PanelClient?, progress: PanelProgressSink? = nil,
                    cached: [String: CachedAnswer] = [:]) async -> DecisionRecord {
        let panelists = settings.panel.panelists
        var replies: [Reply] = []
        if let client, !panelists.isEmpty {
            var prompts: [PanelRole: Prompt] = [:]
            for role in Set(panelists.map(\.role)) { prompts[role] = prepared.prompt(for: role) }
            replies = await PanelRun(client: client).ask(panelists, prompts: prompts, progress: progress, cached: cached.mapValues(\.reply))
        }
        return record(prepared, replies: replies, asked: client != nil && !panelists.isEmpty, cached: cached)
    }

    /// The record for a set of replies (one per configured panelist, in the panel's order).
    public func record(_ prepared: PreparedReview, replies: [Reply], asked: Bool, cached: [String: CachedAnswer] = [:]) -> DecisionRecord {
        let answered = replies.map(Self.read)
        let panelAnswers = answered.map(\.panelAnswer)
        let requirements = prepared.requirementIDs
        let referee = MatrixReferee(matrix: settings.matrix, requirements: requirements)

        var decision: DecisionConsensus?
        var findings: [GroundedFinding] = []
        var unraised = Array(prepared.deterministic.indices.filter { prepared.deterministic[$0].ruleID != Diagnostic.syntaxErrorID })
        if asked {
            decision = DecisionVoting.decide(referee.decisionField(for: prepared.request.kind), panel: panelAnswers)
            let clusters = FindingClusterer.cluster(panelAnswers)
            let grounded = SchemaGrounding(models: prepared.inputs.models, deterministic: prepared.deterministic).ground(clusters)
            findings = grounded.findings
            unraised = grounded.unraised
        }
        let answers: [(panelist: String, answer: Answer)] = panelAnswers.compactMap { panelAnswer in
            panelAnswer.answer.map { (panelAnswer.panelist, $0) }
        }
        let focus = asked ? findings.compactMap { $0.cluster.target.map(TargetName.table(of:)) }
            : unraised.compactMap { prepared.deterministic[$0].target.map(TargetName.table(of:)) }
        let status: RecordStatus = switch decision?.tier {
        case nil: .deterministicOnly
        case .conflicting?, .insufficient?: .escalated
        default: .proposed
        }
        return DecisionRecord(
            format: DecisionRecord.currentFormat, number: 0, slug: RecordWriter.slug(prepared.title), title: prepared.title,
            status: status, createdAt: now(), toolVersion: ReviewVersion.current,
            question: QuestionRecord(kind: prepared.request.kind, text: prepared.questionText,
                                     decisionQuestion: prepared.request.kind.decisionQuestion),
            inputs: prepared.inputs.schemaRecords, documents: prepared.inputs.documentRecords,
            requirements: prepared.requirements,
            prompts: PromptsRecord(fingerprint: prepared.promptsFingerprint, overridden: prepared.overriddenPrompts,
                                   renderedHashes: prepared.renderedHashes),
            panel: zip(replies, answered).map { reply, read in
                let hit = cached[reply.panelist]
                return PanelistRecord(reply: reply, answer: read.panelAnswer.answer, abstention: read.abstention,
                                      fromCache: hit != nil, answeredAt: hit?.answeredAt ?? now())
            },
            decision: decision, findings: findings, deterministicFindings: prepared.deterministic,
            unraisedDeterministicFindings: unraised,
            matrix: referee.record(answers: answers, ranking: !asked || prepared.request.kind == .selection),
            risks: Self.risks(answers), roadmap: Self.roadmap(answers, decision: decision, replies: replies, referee: referee,
                                                              kind: prepared.request.kind),
            diagram: DiagramBuilder.diagram(models: prepared.inputs.models, focus: focus),
            related: prepared.related, sinceLast: nil, calibration: nil,
            totals: Self.totals(replies, started: prepared.started),
            notes: notes(asked: asked, replies: replies, answered: answered))
    }

    /// A reply as the consensus sees it: an answer, or an abstention with its reason.
    private static func read(_ reply: Reply) -> (panelAnswer: PanelAnswer, abstention: String?) {
        let role = reply.role.rawValue
        switch reply.status {
        case .ok:
            switch AnswerParser.parse(reply.text) {
            case .answer(let answer):
                return (PanelAnswer(panelist: reply.panelist, role: role, outcome: .answered(answer)), nil)
            case .unusable(let reason):
                let why = "the reply could not be read as an answer: \(reason)"
                return (PanelAnswer(panelist: reply.panelist, role: role, outcome: .abstained(reason: why)), why)
            }
        case .refused:
            let why = "the model declined to answer"
            return (PanelAnswer(panelist: reply.panelist, role: role, outcome: .abstained(reason: why)), why)
        case .truncated:
            let why = "the answer was cut off at the token limit (raise max_tokens)"
            return (PanelAnswer(panelist: reply.panelist, role: role, outcome: .abstained(reason: why)), why)
        case .failed(let reason):
            return (PanelAnswer(panelist: reply.panelist, role: role, outcome: .abstained(reason: reason)), reason)
        }
    }

    private func notes(asked: Bool, replies: [Reply], answered: [(panelAnswer: PanelAnswer, abstention: String?)]) -> [String] {
        guard asked else {
            return ["No panel was asked: no panelist is configured. This record holds the deterministic checks only "
                + "(lint findings, requirements derived from the schema, the selection matrix's ranking). To ask a "
                + "panel, add [[panelist]] tables to review.toml (see examples/review.toml) or set ANTHROPIC_API_KEY, "
                + "OPENAI_API_KEY, GEMINI_API_KEY, OPENROUTER_API_KEY or OLLAMA_HOST, then check it with `review panel`."]
        }
        var notes: [String] = []
        let usable = answered.filter { $0.abstention == nil }.count
        if usable == 0 {
            notes.append("No panelist gave a usable answer; every reply is kept below with the reason. Check the panel "
                + "with `review panel`.")
        } else if usable < replies.count {
            notes.append("\(replies.count - usable) of \(replies.count) panelists gave no usable answer and count as "
                + "abstentions; their replies are kept below.")
        }
        return notes
    }

    private static func risks(_ answers: [(panelist: String, answer: Answer)]) -> [RiskRecord] {
        var records: [RiskRecord] = []
        var index: [String: Int] = [:]
        for (panelist, answer) in answers {
            for risk in answer.risks where !risk.risk.isEmpty {
                let key = DecisionField.slug(risk.risk)
                if let at = index[key] {
                    if !records[at].panelists.contains(panelist) { records[at].panelists.append(panelist) }
                    if records[at].mitigation == nil { records[at].mitigation = risk.mitigation }
                } else {
                    index[key] = records.count
                    records.append(RiskRecord(risk: risk.risk, mitigation: risk.mitigation.flatMap { $0.isEmpty ? nil : $0 },
                                              panelists: [panelist]))
                }
            }
        }
        return records
    }

    /// The roadmap of a panelist who chose the winning option, the architect first; else the first one given.
    private static func roadmap(_ answers: [(panelist: String, answer: Answer)], decision: DecisionConsensus?, replies: [Reply],
                                referee: MatrixReferee, kind: QuestionKind) -> RoadmapRecord? {
        let withSteps = answers.filter { !$0.1.roadmap.isEmpty }
        guard !withSteps.isEmpty else { return nil }
        let winners = Set(decision?.votes.first { $0.option == decision?.option }?.panelists ?? [])
        let role = Dictionary(replies.map { ($0.panelist, $0.role) }, uniquingKeysWith: { first, _ in first })
        let ranked = withSteps.sorted { a, b in
            let aw = winners.contains(a.0), bw = winners.contains(b.0)
            if aw != bw { return aw }
            let aa = role[a.0] == .architect, ba = role[b.0] == .architect
            return aa && !ba
        }
        guard let chosen = ranked.first else { return nil }
        return RoadmapRecord(panelist: chosen.0, steps: chosen.1.roadmap)
    }

    private static func totals(_ replies: [Reply], started: ContinuousClock.Instant) -> TotalsRecord {
        let known = replies.compactMap(\.cost)
        let elapsed = ContinuousClock.now - started
        return TotalsRecord(
            costUSD: known.isEmpty ? nil : known.reduce(0, +),
            unknownCost: replies.filter { $0.cost == nil && $0.attempts > 0 }.map(\.panelist),
            inputTokens: replies.reduce(0) { $0 + ($1.usage.input ?? 0) },
            outputTokens: replies.reduce(0) { $0 + ($1.usage.output ?? 0) },
            wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
