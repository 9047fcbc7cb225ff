/// CREATE TABLE: columns, inline and table constraints, LIKE, INHERITS, PARTITION BY / OF, options.
extension PgSchemaBuilder {
    mutating func createTable(_ create: PgCreateStmt) {
        let name = PgNames.qualified(create.relation)
        if let slot = tableSlot(name), tables[slot]?.name == name {
            // IF NOT EXISTS: PostgreSQL only notes that the table exists.
            if create.ifNotExists == true { return }
            warn(Self.duplicateObjectID, "table \(name) is created twice; the second CREATE TABLE is ignored",
                 at: context.location(create.relation.location), target: name.description)
            return
        }
        var table = Table(name: name, location: context.location(create.relation.location))
        switch create.relation.relpersistence {
        case "u": table.options["persistence"] = "unlogged"
        case "t": table.options["persistence"] = "temporary"
        default: break
        }
        for case .rangeVar(let parent) in create.inhRelations ?? [] {
            let parentName = PgNames.qualified(parent)
            if let bound = create.partbound {
                table.partitionOf = PartitionParent(parent: parentName, bound: boundText(bound))
            } else {
                table.inherits.append(parentName)
            }
            // A child starts with its parent's columns (PostgreSQL copies them when it creates the child).
            if let slot = tableSlot(parentName), let parentTable = tables[slot] {
                for column in parentTable.columns where table.columnIndex(named: column.name) == nil {
                    var inherited = column
                    inherited.comment = nil
                    table.columns.append(inherited)
                }
            } else {
                warn(Self.unknownObjectID, "table \(name) inherits from \(parentName), which this file does not create; its columns are unknown",
                     at: context.location(parent.location), target: name.description, about: parentName)
            }
        }
        for element in create.tableElts ?? [] {
            switch element {
            case .columnDef(let definition): addColumn(definition, to: &table)
            case .constraint(let constraint): addTableConstraint(constraint, to: &table)
            case .tableLike(let like): copyLike(like, into: &table)
            default: break
            }
        }
        if let spec = create.partspec {
            table.partitioning = partitioning(spec)
        }
        for case .definition(let option) in create.options ?? [] {
            guard let key = option.defname else { continue }
            table.options[key] = option.arg.flatMap(optionValue) ?? "true"
        }
        if let tablespace = create.tablespacename { table.options["tablespace"] = tablespace }
        if let method = create.accessMethod { table.options["access method"] = method }
        tableIndex[name] = tables.count
        tables.append(table)
    }

    /// Adds a column (or, for `col WITH OPTIONS` and columns inherited from a parent, changes it).
    mutating func addColumn(_ definition: PgColumnDef, to table: inout Table) {
        guard let name = definition.colname else { return }
        var column: Column
        var isSerial = false
        let existing = table.columnIndex(named: name)
        if let typeName = definition.typeName {
            let mapped = PgTypeMapper.map(typeName, raw: context.typeText(at: typeName.location))
            column = Column(name: name, type: mapped.type, location: context.location(definition.location))
            isSerial = mapped.isSerial
        } else if let existing {
            column = table.columns[existing]
        } else {
            warn(Self.unknownObjectID, "column \(name) of table \(table.name) has options but no type and is not inherited",
                 at: context.location(definition.location), target: "\(table.name).\(name)")
            return
        }
        if let existing, definition.typeName != nil {
            // A local definition of an inherited column keeps the inherited constraints.
            let inherited = table.columns[existing]
            column.isNullable = inherited.isNullable
            column.defaultExpression = inherited.defaultExpression
        }
        if let collation = definition.collClause {
            column.collation = PgIdentifier.quoted(collation.collname.compactMap(\.stringValue))
        }
        if isSerial {
            column.identity = .serial
            column.isNullable = false
            // PostgreSQL creates table_column_seq, owned by the column.
            let sequenceName = QualifiedName(schema: table.name.schema, "\(table.name.name)_\(name)_seq")
            addSequence(Sequence(name: sequenceName, ownedBy: "\(table.name).\(name)", location: column.location))
        }
        applyColumnConstraints(definition.constraints ?? [], to: &column, in: &table)
        if let existing {
            table.columns[existing] = column
        } else {
            table.columns.append(column)
        }
    }

    /// NOT NULL, DEFAULT, identity, generated, and the key and check constraints written on a column.
    mutating func applyColumnConstraints(_ constraints: [PgNode], to column: inout Column, in table: inout Table) {
        var lastForeignKey: Int?
        for case .constraint(let constraint) in constraints {
            let location = context.location(constraint.location)
            switch constraint.contype {
            case "CONSTR_NOTNULL": column.isNullable = false
            case "CONSTR_NULL": column.isNullable = true
            case "CONSTR_DEFAULT":
                if let expression = constraint.rawExpr { setDefault(expression, on: &column, table: table.name) }
            case "CONSTR_IDENTITY":
                column.identity = constraint.generatedWhen == "d" ? .byDefault : .always
                column.isNullable = false
            case "CONSTR_GENERATED":
                if let expression = constraint.rawExpr {
                    column.generated = GeneratedColumn(expression: context.expressionText(expression), isStored: true)
                }
            case "CONSTR_PRIMARY":
                table.primaryKey = PrimaryKey(name: constraint.conname, columns: [column.name], location: location)
                column.isNullable = false
            case "CONSTR_UNIQUE":
                table.uniqueConstraints.append(UniqueConstraint(
                    name: constraint.conname, columns: [column.name], nullsNotDistinct: constraint.nullsNotDistinct ?? false,
                    location: location))
            case "CONSTR_FOREIGN":
                if let foreignKey = foreignKey(constraint, columns: [column.name]) {
                    table.foreignKeys.append(foreignKey)
                    lastForeignKey = table.foreignKeys.count - 1
                }
            case "CONSTR_CHECK":
                if let check = check(constraint) { table.checks.append(check) }
            case "CONSTR_ATTR_DEFERRABLE":
                if let k = lastForeignKey { table.foreignKeys[k].isDeferrable = true }
            case "CONSTR_ATTR_NOT_DEFERRABLE":
                if let k = lastForeignKey { table.foreignKeys[k].isDeferrable = false }
            case "CONSTR_ATTR_DEFERRED":
                if let k = lastForeignKey {
                    table.foreignKeys[k].isInitiallyDeferred = true
                    table.foreignKeys[k].isDeferrable = true
                }
            case "CONSTR_ATTR_IMMEDIATE":
                if let k = lastForeignKey { table.foreignKeys[k].isInitiallyDeferred = false }
            default:
                break
            }
        }
    }

    /// A default; `nextval('sequence')` makes the column `.serial` instead of being kept as text, and
    /// `DEFAULT NULL` (also `NULL::type`, as pg_dump writes it) is the same as no default.
    mutating func setDefault(_ expression: PgNode, on column: inout Column, table: QualifiedName) {
        if Self.isNull(expression) {
            column.defaultExpression = nil
        } else if let sequence = Self.nextvalSequence(expression) {
            column.identity = .serial
            column.defaultExpression = nil
            sequenceUsers.append((sequence, "\(table).\(column.name)"))
        } else {
            column.defaultExpression = context.expressionText(expression, stopWords: PgStatementContext.columnClauseStops)
        }
    }

    /// Whether `expression` is the NULL literal, possibly cast to a type.
    static func isNull(_ expression: PgNode) -> Bool {
        switch expression {
        case .constant(let constant): constant.isnull == true
        case .typeCast(let cast): cast.arg.map(isNull) ?? false
        default: false
        }
    }

    /// The sequence of a default that is exactly `nextval('name')` or `nextval('name'::regclass)`.
    static func nextvalSequence(_ expression: PgNode) -> QualifiedName? {
        guard case .functionCall(let call) = expression, call.funcname.last?.stringValue == "nextval",
              let args = call.args, args.count == 1 else { return nil }
        var argument = args[0]
        if case .typeCast(let cast) = argument, let inner = cast.arg, cast.typeName.nameParts.last == "regclass" {
            argument = inner
        }
        guard case .constant(let constant) = argument, let name = constant.sval else { return nil }
        return PgNames.parse(name.value ?? "")
    }

    /// LIKE other: its columns (with defaults, identity, generated expressions, checks, keys, indexes and
    /// comments when INCLUDING says so). Foreign keys are never copied.
    mutating func copyLike(_ like: PgTableLikeClause, into table: inout Table) {
        let name = PgNames.qualified(like.relation)
        guard let slot = tableSlot(name), let other = tables[slot] else {
            warn(Self.unknownObjectID, "LIKE \(name): this file does not create that table, so its columns are unknown",
                 at: context.location(like.relation.location), target: table.name.description, about: name)
            return
        }
        for var column in other.columns where table.columnIndex(named: column.name) == nil {
            if !like.includes(.defaults) {
                column.defaultExpression = nil
                if column.identity == .serial { column.identity = nil }
            }
            if !like.includes(.identity), column.identity == .always || column.identity == .byDefault { column.identity = nil }
            if !like.includes(.generated) { column.generated = nil }
            if !like.includes(.comments) { column.comment = nil }
            table.columns.append(column)
        }
        if like.includes(.constraints) { table.checks += other.checks }
        if like.includes(.indexes) {
            if table.primaryKey == nil { table.primaryKey = other.primaryKey.map { var pk = $0; pk.name = nil; return pk } }
            table.uniqueConstraints += other.uniqueConstraints.map { var u = $0; u.name = nil; return u }
            table.indexes += other.indexes.map { var i = $0; i.name = nil; return i }
        }
    }

    func partitioning(_ spec: PgPartitionSpec) -> Partitioning {
        let strategy = Partitioning.Strategy(rawValue: spec.strategy.lowercased()) ?? .range
        var key: [String] = []
        for case .partitionElement(let element) in spec.partParams ?? [] {
            if let name = element.name {
                key.append(name)
            } else if let expression = element.expr {
                key.append(context.expressionText(expression))
            }
        }
        return Partitioning(strategy: strategy, key: key)
    }

    /// `FOR VALUES FROM (...) TO (...)`, `FOR VALUES IN (...)`, `FOR VALUES WITH (MODULUS m, REMAINDER r)`
    /// or `DEFAULT`.
    func boundText(_ bound: PgPartitionBoundSpec) -> String {
        if bound.isDefault == true { return "DEFAULT" }
        func values(_ nodes: [PgNode]?) -> String {
            (nodes ?? []).map { node in
                if case .columnRef(let ref) = node, ref.fields.count == 1, let word = ref.fields[0].stringValue,
                   word == "minvalue" || word == "maxvalue" {
                    return word.uppercased()
                }
                return context.expressionText(node)
            }.joined(separator: ", ")
        }
        switch bound.strategy {
        case "l": return "FOR VALUES IN (\(values(bound.listdatums)))"
        case "h": return "FOR VALUES WITH (MODULUS \(bound.modulus ?? 0), REMAINDER \(bound.remainder ?? 0))"
        default: return "FOR VALUES FROM (\(values(bound.lowerdatums))) TO (\(values(bound.upperdatums)))"
        }
    }

    /// A storage parameter's value as text.
    func optionValue(_ node: PgNode) -> String? {
        switch node {
        case .string(let text): text
        case .integer(let value): "\(value)"
        case .float(let text): text
        case .bool(let value): value ? "true" : "false"
        case .typeName(let type): type.nameParts.joined(separator: ".")
        default: context.deparser.deparse(node)
        }
    }
}
