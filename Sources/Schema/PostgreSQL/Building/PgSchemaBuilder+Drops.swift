/// DROP and RENAME, for scripts that build a schema in steps (migrations, `pg_dump --clean`).
extension PgSchemaBuilder {
    mutating func drop(_ statement: PgDropStmt) {
        for object in statement.objects {
            let parts: [String]
            switch object {
            case .list(let items): parts = items.compactMap(\.stringValue)
            case .typeName(let type): parts = type.nameParts
            case .string(let name): parts = [name]
            default: continue
            }
            let name = PgNames.qualified(parts)
            switch statement.removeType {
            case "OBJECT_TABLE":
                if let slot = tableSlot(name), let table = tables[slot] {
                    tables[slot] = nil
                    tableIndex[table.name] = nil
                }
            case "OBJECT_VIEW", "OBJECT_MATVIEW":
                if let slot = viewIndex.removeValue(forKey: name) { views[slot] = nil }
            case "OBJECT_SEQUENCE":
                if let slot = sequenceIndex.removeValue(forKey: name) { sequences[slot] = nil }
            case "OBJECT_TYPE":
                if let slot = enumIndex.removeValue(forKey: name) { enums[slot] = nil }
                otherTypes.remove(name)
            case "OBJECT_DOMAIN":
                if let slot = domainIndex.removeValue(forKey: name) { domains[slot] = nil }
            case "OBJECT_INDEX":
                for slot in tables.indices where name.schema == nil || tables[slot]?.name.schema == name.schema {
                    tables[slot]?.indexes.removeAll { $0.name == name.name }
                }
            case "OBJECT_SCHEMA":
                if let schema = parts.last { createdNamespaces.remove(schema) }
            default:
                break
            }
        }
    }

    /// ALTER TABLE ... RENAME TO / RENAME COLUMN / RENAME CONSTRAINT, ALTER INDEX ... RENAME TO.
    mutating func rename(_ statement: PgRenameStmt) {
        guard let relation = statement.relation else { return }
        let new = statement.newname
        switch statement.renameType {
        case "OBJECT_TABLE":
            let old = PgNames.qualified(relation)
            guard let slot = tableSlot(old), var table = tables[slot] else { return }
            let renamed = QualifiedName(schema: table.name.schema, new)
            tableIndex[table.name] = nil
            table.name = renamed
            tableIndex[renamed] = slot
            tables[slot] = table
        case "OBJECT_COLUMN":
            guard let old = statement.subname else { return }
            withTable(relation, statement: "RENAME COLUMN") { table in
                guard let c = table.columnIndex(named: old) else { return }
                let oldName = table.columns[c].name
                table.columns[c].name = new
                func rename(_ columns: inout [String]) { columns = columns.map { $0 == oldName ? new : $0 } }
                if table.primaryKey != nil { rename(&table.primaryKey!.columns) }
                for k in table.uniqueConstraints.indices { rename(&table.uniqueConstraints[k].columns) }
                for k in table.foreignKeys.indices { rename(&table.foreignKeys[k].columns) }
                for k in table.indexes.indices {
                    rename(&table.indexes[k].include)
                    for e in table.indexes[k].elements.indices where table.indexes[k].elements[e].columnName == oldName {
                        table.indexes[k].elements[e].target = .column(new)
                    }
                }
            }
        case "OBJECT_TABCONSTRAINT":
            guard let old = statement.subname else { return }
            withTable(relation, statement: "RENAME CONSTRAINT") { table in
                if table.primaryKey?.name == old { table.primaryKey?.name = new }
                for k in table.uniqueConstraints.indices where table.uniqueConstraints[k].name == old { table.uniqueConstraints[k].name = new }
                for k in table.foreignKeys.indices where table.foreignKeys[k].name == old { table.foreignKeys[k].name = new }
                for k in table.checks.indices where table.checks[k].name == old { table.checks[k].name = new }
            }
        case "OBJECT_INDEX":
            for slot in tables.indices {
                guard let k = tables[slot]?.indexes.firstIndex(where: { $0.name == relation.relname }) else { continue }
                tables[slot]?.indexes[k].name = new
                return
            }
        default:
            break
        }
    }
}
