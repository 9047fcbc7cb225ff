/// A primary key.
public struct PrimaryKey: Hashable, Codable, Sendable {
    public var name: String?
    public var columns: [String]
    public var location: SourceLocation

    public init(name: String? = nil, columns: [String], location: SourceLocation) {
        self.name = name
        self.columns = columns
        self.location = location
    }
}

/// A UNIQUE constraint (unique indexes are `Index` values with `isUnique`).
public struct UniqueConstraint: Hashable, Codable, Sendable {
    public var name: String?
    public var columns: [String]
    /// PostgreSQL 15 `NULLS NOT DISTINCT`.
    public var nullsNotDistinct: Bool
    public var location: SourceLocation

    public init(name: String? = nil, columns: [String], nullsNotDistinct: Bool = false, location: SourceLocation) {
        self.name = name
        self.columns = columns
        self.nullsNotDistinct = nullsNotDistinct
        self.location = location
    }
}

/// A foreign key.
public struct ForeignKey: Hashable, Codable, Sendable {
    public var name: String?
    public var columns: [String]
    public var referencedTable: QualifiedName
    /// Empty when the source names no columns (then the referenced table's primary key is meant).
    public var referencedColumns: [String]
    public var onDelete: ReferentialAction
    public var onUpdate: ReferentialAction
    public var isDeferrable: Bool
    public var isInitiallyDeferred: Bool
    /// PostgreSQL `NOT VALID`: existing rows are not checked.
    public var isNotValid: Bool
    public var location: SourceLocation

    public init(name: String? = nil, columns: [String], referencedTable: QualifiedName, referencedColumns: [String],
                onDelete: ReferentialAction = .noAction, onUpdate: ReferentialAction = .noAction,
                isDeferrable: Bool = false, isInitiallyDeferred: Bool = false, isNotValid: Bool = false,
                location: SourceLocation) {
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.isDeferrable = isDeferrable
        self.isInitiallyDeferred = isInitiallyDeferred
        self.isNotValid = isNotValid
        self.location = location
    }
}

public enum ReferentialAction: String, Hashable, Codable, Sendable {
    case noAction = "no action"
    case restrict
    case cascade
    case setNull = "set null"
    case setDefault = "set default"
}

/// A CHECK constraint.
public struct CheckConstraint: Hashable, Codable, Sendable {
    public var name: String?
    public var expression: String
    public var isNotValid: Bool
    public var location: SourceLocation

    public init(name: String? = nil, expression: String, isNotValid: Bool = false, location: SourceLocation) {
        self.name = name
        self.expression = expression
        self.isNotValid = isNotValid
        self.location = location
    }
}
