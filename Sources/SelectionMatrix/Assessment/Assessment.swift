/// How one profile meets one requirement, and where that statement comes from: the profile itself (quoting
/// the seed's own words when it can), its host (for extensions), or what is typical of its category.
public struct Assessment: Hashable, Codable, Sendable {
    /// Who made the statement.
    public enum Source: String, Codable, Sendable {
        /// The profile states it.
        case profile
        /// Inherited from the host of an extension (pgvector inherits PostgreSQL's fits).
        case host
        /// Typical of the profile's category.
        case category
        /// Nobody: the matrix does not say.
        case none
    }

    public let requirement: Requirement
    public let level: FitLevel
    /// The short reason, in the words of whoever stated it.
    public let reason: String
    public let source: Source
    /// The display name of the host or category it comes from.
    public let sourceName: String?
    /// The seed field the reason quotes ("No joins or subqueries" is a limitation).
    public let seedField: SeedField?

    public init(requirement: Requirement, level: FitLevel, reason: String, source: Source,
                sourceName: String? = nil, seedField: SeedField? = nil) {
        self.requirement = requirement
        self.level = level
        self.reason = reason
        self.source = source
        self.sourceName = sourceName
        self.seedField = seedField
    }

    /// Where the reason comes from, for explanations: "limitation", "from PostgreSQL, when to use",
    /// "typical of a wide-column store"; nil when the profile states it in words not taken from the seed.
    public var attribution: String? {
        switch source {
        case .profile:
            return seedField?.label
        case .host:
            let from = "from \(sourceName ?? "its host")"
            return seedField.map { "\(from), \($0.label)" } ?? from
        case .category:
            guard let sourceName, let first = sourceName.first else { return "typical of its category" }
            let noun = first.lowercased() + sourceName.dropFirst()
            let article = "aeiou".contains(first.lowercased()) ? "an" : "a"
            return "typical of \(article) \(noun)"
        case .none:
            return nil
        }
    }

    /// `acid: Complex queries with ACID requirements (when to use)`.
    public var explanation: String {
        attribution.map { "\(requirement): \(reason) (\($0))" } ?? "\(requirement): \(reason)"
    }
}
