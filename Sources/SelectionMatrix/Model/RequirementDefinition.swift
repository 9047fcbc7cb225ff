/// A requirement of the vocabulary: what it means, and which of the seed's requirement dimensions
/// (data characteristics, access patterns, operational constraints) it comes from.
public struct RequirementDefinition: Hashable, Codable, Sendable {
    public let id: Requirement
    /// A short human name: "ACID transactions".
    public let name: String
    /// The seed dimension it refines, e.g. "Access patterns: read/write ratio".
    public let dimension: String
    /// One or two sentences that tell a user whether their workload has it.
    public let description: String
    /// Other spellings accepted on the command line and in model output ("transactions", "fts").
    public let aliases: [String]

    public init(id: Requirement, name: String, dimension: String, description: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.dimension = dimension
        self.description = description
        self.aliases = aliases
    }
}
