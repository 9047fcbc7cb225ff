/// Builds the `SchemaModel` from parsed statements in file order, the way PostgreSQL would apply them:
/// ALTER TABLE, CREATE INDEX, COMMENT ON, ALTER SEQUENCE ... OWNED BY and the rest are folded into the
/// objects they change. Names of types are resolved at the end, so a type may be declared after its use.
struct PgSchemaBuilder {
    let source: SourceText
    /// The statement being applied.
    var context: PgStatementContext
    private(set) var diagnostics: [Diagnostic] = []

    /// Objects in declaration order; a dropped object leaves nil behind. The dictionaries index them by name.
    var tables: [Table?] = []
    var tableIndex: [QualifiedName: Int] = [:]
    var enums: [EnumType?] = []
    var enumIndex: [QualifiedName: Int] = [:]
    var domains: [Domain?] = []
    var domainIndex: [QualifiedName: Int] = [:]
    var views: [View?] = []
    var viewIndex: [QualifiedName: Int] = [:]
    var sequences: [Sequence?] = []
    var sequenceIndex: [QualifiedName: Int] = [:]
    /// Composite, range and base types: known names that are neither enums nor domains.
    var otherTypes: Set<QualifiedName> = []
    var createdNamespaces: Set<String> = []
    /// Objects whose CREATE statement did not parse: statements about them are not reported again.
    var unreadableNames: Set<QualifiedName> = []
    /// Sequences named in `nextval(...)` defaults, with the `table.column` that uses them.
    var sequenceUsers: [(sequence: QualifiedName, column: String)] = []

    /// Rule ids of the warnings the reader gives besides syntax errors.
    static let unknownObjectID = "unknown-object"
    static let notModelledID = "not-modelled"
    static let duplicateObjectID = "duplicate-object"
    /// A statement of which only part is in the model (as the MySQL reader reports CREATE TABLE ... SELECT).
    static let readInPartID = "read-in-part"

    init(source: SourceText) {
        self.source = source
        self.context = PgStatementContext(source: source, base: 0, start: 0, end: source.utf8.count)
    }

    /// Applies one statement whose first keyword is at `start`, parsed from text that started at `base`.
    /// Returns false when the statement is of a kind the model does not hold (it is then counted as
    /// skipped).
    mutating func apply(_ statement: PgStatement, base: Int, start: Int, end: Int) -> Bool {
        context = PgStatementContext(source: source, base: base, start: start, end: end)
        switch statement {
        case .createTable(let create): createTable(create)
        case .alterTable(let alter): alterTable(alter)
        case .createIndex(let index): createIndex(index)
        case .createEnum(let create): createEnum(create)
        case .alterEnum(let alter): alterEnum(alter)
        case .createDomain(let create): createDomain(create)
        case .alterDomain(let alter): alterDomain(alter)
        case .createType(let create): createOtherType(create)
        case .createSequence(let create): createSequence(create)
        case .alterSequence(let alter): alterSequence(alter)
        case .createView(let view): createView(view.view, isMaterialized: false)
        case .createTableAs(let create): createTableAs(create)
        case .createSchema(let create): createSchema(create)
        case .comment(let comment): self.comment(comment)
        case .drop(let drop): self.drop(drop)
        case .rename(let rename): self.rename(rename)
        case .other: return false
        }
        return true
    }

    /// Records a statement libpg_query rejected.
    mutating func syntaxError(_ message: String, at offset: Int, statementStart: Int) {
        if let name = PgLexer(bytes: source.utf8).createdName(statementStart: statementStart) { unreadableNames.insert(name) }
        diagnostics.append(Diagnostic(
            ruleID: Diagnostic.syntaxErrorID, severity: .error, message: message,
            location: source.location(ofByte: offset),
            fix: "this statement was not read; review reads PostgreSQL 15 syntax (libpg_query)"))
    }

    mutating func warn(_ ruleID: String, _ message: String, at location: SourceLocation, target: String? = nil,
                       severity: Diagnostic.Severity = .warning, about object: QualifiedName? = nil, fix: String? = nil) {
        if let object, unreadableNames.contains(object) { return }
        diagnostics.append(Diagnostic(ruleID: ruleID, severity: severity, message: message, location: location,
                                      target: target, fix: fix))
    }

    // MARK: - Finding tables

    /// The index of the table named `name`: exact, else (for an unqualified name) the only table with
    /// that name in any schema, as a search_path would find it.
    func tableSlot(_ name: QualifiedName) -> Int? {
        if let slot = tableIndex[name] { return slot }
        guard name.schema == nil else { return nil }
        var found: Int?
        for (key, slot) in tableIndex where key.name == name.name {
            if found != nil { return nil }
            found = slot
        }
        return found
    }

    /// Runs `change` on the table `relation` names, or warns that the file never creates it.
    mutating func withTable(_ relation: PgRangeVar, statement: String, ifExists: Bool = false, _ change: (inout Table) -> Void) {
        guard let taken = takeTable(relation, statement: statement, ifExists: ifExists) else { return }
        var table = taken.table
        change(&table)
        tables[taken.slot] = table
    }

    /// Takes the table `relation` names out of `tables` (to be put back at `slot` after the change, which
    /// may then look at and change other objects), or warns that the file never creates it.
    mutating func takeTable(_ relation: PgRangeVar, statement: String, ifExists: Bool = false) -> (slot: Int, table: Table)? {
        let name = PgNames.qualified(relation)
        guard let slot = tableSlot(name), let table = tables[slot] else {
            if !ifExists && viewIndex[name] == nil {
                warn(Self.unknownObjectID, "\(statement) refers to table \(name), which this file does not create; the statement is ignored",
                     at: context.location(relation.location), target: name.description, about: name)
            }
            return nil
        }
        tables[slot] = nil
        return (slot, table)
    }

    // MARK: - Finishing

    /// The model: types resolved, sequences tied to the columns whose defaults use them.
    func finish() -> SchemaModel {
        let enumNames = Set(enums.compactMap { $0?.name })
        var domainTypes: [QualifiedName: DataType] = [:]
        for domain in domains.compactMap({ $0 }) { domainTypes[domain.name] = domain.baseType }
        func resolve(_ type: DataType) -> DataType {
            PgTypeMapper.resolve(type, enums: enumNames, domains: domainTypes, declared: otherTypes)
        }
        var model = SchemaModel(dialect: .postgresql)
        model.tables = tables.compactMap { $0 }
        // `REFERENCES t` without columns means t's primary key.
        for t in model.tables.indices {
            for k in model.tables[t].foreignKeys.indices where model.tables[t].foreignKeys[k].referencedColumns.isEmpty {
                let referenced = tableSlot(model.tables[t].foreignKeys[k].referencedTable).flatMap { tables[$0] }
                if let key = referenced?.primaryKey { model.tables[t].foreignKeys[k].referencedColumns = key.columns }
            }
        }
        for t in model.tables.indices {
            for c in model.tables[t].columns.indices {
                model.tables[t].columns[c].type = resolve(model.tables[t].columns[c].type)
            }
        }
        model.enums = enums.compactMap { $0 }
        model.domains = domains.compactMap { domain in
            domain.map { var d = $0; d.baseType = resolve(d.baseType); return d }
        }
        model.views = views.compactMap { $0 }
        var sequences = self.sequences
        for (name, column) in sequenceUsers {
            guard let slot = sequenceSlot(name), sequences[slot]?.ownedBy == nil else { continue }
            sequences[slot]?.ownedBy = column
        }
        model.sequences = sequences.compactMap { $0 }
        var namespaces = createdNamespaces
        let names = model.tables.map(\.name) + model.enums.map(\.name) + model.domains.map(\.name)
            + model.views.map(\.name) + model.sequences.map(\.name)
        for name in names { if let schema = name.schema { namespaces.insert(schema) } }
        model.namespaces = namespaces.sorted()
        return model
    }
}
