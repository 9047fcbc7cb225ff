/// A possibly schema-qualified object name. The default namespace of each dialect (`public` in
/// PostgreSQL, `main` in SQLite, the current database in MySQL) is stored as `schema == nil`, so
/// the same table read from different dialects has the same name.
public struct QualifiedName: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var schema: String?
    public var name: String

    public init(schema: String? = nil, _ name: String) {
        self.schema = schema
        self.name = name
    }

    public var description: String { schema.map { "\($0).\(name)" } ?? name }

    /// Lowercased, for lookups that ignore identifier case.
    public var folded: QualifiedName { QualifiedName(schema: schema?.lowercased(), name.lowercased()) }

    public static func < (a: QualifiedName, b: QualifiedName) -> Bool {
        ((a.schema ?? ""), a.name) < ((b.schema ?? ""), b.name)
    }
}
