/// What one configured panelist contributed: a parsed answer, or an abstention (the request failed, the
/// reply was refused, truncated or unparseable) with the reason.
public struct PanelAnswer: Hashable, Codable, Sendable {
    public enum Outcome: Hashable, Codable, Sendable {
        case answered(Answer)
        case abstained(reason: String)
    }

    public var panelist: String
    public var role: String?
    public var outcome: Outcome

    public init(panelist: String, role: String? = nil, outcome: Outcome) {
        self.panelist = panelist
        self.role = role
        self.outcome = outcome
    }

    public var answer: Answer? {
        if case .answered(let answer) = outcome { return answer }
        return nil
    }
}
