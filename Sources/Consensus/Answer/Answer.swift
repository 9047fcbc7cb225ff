/// One panelist's structured answer, as the answer contract (`prompts/answer.schema.json`) defines it,
/// after tolerant parsing.
public struct Answer: Hashable, Codable, Sendable {
    /// The decision option as the panelist wrote it (normalized later against the question's kind).
    public var decision: String?
    /// approve / approve-with-changes / reject, where the question has one.
    public var verdict: Verdict?
    public var recommendedDatabase: String?
    public var alternatives: [String]
    public var findings: [Finding]
    public var risks: [Risk]
    public var roadmap: [String]
    public var summary: String
    /// The panelist's own confidence, 0...1, when it gave one.
    public var confidence: Double?

    public init(decision: String? = nil, verdict: Verdict? = nil, recommendedDatabase: String? = nil,
                alternatives: [String] = [], findings: [Finding] = [], risks: [Risk] = [], roadmap: [String] = [],
                summary: String = "", confidence: Double? = nil) {
        self.decision = decision
        self.verdict = verdict
        self.recommendedDatabase = recommendedDatabase
        self.alternatives = alternatives
        self.findings = findings
        self.risks = risks
        self.roadmap = roadmap
        self.summary = summary
        self.confidence = confidence
    }
}

/// The verdict of a review: an ordinal scale, so neighbours are "adjacent" and the ends "exclusive".
public enum Verdict: String, Hashable, Codable, Sendable, CaseIterable {
    case approve
    case approveWithChanges = "approve-with-changes"
    case reject

    var rank: Int {
        switch self {
        case .approve: 0
        case .approveWithChanges: 1
        case .reject: 2
        }
    }
}

/// One problem a panelist found.
public struct Finding: Hashable, Codable, Sendable {
    public var category: FindingCategory
    public var severity: FindingSeverity
    /// `table` or `table.column` (possibly `schema.table.column`), when the finding is about one object.
    public var target: String?
    public var title: String
    public var detail: String
    public var fix: String?

    public init(category: FindingCategory, severity: FindingSeverity, target: String? = nil, title: String,
                detail: String = "", fix: String? = nil) {
        self.category = category
        self.severity = severity
        self.target = target
        self.title = title
        self.detail = detail
        self.fix = fix
    }
}

public enum FindingCategory: String, Hashable, Codable, Sendable, CaseIterable {
    case integrity, types, indexing, design, naming, security, performance, operations, other
}

public enum FindingSeverity: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case critical, high, medium, low, info

    public var rank: Int {
        switch self {
        case .critical: 4
        case .high: 3
        case .medium: 2
        case .low: 1
        case .info: 0
        }
    }

    public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool { a.rank < b.rank }
}

/// A risk and how to reduce it.
public struct Risk: Hashable, Codable, Sendable {
    public var risk: String
    public var mitigation: String?

    public init(risk: String, mitigation: String? = nil) {
        self.risk = risk
        self.mitigation = mitigation
    }
}
