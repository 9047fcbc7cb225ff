/// Findings from different panelists that are about the same thing: same target, same category, similar
/// titles. Minority findings are clusters too (support 1/n); nothing is dropped.
public struct FindingCluster: Hashable, Codable, Sendable {
    public struct Member: Hashable, Codable, Sendable {
        public var panelist: String
        public var finding: Finding
    }

    /// Stable within one result: `category:target:n`.
    public var id: String
    public var category: FindingCategory
    public var target: String?
    /// The title of the first member in canonical order (highest severity first).
    public var title: String
    /// The highest severity any member gave.
    public var severity: FindingSeverity
    /// Every member, one or more per panelist, in canonical order.
    public var members: [Member]
    /// Distinct panelists behind the cluster.
    public var supporters: [String]
    /// Configured panelists, abstentions included.
    public var panelSize: Int
    public var tier: Tier
    /// Panelists who answered but did not raise it.
    public var dissenters: [String]

    public var support: Int { supporters.count }
    /// `k/n`.
    public var supportText: String { "\(support)/\(panelSize)" }

    /// The first suggested fix a member gave, in canonical order.
    public var fix: String? { members.lazy.compactMap(\.finding.fix).first }
}
