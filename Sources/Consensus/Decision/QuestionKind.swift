/// The kinds of question `review` asks, each with a decision field whose options are canonical
/// (so that votes can be counted) plus "other: text".
public enum QuestionKind: String, Hashable, Codable, Sendable, CaseIterable {
    /// Review a schema: the decision is the verdict.
    case schemaReview = "schema-review"
    /// Which database: the options are the selection matrix's profiles.
    case selection
    /// How to migrate.
    case migration
    /// How to scale.
    case scaling
    /// What to do about indexes.
    case indexing
    /// Anything else: proceed or not.
    case general

    /// The canonical options. For `.selection` the options come from the selection matrix instead.
    public var options: [DecisionOption] {
        switch self {
        case .schemaReview: DecisionOption.verdicts
        case .selection: []
        case .migration: DecisionOption.migration
        case .scaling: DecisionOption.scaling
        case .indexing: DecisionOption.indexing
        case .general: DecisionOption.general
        }
    }

    /// What the decision field asks, for prompts and records.
    public var decisionQuestion: String {
        switch self {
        case .schemaReview: "Should this schema be approved as it is, approved with changes, or rejected?"
        case .selection: "Which database should be the primary store?"
        case .migration: "Which migration approach should be used?"
        case .scaling: "Which scaling approach should come first?"
        case .indexing: "What should be done about the indexes?"
        case .general: "Should the proposal go ahead?"
        }
    }
}

/// One canonical option of a decision field.
public struct DecisionOption: Hashable, Codable, Sendable {
    public var id: String
    public var label: String
    /// Phrases that mean this option, lowercased, matched as whole words.
    public var synonyms: [String]
    /// Options that cannot both be right: a panel split between them is conflicting, not split.
    public var excludes: [String]
    /// Position on an ordinal scale (verdicts): options two or more steps apart exclude each other.
    public var rank: Int?

    public init(id: String, label: String, synonyms: [String] = [], excludes: [String] = [], rank: Int? = nil) {
        self.id = id
        self.label = label
        self.synonyms = synonyms
        self.excludes = excludes
        self.rank = rank
    }

    static let verdicts = [
        DecisionOption(id: "approve", label: "Approve", synonyms: ["approve", "approved", "accept", "lgtm"], rank: 0),
        DecisionOption(id: "approve-with-changes", label: "Approve with changes",
                       synonyms: ["approve with changes", "approve with conditions", "changes requested",
                                  "conditional approval", "approve with modifications", "approve with revisions"], rank: 1),
        DecisionOption(id: "reject", label: "Reject", synonyms: ["reject", "rejected", "redesign", "do not approve"], rank: 2),
    ]

    static let migration = [
        DecisionOption(id: "expand-contract", label: "Expand and contract (parallel change)",
                       synonyms: ["expand contract", "expand and contract", "expand/contract", "parallel change"],
                       excludes: ["offline-big-bang"]),
        DecisionOption(id: "blue-green", label: "Blue-green database switch",
                       synonyms: ["blue green", "blue/green"], excludes: ["offline-big-bang"]),
        DecisionOption(id: "rolling", label: "Rolling, shard by shard or tenant by tenant",
                       synonyms: ["rolling", "shard by shard", "incremental rollout", "phased rollout"],
                       excludes: ["offline-big-bang"]),
        DecisionOption(id: "dual-write-cdc", label: "Dual write with change data capture",
                       synonyms: ["dual write", "dual-write", "change data capture", "cdc", "logical replication", "debezium"],
                       excludes: ["offline-big-bang"]),
        DecisionOption(id: "online-schema-change", label: "Online schema change tool (gh-ost, pt-osc, pg_repack)",
                       synonyms: ["online schema change", "gh-ost", "gh ost", "pt-online-schema-change", "pt osc", "pg_repack", "shadow table"],
                       excludes: ["offline-big-bang"]),
        DecisionOption(id: "offline-big-bang", label: "Offline migration in a maintenance window",
                       synonyms: ["big bang", "offline", "maintenance window", "downtime", "stop the world"],
                       excludes: ["expand-contract", "blue-green", "rolling", "dual-write-cdc", "online-schema-change"]),
    ]

    static let scaling = [
        DecisionOption(id: "query-and-index-tuning", label: "Tune queries and indexes first",
                       synonyms: ["query tuning", "index tuning", "query optimization", "optimize queries", "indexing"]),
        DecisionOption(id: "vertical-scaling", label: "Scale up (a larger machine)",
                       synonyms: ["vertical", "scale up", "bigger instance", "larger instance"], excludes: ["sharding"]),
        DecisionOption(id: "read-replicas", label: "Read replicas",
                       synonyms: ["read replica", "read replicas", "replicas", "replication"]),
        DecisionOption(id: "caching", label: "A cache in front of the database",
                       synonyms: ["caching", "cache", "redis", "memcached"]),
        DecisionOption(id: "partitioning", label: "Partition tables in one database",
                       synonyms: ["partitioning", "partition", "table partitioning"]),
        DecisionOption(id: "sharding", label: "Shard across databases (with a shard key)",
                       synonyms: ["sharding", "shard", "horizontal scaling", "scale out", "distributed sql"],
                       excludes: ["vertical-scaling", "no-change"]),
        DecisionOption(id: "no-change", label: "No change needed",
                       synonyms: ["no change", "nothing", "not needed", "status quo"], excludes: ["sharding"]),
    ]

    static let indexing = [
        DecisionOption(id: "add-index", label: "Add an index",
                       synonyms: ["add index", "add an index", "create index", "new index", "single column index"],
                       excludes: ["drop-index", "no-change"]),
        DecisionOption(id: "composite-index", label: "Add a composite index",
                       synonyms: ["composite", "multi column", "multicolumn", "compound index"], excludes: ["drop-index", "no-change"]),
        DecisionOption(id: "partial-index", label: "Add a partial index",
                       synonyms: ["partial", "filtered index"], excludes: ["drop-index", "no-change"]),
        DecisionOption(id: "covering-index", label: "Add a covering index",
                       synonyms: ["covering", "include columns", "index only"], excludes: ["drop-index", "no-change"]),
        DecisionOption(id: "expression-index", label: "Add an expression index",
                       synonyms: ["expression index", "functional index", "index on expression"], excludes: ["drop-index", "no-change"]),
        DecisionOption(id: "drop-index", label: "Drop or consolidate indexes",
                       synonyms: ["drop", "remove index", "consolidate", "redundant"],
                       excludes: ["add-index", "composite-index", "partial-index", "covering-index", "expression-index"]),
        DecisionOption(id: "no-change", label: "No change needed",
                       synonyms: ["no change", "not needed", "keep as is", "status quo"],
                       excludes: ["add-index", "composite-index", "partial-index", "covering-index", "expression-index"]),
    ]

    static let general = [
        DecisionOption(id: "proceed", label: "Proceed", synonyms: ["proceed", "yes", "go ahead", "approve", "recommended"], rank: 0),
        DecisionOption(id: "proceed-with-changes", label: "Proceed with changes",
                       synonyms: ["proceed with changes", "with changes", "with conditions", "conditionally", "yes but"], rank: 1),
        DecisionOption(id: "do-not-proceed", label: "Do not proceed",
                       synonyms: ["do not proceed", "no", "don't", "reject", "not recommended", "avoid"], rank: 2),
    ]
}
