/// One schema, read from DDL in any dialect and normalized: the single model every other part of
/// `review` (rules, digest, fingerprint, referees) works on.
public struct SchemaModel: Hashable, Codable, Sendable {
    public var dialect: Dialect
    /// Namespaces other than the default one that the DDL creates or uses, sorted.
    public var namespaces: [String]
    public var tables: [Table]
    public var enums: [EnumType]
    public var domains: [Domain]
    public var views: [View]
    public var sequences: [Sequence]

    public init(dialect: Dialect, namespaces: [String] = [], tables: [Table] = [], enums: [EnumType] = [],
                domains: [Domain] = [], views: [View] = [], sequences: [Sequence] = []) {
        self.dialect = dialect
        self.namespaces = namespaces
        self.tables = tables
        self.enums = enums
        self.domains = domains
        self.views = views
        self.sequences = sequences
    }

    /// The table named `name`; an unqualified name also matches a table in another namespace when
    /// exactly one has that name. Case is ignored when no exact match exists.
    public func table(named name: QualifiedName) -> Table? {
        if let exact = tables.first(where: { $0.name == name }) { return exact }
        let folded = name.folded
        if let match = tables.first(where: { $0.name.folded == folded }) { return match }
        if name.schema == nil {
            let candidates = tables.filter { $0.name.name.lowercased() == folded.name }
            if candidates.count == 1 { return candidates[0] }
        }
        return nil
    }

    /// The table named `name` (unqualified or `schema.table`).
    public func table(named name: String) -> Table? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 ? table(named: QualifiedName(schema: parts[0], parts[1])) : table(named: QualifiedName(name))
    }

    public var columnCount: Int { tables.reduce(0) { $0 + $1.columns.count } }
    public var indexCount: Int { tables.reduce(0) { $0 + $1.indexes.count } }
    public var foreignKeyCount: Int { tables.reduce(0) { $0 + $1.foreignKeys.count } }
}
