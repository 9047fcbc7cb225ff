/// Table constraints (CREATE TABLE elements and ALTER TABLE ADD CONSTRAINT) into the model's values.
extension PgSchemaBuilder {
    mutating func addTableConstraint(_ constraint: PgConstraint, to table: inout Table) {
        let location = context.location(constraint.location)
        let keys = (constraint.keys ?? []).compactMap(\.stringValue)
        switch constraint.contype {
        case "CONSTR_PRIMARY":
            var columns = keys
            if columns.isEmpty, let index = constraint.indexname, let found = takeIndex(index, from: &table) { columns = found }
            table.primaryKey = PrimaryKey(name: constraint.conname, columns: columns, location: location)
            for key in columns {
                if let c = table.columnIndex(named: key) { table.columns[c].isNullable = false }
            }
        case "CONSTR_UNIQUE":
            var columns = keys
            if columns.isEmpty, let index = constraint.indexname, let found = takeIndex(index, from: &table) { columns = found }
            table.uniqueConstraints.append(UniqueConstraint(
                name: constraint.conname, columns: columns, nullsNotDistinct: constraint.nullsNotDistinct ?? false,
                location: location))
        case "CONSTR_FOREIGN":
            if let foreignKey = foreignKey(constraint, columns: (constraint.fkAttrs ?? []).compactMap(\.stringValue)) {
                table.foreignKeys.append(foreignKey)
            }
        case "CONSTR_CHECK":
            if let check = check(constraint) { table.checks.append(check) }
        case "CONSTR_NOTNULL":
            for key in keys {
                if let c = table.columnIndex(named: key) { table.columns[c].isNullable = false }
            }
        case "CONSTR_EXCLUSION":
            let name = constraint.conname.map { " \($0)" } ?? ""
            warn(Self.notModelledID, "the exclusion constraint\(name) on \(table.name) is not part of the schema model",
                 at: location, target: table.name.description, severity: .info)
        default:
            break
        }
    }

    func foreignKey(_ constraint: PgConstraint, columns: [String]) -> ForeignKey? {
        guard let referenced = constraint.pktable else { return nil }
        return ForeignKey(
            name: constraint.conname, columns: columns, referencedTable: PgNames.qualified(referenced),
            referencedColumns: (constraint.pkAttrs ?? []).compactMap(\.stringValue),
            onDelete: Self.action(constraint.fkDelAction), onUpdate: Self.action(constraint.fkUpdAction),
            isDeferrable: constraint.deferrable ?? false || constraint.initdeferred ?? false,
            isInitiallyDeferred: constraint.initdeferred ?? false, isNotValid: constraint.skipValidation ?? false,
            location: context.location(constraint.location))
    }

    func check(_ constraint: PgConstraint) -> CheckConstraint? {
        guard let expression = constraint.rawExpr else { return nil }
        return CheckConstraint(name: constraint.conname, expression: context.expressionText(expression),
                               isNotValid: constraint.skipValidation ?? false, location: context.location(constraint.location))
    }

    static func action(_ code: String?) -> ReferentialAction {
        switch code {
        case "r": .restrict
        case "c": .cascade
        case "n": .setNull
        case "d": .setDefault
        default: .noAction
        }
    }

    /// `ADD CONSTRAINT ... USING INDEX name` turns a unique index into the constraint: its columns.
    private func takeIndex(_ name: String, from table: inout Table) -> [String]? {
        guard let i = table.indexes.firstIndex(where: { $0.name == name }) else { return nil }
        let columns = table.indexes[i].elements.compactMap(\.columnName)
        table.indexes.remove(at: i)
        return columns
    }
}
