import Schema

/// What a rule's check sees: the schema model, the configuration, and lookups that several rules share,
/// computed once per file.
public struct RuleContext: Sendable {
    public let model: SchemaModel
    public let configuration: LintConfiguration
    /// The text the model was read from, for the few facts a parser does not keep (PostgreSQL truncates
    /// long identifiers); nil when only the model is known.
    public let source: SourceText?
    private let tablesByName: [QualifiedName: Int]
    private let tablesByBareName: [String: [Int]]
    private let enumsByName: [QualifiedName: EnumType]
    private let domainsByName: [QualifiedName: Domain]

    public init(model: SchemaModel, configuration: LintConfiguration = LintConfiguration(), source: SourceText? = nil) {
        self.model = model
        self.configuration = configuration
        self.source = source
        var byName: [QualifiedName: Int] = [:]
        var byBareName: [String: [Int]] = [:]
        for (offset, table) in model.tables.enumerated() {
            byName[table.name.folded] = byName[table.name.folded] ?? offset
            byBareName[table.name.name.lowercased(), default: []].append(offset)
        }
        tablesByName = byName
        tablesByBareName = byBareName
        enumsByName = Dictionary(model.enums.map { ($0.name.folded, $0) }, uniquingKeysWith: { first, _ in first })
        domainsByName = Dictionary(model.domains.map { ($0.name.folded, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var dialect: Dialect { model.dialect }

    /// The table named `name` (case ignored); an unqualified name also finds the only table of that name in
    /// another namespace.
    public func table(named name: QualifiedName) -> Table? {
        if let offset = tablesByName[name.folded] { return model.tables[offset] }
        if name.schema == nil, let offsets = tablesByBareName[name.name.lowercased()], offsets.count == 1 {
            return model.tables[offsets[0]]
        }
        return nil
    }

    /// Tables whose unqualified name is `name` (case ignored), in declaration order.
    public func tables(bareName name: String) -> [Table] {
        (tablesByBareName[name.lowercased()] ?? []).map { model.tables[$0] }
    }

    /// The type a column really stores: a domain's base type, else the type itself.
    public func resolvedType(_ type: DataType) -> DataType {
        guard type.kind == .domain, let name = type.typeName, let domain = domainsByName[name.folded] else { return type }
        var base = domain.baseType
        base.arrayDimensions += type.arrayDimensions
        return base
    }

    /// The labels of an enum type (a PostgreSQL `CREATE TYPE ... AS ENUM` or a MySQL inline `ENUM(...)`).
    public func enumValues(of type: DataType) -> [String]? {
        let type = resolvedType(type)
        guard type.kind == .enumeration else { return nil }
        if !type.values.isEmpty { return type.values }
        return type.typeName.flatMap { enumsByName[$0.folded]?.values }
    }

    /// The referenced table of a foreign key and the referenced columns: those named, or its primary key.
    public func referencedKey(of foreignKey: ForeignKey) -> (table: Table, columns: [String])? {
        guard let table = table(named: foreignKey.referencedTable) else { return nil }
        if !foreignKey.referencedColumns.isEmpty { return (table, foreignKey.referencedColumns) }
        guard let primaryKey = table.primaryKey else { return nil }
        return (table, primaryKey.columns)
    }

    /// The report target for a table: its (qualified) name.
    public func target(_ table: Table) -> String { table.name.description }

    /// The report target for a column: `table.column`.
    public func target(_ table: Table, _ column: String) -> String { "\(table.name).\(column)" }

    /// The column of `table` named `name`, ignoring case.
    public func column(_ name: String, of table: Table) -> Column? { table.column(named: name) }
}
