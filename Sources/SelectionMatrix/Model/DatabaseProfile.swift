/// One database system in the matrix: what it is, what names it goes by, and how it meets each requirement.
///
/// The 18 systems of the seed's selection framework carry its five fields (`seed`); every other system the
/// seed names has a short profile (category, summary, aliases and the requirements it is known for).
/// Extensions such as pgvector name their `host`, from which they inherit every fit they do not state.
public struct DatabaseProfile: Hashable, Codable, Sendable {
    /// The canonical id: lowercase, no spaces (`postgresql`, `sqlserver`, `pgvector`).
    public let id: String
    /// The display name: "PostgreSQL", "Amazon DynamoDB".
    public let name: String
    /// The id of its category (`relational`, `wide-column`, `vector`, ...).
    public let category: String
    /// For an extension: the profile it runs inside (pgvector → postgresql).
    public let host: String?
    /// Profiles it is wire- or API-compatible with, or forked from (MariaDB → MySQL, ScyllaDB → Cassandra).
    public let compatibleWith: [String]
    /// Other names models and people use for it; matched after case, punctuation and spaces are removed.
    public let aliases: [String]
    /// One line for systems outside the seed's framework.
    public let summary: String?
    /// The seed's five fields, for the framework's 18 systems.
    public let seed: SeedAssessment?
    /// The requirements this profile states a fit for. Others come from the host, then the category.
    public let fits: [Requirement: Fit]
    /// Example workloads that must choose it and that must rule it out.
    public let workloads: Workloads

    public init(id: String, name: String, category: String, host: String? = nil, compatibleWith: [String] = [],
                aliases: [String] = [], summary: String? = nil, seed: SeedAssessment? = nil,
                fits: [Requirement: Fit] = [:], workloads: Workloads = Workloads(chosenFor: [], ruledOutBy: [])) {
        self.id = id
        self.name = name
        self.category = category
        self.host = host
        self.compatibleWith = compatibleWith
        self.aliases = aliases
        self.summary = summary
        self.seed = seed
        self.fits = fits
        self.workloads = workloads
    }

    /// Whether the profile comes from the seed's selection framework with all five fields.
    public var isFromSeed: Bool { seed != nil }

    /// The line that sums it up: the seed's sweet spot, else the summary.
    public var headline: String { seed?.sweetSpot ?? summary ?? "" }
}
