/// A table with everything declared on it, wherever in the file it was declared
/// (ALTER TABLE, CREATE INDEX and COMMENT ON are folded in).
public struct Table: Hashable, Codable, Sendable {
    public var name: QualifiedName
    public var columns: [Column]
    public var primaryKey: PrimaryKey?
    public var uniqueConstraints: [UniqueConstraint]
    public var foreignKeys: [ForeignKey]
    public var checks: [CheckConstraint]
    public var indexes: [Index]
    /// How the table is partitioned, if it is a partitioned (parent) table.
    public var partitioning: Partitioning?
    /// The parent when this table is a partition (`PARTITION OF parent FOR VALUES ...`).
    public var partitionOf: PartitionParent?
    /// PostgreSQL `INHERITS (...)`.
    public var inherits: [QualifiedName]
    /// Table options: MySQL ENGINE, CHARSET, COLLATE; SQLite WITHOUT ROWID, STRICT; PostgreSQL UNLOGGED.
    public var options: [String: String]
    public var comment: String?
    public var location: SourceLocation

    public init(name: QualifiedName, columns: [Column] = [], primaryKey: PrimaryKey? = nil,
                uniqueConstraints: [UniqueConstraint] = [], foreignKeys: [ForeignKey] = [],
                checks: [CheckConstraint] = [], indexes: [Index] = [], partitioning: Partitioning? = nil,
                partitionOf: PartitionParent? = nil, inherits: [QualifiedName] = [], options: [String: String] = [:],
                comment: String? = nil, location: SourceLocation) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.uniqueConstraints = uniqueConstraints
        self.foreignKeys = foreignKeys
        self.checks = checks
        self.indexes = indexes
        self.partitioning = partitioning
        self.partitionOf = partitionOf
        self.inherits = inherits
        self.options = options
        self.comment = comment
        self.location = location
    }

    /// The column named `name`, ignoring case.
    public func column(named name: String) -> Column? {
        if let exact = columns.first(where: { $0.name == name }) { return exact }
        let folded = name.lowercased()
        return columns.first { $0.name.lowercased() == folded }
    }

    public func columnIndex(named name: String) -> Int? {
        if let exact = columns.firstIndex(where: { $0.name == name }) { return exact }
        let folded = name.lowercased()
        return columns.firstIndex { $0.name.lowercased() == folded }
    }
}

/// `PARTITION BY RANGE (created_at)` and its kin.
public struct Partitioning: Hashable, Codable, Sendable {
    public enum Strategy: String, Codable, Sendable { case range, list, hash, key }
    public var strategy: Strategy
    /// Partition key: column names or expressions as written.
    public var key: [String]

    public init(strategy: Strategy, key: [String]) {
        self.strategy = strategy
        self.key = key
    }
}

/// The parent of a partition and the partition's bound (`FOR VALUES FROM (...) TO (...)`).
public struct PartitionParent: Hashable, Codable, Sendable {
    public var parent: QualifiedName
    public var bound: String

    public init(parent: QualifiedName, bound: String) {
        self.parent = parent
        self.bound = bound
    }
}
