/// The group a rule belongs to; shown in listings and reports, and used as a SARIF tag.
public enum RuleCategory: String, Sendable, Codable, CaseIterable {
    /// Keys and references: whether the database can keep the data consistent.
    case integrity
    /// Column types that lose data, overflow, or cost more than they should.
    case types
    /// Indexes that are missing, duplicated, or not worth their write cost.
    case indexing
    /// Table shapes that make data hard to query or constrain.
    case design
    /// Identifiers that must be quoted, get truncated, or follow no convention.
    case naming
    /// Columns that put secrets at risk.
    case security
}
