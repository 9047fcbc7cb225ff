import Foundation

/// One line of history: a stored decision without its answers and findings.
public struct DecisionSummary: Sendable, Hashable, Codable {
    public var number: Int
    public var kind: String
    public var title: String
    public var status: String
    public var tier: String?
    public var option: String?
    public var optionLabel: String?
    public var createdAt: Date
    public var markdownPath: String
    public var jsonPath: String
    /// The latest outcome recorded, if any.
    public var outcome: String?
}
