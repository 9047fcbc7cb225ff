/// `CREATE TYPE name AS ENUM (...)`.
public struct EnumType: Hashable, Codable, Sendable {
    public var name: QualifiedName
    public var values: [String]
    public var location: SourceLocation

    public init(name: QualifiedName, values: [String], location: SourceLocation) {
        self.name = name
        self.values = values
        self.location = location
    }
}

/// `CREATE DOMAIN name AS type [NOT NULL] [DEFAULT ...] [CHECK (...)]`.
public struct Domain: Hashable, Codable, Sendable {
    public var name: QualifiedName
    public var baseType: DataType
    public var isNullable: Bool
    public var defaultExpression: String?
    public var checks: [String]
    public var location: SourceLocation

    public init(name: QualifiedName, baseType: DataType, isNullable: Bool = true, defaultExpression: String? = nil,
                checks: [String] = [], location: SourceLocation) {
        self.name = name
        self.baseType = baseType
        self.isNullable = isNullable
        self.defaultExpression = defaultExpression
        self.checks = checks
        self.location = location
    }
}

/// A view (or materialized view). Only names are modelled.
public struct View: Hashable, Codable, Sendable {
    public var name: QualifiedName
    public var isMaterialized: Bool
    public var location: SourceLocation

    public init(name: QualifiedName, isMaterialized: Bool = false, location: SourceLocation) {
        self.name = name
        self.isMaterialized = isMaterialized
        self.location = location
    }
}

/// A sequence the schema creates. Sequences owned by a column become that column's `.serial` identity
/// and stay listed here with `ownedBy` set.
public struct Sequence: Hashable, Codable, Sendable {
    public var name: QualifiedName
    /// `table.column` when `OWNED BY` (or a `nextval` default) ties it to a column.
    public var ownedBy: String?
    public var location: SourceLocation

    public init(name: QualifiedName, ownedBy: String? = nil, location: SourceLocation) {
        self.name = name
        self.ownedBy = ownedBy
        self.location = location
    }
}
