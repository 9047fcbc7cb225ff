import Schema

/// A primary key, UNIQUE constraint or index seen the same way: the database backs each with an index, so the
/// indexing rules compare them with each other.
public struct TableKey: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case primaryKey
        case uniqueConstraint
        case index
    }

    public let kind: Kind
    public let name: String?
    public let elements: [IndexElement]
    public let isUnique: Bool
    /// Normalized `WHERE` of a partial index.
    public let predicate: String?
    /// Lowercased access method; `btree` for keys and constraints.
    public let method: String
    /// Lowercased `INCLUDE` columns.
    public let include: [String]
    /// PostgreSQL 15 `UNIQUE NULLS NOT DISTINCT`: NULLs count as equal.
    public var nullsNotDistinct = false
    public let location: SourceLocation

    /// Lowercased column names when every element is a plain column; nil when one is an expression.
    public var columns: [String]? {
        var names: [String] = []
        for element in elements {
            guard let name = element.columnName else { return nil }
            names.append(name.lowercased())
        }
        return names
    }

    /// Lowercased leading plain columns, up to the first expression.
    public var leadingColumns: [String] {
        var names: [String] = []
        for element in elements {
            guard let name = element.columnName else { break }
            names.append(name.lowercased())
        }
        return names
    }

    /// B-tree keys can serve lookups on any leading prefix; other methods cannot be compared by prefix.
    public var isBTree: Bool { method == "btree" }

    /// "index posts_user_idx", "primary key", "unique constraint users_email_key".
    public var label: String {
        switch kind {
        case .primaryKey: return name.map { "primary key \($0)" } ?? "primary key"
        case .uniqueConstraint: return name.map { "unique constraint \($0)" } ?? "unique constraint"
        case .index: return name.map { "index \($0)" } ?? "unnamed index"
        }
    }

    /// "(a, b)" with expressions as written.
    public var elementList: String {
        "(" + elements.map(\.displayText).joined(separator: ", ") + ")"
    }

    /// A comparable form of one element: target, order and options, with identifier case folded.
    static func signature(of element: IndexElement) -> String {
        var text: String
        switch element.target {
        case .column(let name): text = "c:" + name.lowercased()
        case .expression(let expression): text = "e:" + SQLText.normalized(expression)
        }
        if element.isDescending { text += " desc" }
        if let nullsFirst = element.nullsFirst { text += nullsFirst ? " nulls first" : " nulls last" }
        if let prefix = element.prefixLength { text += " (\(prefix))" }
        if let collation = element.collation { text += " collate " + collation.lowercased() }
        if let operatorClass = element.operatorClass { text += " " + operatorClass.lowercased() }
        return text
    }

    /// The element signatures in order.
    public var elementSignatures: [String] { elements.map(Self.signature(of:)) }
}

extension IndexElement {
    /// The element as a user would write it: `name`, `lower(email)`, `created_at DESC`.
    var displayText: String {
        var text: String
        switch target {
        case .column(let name): text = name
        case .expression(let expression): text = expression
        }
        if let prefixLength { text += "(\(prefixLength))" }
        if isDescending { text += " DESC" }
        return text
    }
}

extension Table {
    /// The primary key, the UNIQUE constraints and the indexes, in that order.
    public var keys: [TableKey] {
        var keys: [TableKey] = []
        if let primaryKey {
            keys.append(TableKey(kind: .primaryKey, name: primaryKey.name, elements: primaryKey.columns.map(IndexElement.column),
                                 isUnique: true, predicate: nil, method: "btree", include: [], location: primaryKey.location))
        }
        for unique in uniqueConstraints {
            keys.append(TableKey(kind: .uniqueConstraint, name: unique.name, elements: unique.columns.map(IndexElement.column),
                                 isUnique: true, predicate: nil, method: "btree", include: [],
                                 nullsNotDistinct: unique.nullsNotDistinct, location: unique.location))
        }
        for index in indexes {
            keys.append(TableKey(kind: .index, name: index.name, elements: index.elements, isUnique: index.isUnique,
                                 predicate: index.predicate.map(SQLText.normalized), method: index.method.lowercased(),
                                 include: index.include.map { $0.lowercased() }, location: index.location))
        }
        return keys
    }
}
