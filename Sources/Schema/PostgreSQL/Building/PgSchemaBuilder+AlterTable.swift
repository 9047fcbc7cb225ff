/// ALTER TABLE subcommands that change the schema; the others (OWNER TO, SET STATISTICS, triggers,
/// storage, replica identity, ...) are ignored.
extension PgSchemaBuilder {
    mutating func alterTable(_ alter: PgAlterTableStmt) {
        // ALTER INDEX / SEQUENCE / VIEW share the node; nothing in them changes the model.
        guard alter.objtype == nil || alter.objtype == "OBJECT_TABLE" else { return }
        let commands = alter.cmds.compactMap { node -> PgAlterTableCmd? in
            if case .alterTableCommand(let command) = node { return command }
            return nil
        }
        let modelsSomething = commands.contains { Self.modelledSubcommands.contains($0.subtype) }
        guard modelsSomething else { return }
        guard let taken = takeTable(alter.relation, statement: "ALTER TABLE", ifExists: alter.missingOk ?? false) else {
            return
        }
        var table = taken.table
        for command in commands { apply(command, to: &table) }
        tables[taken.slot] = table
    }

    private static let modelledSubcommands: Set<String> = [
        "AT_AddConstraint", "AT_AddColumn", "AT_ColumnDefault", "AT_SetNotNull", "AT_DropNotNull", "AT_AlterColumnType",
        "AT_AddIdentity", "AT_DropIdentity", "AT_DropColumn", "AT_AttachPartition", "AT_DetachPartition",
        "AT_ValidateConstraint", "AT_DropConstraint", "AT_SetLogged", "AT_SetUnLogged",
    ]

    private mutating func apply(_ command: PgAlterTableCmd, to table: inout Table) {
        switch command.subtype {
        case "AT_AddConstraint":
            if case .constraint(let constraint)? = command.def { addTableConstraint(constraint, to: &table) }
        case "AT_AddColumn":
            if case .columnDef(let definition)? = command.def {
                if command.missingOk == true, let name = definition.colname, table.columnIndex(named: name) != nil { return }
                addColumn(definition, to: &table)
            }
        case "AT_AttachPartition":
            if case .partitionCommand(let partition)? = command.def {
                let parent = table.name
                let bound = partition.bound.map(boundText) ?? "DEFAULT"
                withTable(partition.name, statement: "ATTACH PARTITION") { child in
                    child.partitionOf = PartitionParent(parent: parent, bound: bound)
                }
            }
        case "AT_DetachPartition":
            if case .partitionCommand(let partition)? = command.def {
                withTable(partition.name, statement: "DETACH PARTITION") { $0.partitionOf = nil }
            }
        case "AT_ValidateConstraint":
            guard let name = command.name else { return }
            for k in table.foreignKeys.indices where table.foreignKeys[k].name == name { table.foreignKeys[k].isNotValid = false }
            for k in table.checks.indices where table.checks[k].name == name { table.checks[k].isNotValid = false }
        case "AT_DropConstraint":
            guard let name = command.name else { return }
            if table.primaryKey?.name == name { table.primaryKey = nil }
            table.uniqueConstraints.removeAll { $0.name == name }
            table.foreignKeys.removeAll { $0.name == name }
            table.checks.removeAll { $0.name == name }
        case "AT_SetLogged": table.options["persistence"] = nil
        case "AT_SetUnLogged": table.options["persistence"] = "unlogged"
        default:
            alterColumn(command, in: &table)
        }
    }

    /// Subcommands about one column: DEFAULT, NOT NULL, TYPE, identity, DROP COLUMN.
    private mutating func alterColumn(_ command: PgAlterTableCmd, in table: inout Table) {
        guard let name = command.name else { return }
        guard let c = table.columnIndex(named: name) else {
            if command.missingOk != true {
                warn(Self.unknownObjectID, "ALTER TABLE \(table.name): there is no column \(name)",
                     at: context.statementLocation, target: "\(table.name).\(name)")
            }
            return
        }
        switch command.subtype {
        case "AT_ColumnDefault":
            if let expression = command.def {
                var column = table.columns[c]
                setDefault(expression, on: &column, table: table.name)
                table.columns[c] = column
            } else {
                table.columns[c].defaultExpression = nil
                if table.columns[c].identity == .serial { table.columns[c].identity = nil }
            }
        case "AT_SetNotNull": table.columns[c].isNullable = false
        case "AT_DropNotNull": table.columns[c].isNullable = true
        case "AT_AlterColumnType":
            if case .columnDef(let definition)? = command.def, let typeName = definition.typeName {
                let mapped = PgTypeMapper.map(typeName, raw: context.typeText(at: typeName.location))
                table.columns[c].type = mapped.type
                if let collation = definition.collClause {
                    table.columns[c].collation = PgIdentifier.quoted(collation.collname.compactMap(\.stringValue))
                }
            }
        case "AT_AddIdentity":
            if case .constraint(let constraint)? = command.def {
                table.columns[c].identity = constraint.generatedWhen == "d" ? .byDefault : .always
                table.columns[c].isNullable = false
            }
        case "AT_DropIdentity":
            table.columns[c].identity = nil
        case "AT_DropColumn":
            let column = table.columns[c].name
            table.columns.remove(at: c)
            // PostgreSQL drops the indexes and constraints that use the column.
            if table.primaryKey?.columns.contains(column) == true { table.primaryKey = nil }
            table.uniqueConstraints.removeAll { $0.columns.contains(column) }
            table.foreignKeys.removeAll { $0.columns.contains(column) }
            table.indexes.removeAll { $0.elements.contains { $0.columnName == column } || $0.include.contains(column) }
        default:
            break
        }
    }
}
