import Schema

/// Chooses what the record's ER diagram shows: the tables named by findings (the panel's, else the
/// deterministic ones), plus the tables they reference or are referenced by, within a size a reader can take in.
enum DiagramBuilder {
    static let maxTables = 12
    static let maxColumns = 10

    static func diagram(models: [SchemaModel], focus: [String]) -> DiagramRecord? {
        let tables = models.flatMap(\.tables)
        guard !tables.isEmpty else { return nil }
        func find(_ name: String) -> Table? {
            let folded = name.lowercased()
            return tables.first { $0.name.name.lowercased() == folded || $0.name.description.lowercased() == folded }
        }
        var chosen: [Table] = []
        func add(_ table: Table) {
            guard chosen.count < maxTables, !chosen.contains(where: { $0.name == table.name }) else { return }
            chosen.append(table)
        }
        for name in focus { if let table = find(name) { add(table) } }
        if chosen.isEmpty { tables.prefix(maxTables).forEach(add) }
        // Neighbours: what the focused tables reference, and what references them.
        for table in chosen {
            for fk in table.foreignKeys { if let parent = find(fk.referencedTable.description) ?? find(fk.referencedTable.name) { add(parent) } }
        }
        for table in tables where table.foreignKeys.contains(where: { fk in chosen.contains { $0.name.name == fk.referencedTable.name } }) {
            add(table)
        }
        let names = Set(chosen.map(\.name.name))
        let entities = chosen.map { table in
            let fkColumns = Set(table.foreignKeys.flatMap(\.columns))
            let pkColumns = Set(table.primaryKey?.columns ?? [])
            let ukColumns = Set(table.uniqueConstraints.filter { $0.columns.count == 1 }.flatMap(\.columns))
            let keyed = table.columns.filter { pkColumns.contains($0.name) || fkColumns.contains($0.name) }
            let others = table.columns.filter { !pkColumns.contains($0.name) && !fkColumns.contains($0.name) }
            let shown = Array((keyed + others).prefix(maxColumns))
            return DiagramRecord.Entity(
                name: table.name.description,
                columns: shown.map { column in
                    var keys: [String] = []
                    if pkColumns.contains(column.name) { keys.append("PK") }
                    if fkColumns.contains(column.name) { keys.append("FK") }
                    if ukColumns.contains(column.name) { keys.append("UK") }
                    return DiagramRecord.Attribute(name: column.name, type: column.type.kind.rawValue, keys: keys.joined(separator: ", "))
                },
                omittedColumns: table.columns.count - shown.count)
        }
        var relations: [DiagramRecord.Relation] = []
        for table in chosen {
            for fk in table.foreignKeys where names.contains(fk.referencedTable.name) {
                let optional = fk.columns.contains { table.column(named: $0)?.isNullable ?? true }
                let parent = chosen.first { $0.name.name == fk.referencedTable.name }?.name.description ?? fk.referencedTable.name
                relations.append(.init(parent: parent, child: table.name.description, columns: fk.columns, optional: optional))
            }
        }
        return DiagramRecord(entities: entities, relations: relations)
    }
}
