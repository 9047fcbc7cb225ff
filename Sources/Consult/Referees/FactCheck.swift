import Schema

/// Settles a recognized claim from the schema's own facts.
enum FactCheck {
    enum Outcome {
        /// The claim is true of the schema; the evidence says why.
        case holds(String)
        /// The schema contradicts the claim.
        case fails(String)
    }

    /// nil when the claim needs a column the finding did not name, or the schema cannot settle it.
    static func check(_ claim: Claim, table: Table, column: Column?) -> Outcome? {
        let t = table.name.description
        switch claim {
        case .missingPrimaryKey:
            if let pk = table.primaryKey { return .fails("\(t) has primary key (\(pk.columns.joined(separator: ", ")))") }
            return .holds("\(t) has no primary key")
        case .missingIndex:
            guard let column else { return nil }
            if let covering = leadingKey(on: column.name, in: table) {
                return .fails("\(covering) on \(t) already leads with \(column.name)")
            }
            return .holds("no index, primary key or unique constraint on \(t) leads with \(column.name)")
        case .missingForeignKey:
            guard let column else { return nil }
            if let fk = table.foreignKeys.first(where: { $0.columns.first?.lowercased() == column.name.lowercased() }) {
                return .fails("\(t).\(column.name) already references \(fk.referencedTable)")
            }
            return .holds("\(t).\(column.name) has no foreign key")
        case .shouldBeNotNull:
            guard let column else { return nil }
            return column.isNullable ? .holds("\(t).\(column.name) is nullable")
                                     : .fails("\(t).\(column.name) is already NOT NULL")
        case .floatForMoney:
            guard let column else { return nil }
            if column.type.kind.isApproximateNumber { return .holds("\(t).\(column.name) is \(column.type.raw)") }
            if column.type.kind == .decimal || column.type.kind.isInteger {
                return .fails("\(t).\(column.name) is \(column.type.raw), an exact type")
            }
            return nil
        case .timestampWithoutTimeZone:
            guard let column else { return nil }
            if column.type.kind == .timestamp { return .holds("\(t).\(column.name) is \(column.type.raw)") }
            if column.type.kind == .timestamptz { return .fails("\(t).\(column.name) is \(column.type.raw), with time zone") }
            return nil
        case .jsonInsteadOfJsonb:
            guard let column else { return nil }
            if column.type.kind == .json { return .holds("\(t).\(column.name) is json") }
            if column.type.kind == .jsonb { return .fails("\(t).\(column.name) is already jsonb") }
            return nil
        case .varcharWithLength:
            guard let column else { return nil }
            if column.type.kind == .varchar, column.type.length != nil { return .holds("\(t).\(column.name) is \(column.type.raw)") }
            if column.type.kind == .text { return .fails("\(t).\(column.name) is text") }
            return nil
        case .plaintextPassword:
            return nil
        }
    }

    /// The name of an index, primary key or unique constraint whose first column is `name`.
    private static func leadingKey(on name: String, in table: Table) -> String? {
        let folded = name.lowercased()
        if table.primaryKey?.columns.first?.lowercased() == folded { return "the primary key" }
        if let unique = table.uniqueConstraints.first(where: { $0.columns.first?.lowercased() == folded }) {
            return "unique constraint \(unique.name ?? "(\(unique.columns.joined(separator: ", ")))")"
        }
        if let index = table.indexes.first(where: { $0.leadingColumns.first?.lowercased() == folded && $0.predicate == nil }) {
            return "index \(index.name ?? "(\(index.leadingColumns.joined(separator: ", ")))")"
        }
        return nil
    }
}
