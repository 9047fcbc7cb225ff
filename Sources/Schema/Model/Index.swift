/// An index, from CREATE INDEX or declared inline (MySQL `KEY`, `INDEX`, `UNIQUE KEY`).
/// Primary keys and UNIQUE constraints are not repeated here, although databases back them with indexes.
public struct Index: Hashable, Codable, Sendable {
    public var name: String?
    public var isUnique: Bool
    public var elements: [IndexElement]
    /// `WHERE ...` of a partial index.
    public var predicate: String?
    /// Access method: btree, hash, gin, gist, brin, spgist; MySQL fulltext, spatial.
    public var method: String
    /// Non-key columns (PostgreSQL `INCLUDE (...)`).
    public var include: [String]
    public var location: SourceLocation

    public init(name: String? = nil, isUnique: Bool = false, elements: [IndexElement], predicate: String? = nil,
                method: String = "btree", include: [String] = [], location: SourceLocation) {
        self.name = name
        self.isUnique = isUnique
        self.elements = elements
        self.predicate = predicate
        self.method = method
        self.include = include
        self.location = location
    }

    /// The plain column names of the leading elements that are columns, up to the first expression.
    public var leadingColumns: [String] {
        var names: [String] = []
        for element in elements {
            guard case .column(let name) = element.target else { break }
            names.append(name)
        }
        return names
    }
}

/// One key of an index: a column or an expression, with order and options.
public struct IndexElement: Hashable, Codable, Sendable {
    public enum Target: Hashable, Codable, Sendable {
        case column(String)
        case expression(String)
    }

    public var target: Target
    public var isDescending: Bool
    /// `NULLS FIRST` / `NULLS LAST` when given.
    public var nullsFirst: Bool?
    /// MySQL prefix length: `KEY (name(10))`.
    public var prefixLength: Int?
    public var collation: String?
    /// Operator class, e.g. `gin_trgm_ops`.
    public var operatorClass: String?

    public init(_ target: Target, isDescending: Bool = false, nullsFirst: Bool? = nil, prefixLength: Int? = nil,
                collation: String? = nil, operatorClass: String? = nil) {
        self.target = target
        self.isDescending = isDescending
        self.nullsFirst = nullsFirst
        self.prefixLength = prefixLength
        self.collation = collation
        self.operatorClass = operatorClass
    }

    public static func column(_ name: String) -> IndexElement { IndexElement(.column(name)) }

    public var columnName: String? {
        if case .column(let name) = target { return name }
        return nil
    }
}
