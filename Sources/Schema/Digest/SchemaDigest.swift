import Support
/// The compact text rendering of a schema that panelists are shown: one line per table with its
/// columns, types, keys and references, with indexes and table-level constraints indented below.
/// It is lossless for everything in the model except source locations, raw type spellings and
/// (unless asked for) comments; names that follow the usual conventions are left out, as the legend says.
public enum SchemaDigest {
    public struct Options: Sendable {
        public var includeComments: Bool
        public var includeLegend: Bool

        public init(includeComments: Bool = false, includeLegend: Bool = true) {
            self.includeComments = includeComments
            self.includeLegend = includeLegend
        }
    }

    public static let legend = """
        # Notation: table name: column type, ...; ! NOT NULL; =expr default; pk primary key; uq unique;
        # ->table.column foreign key (del:/upd: actions); gen(expr) generated column; identity, serial,
        # auto_increment, rowid: generated keys. Constraint and index names are shown only when they differ
        # from table_pkey, table_col_key, table_col_fkey, table_col_check, table_col_idx or index_table_on_col.
        """

    public static func render(_ model: SchemaModel, options: Options = Options()) -> String {
        var out = ""
        out.reserveCapacity(model.tables.count * 200)
        let columnCount = model.columnCount
        out += "# \(model.dialect.rawValue) schema: \(model.tables.count) tables, \(columnCount) columns\n"
        if options.includeLegend { out += legend + "\n" }
        if !model.namespaces.isEmpty { out += "namespaces \(model.namespaces.joined(separator: ", "))\n" }
        for e in model.enums {
            out += "enum \(e.name) {\(e.values.joined(separator: ","))}\n"
        }
        for d in model.domains {
            out += "domain \(d.name): \(d.baseType.normalized)\(d.isNullable ? "" : "!")"
            if let value = d.defaultExpression { out += "=\(value)" }
            for check in d.checks { out += " check(\(check))" }
            out += "\n"
        }
        for s in model.sequences {
            if let owner = s.ownedBy {
                if conventionalSequenceName(s.name.name, owner: owner) { continue }
                out += "sequence \(s.name) owned by \(owner)\n"
            } else {
                out += "sequence \(s.name)\n"
            }
        }
        for v in model.views {
            out += "\(v.isMaterialized ? "materialized view" : "view") \(v.name)\n"
        }
        for table in model.tables {
            render(table, into: &out, options: options)
        }
        return out
    }

    private static func render(_ table: Table, into out: inout String, options: Options) {
        let t = table.name.name
        out += "table \(table.name)"
        if options.includeComments, let comment = table.comment { out += " -- \(oneLine(comment))" }
        out += ":"
        let singlePK = table.primaryKey.flatMap { pk in pk.columns.count == 1 && conventional(pk.name, [t + "_pkey", "primary", "pk_" + t]) ? pk.columns[0] : nil }
        let singleUniques = Set(table.uniqueConstraints.compactMap { u in
            u.columns.count == 1 && !u.nullsNotDistinct && conventional(u.name, [t + "_" + u.columns[0] + "_key", u.columns[0]]) ? u.columns[0] : nil
        })
        var inlineFKs: [String: ForeignKey] = [:]
        for fk in table.foreignKeys where fk.columns.count == 1 && fk.referencedColumns.count <= 1
            && conventional(fk.name, [t + "_" + fk.columns[0] + "_fkey"]) && inlineFKs[fk.columns[0]] == nil {
            inlineFKs[fk.columns[0]] = fk
        }
        var first = true
        for column in table.columns {
            out += first ? " " : ", "
            first = false
            out += column.name + " " + column.type.normalized
            if !column.isNullable { out += "!" }
            if let value = column.defaultExpression { out += "=" + value }
            if let identity = column.identity { out += " " + identityText(identity) }
            if let generated = column.generated {
                out += " gen(\(generated.expression))\(generated.isStored ? "" : " virtual")"
            }
            if let collation = column.collation { out += " collate \(collation)" }
            if column.name == singlePK { out += " pk" }
            if singleUniques.contains(column.name) { out += " uq" }
            if let fk = inlineFKs[column.name] {
                out += " ->\(fk.referencedTable)" + (fk.referencedColumns.first.map { ".\($0)" } ?? "")
                out += actionsText(fk)
            }
            if options.includeComments, let comment = column.comment { out += " /* \(oneLine(comment)) */" }
        }
        out += "\n"
        if let pk = table.primaryKey, singlePK == nil {
            out += "  pk" + nameText(pk.name, conventional: [t + "_pkey", "primary"]) + " (\(pk.columns.joined(separator: ",")))\n"
        }
        for u in table.uniqueConstraints where !(u.columns.count == 1 && singleUniques.contains(u.columns[0])) {
            let conventionalName = t + "_" + u.columns.joined(separator: "_") + "_key"
            out += "  uq" + nameText(u.name, conventional: [conventionalName]) + " (\(u.columns.joined(separator: ",")))"
            out += u.nullsNotDistinct ? " nulls not distinct\n" : "\n"
        }
        for fk in table.foreignKeys where !(fk.columns.count == 1 && inlineFKs[fk.columns[0]] == fk) {
            let conventionalName = t + "_" + fk.columns.joined(separator: "_") + "_fkey"
            out += "  fk" + nameText(fk.name, conventional: [conventionalName])
            out += " (\(fk.columns.joined(separator: ","))) ->\(fk.referencedTable)"
            if !fk.referencedColumns.isEmpty { out += "(\(fk.referencedColumns.joined(separator: ",")))" }
            out += actionsText(fk) + "\n"
        }
        for check in table.checks {
            out += "  check" + nameText(check.name, conventional: checkNames(t, table.columns))
            out += " (\(check.expression))\(check.isNotValid ? " not valid" : "")\n"
        }
        for index in table.indexes {
            out += "  " + indexText(index, table: t) + "\n"
        }
        if let p = table.partitioning {
            out += "  partition by \(p.strategy.rawValue) (\(p.key.joined(separator: ", ")))\n"
        }
        if let parent = table.partitionOf {
            out += "  partition of \(parent.parent) \(parent.bound)\n"
        }
        if !table.inherits.isEmpty {
            out += "  inherits (\(table.inherits.map(\.description).joined(separator: ", ")))\n"
        }
        if !table.options.isEmpty {
            out += "  options " + table.options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + "\n"
        }
    }

    static func indexText(_ index: Index, table t: String) -> String {
        let columnNames = index.elements.map { $0.columnName ?? "expr" }
        let conventions = [
            t + "_" + columnNames.joined(separator: "_") + "_idx",
            t + "_" + columnNames.joined(separator: "_") + "_key",
            "index_" + t + "_on_" + columnNames.joined(separator: "_and_"),
            columnNames.first ?? "",
        ]
        var text = index.isUnique ? "unique index" : "index"
        text += nameText(index.name, conventional: conventions)
        if index.method.lowercased() != "btree" { text += " using \(index.method)" }
        text += " (" + index.elements.map(elementText).joined(separator: ", ") + ")"
        if !index.include.isEmpty { text += " include (\(index.include.joined(separator: ",")))" }
        if let predicate = index.predicate { text += " where \(predicate)" }
        return text
    }

    private static func elementText(_ element: IndexElement) -> String {
        var part: String
        switch element.target {
        case .column(let name): part = name
        // As PostgreSQL writes them: a function call stands alone, any other expression in parentheses.
        case .expression(let expression): part = isFunctionCall(expression) ? expression : "(\(expression))"
        }
        if let prefix = element.prefixLength { part += "(\(prefix))" }
        if let collation = element.collation { part += " collate \(collation)" }
        if let opclass = element.operatorClass { part += " \(opclass)" }
        if element.isDescending { part += " desc" }
        if let nullsFirst = element.nullsFirst { part += nullsFirst ? " nulls first" : " nulls last" }
        return part
    }

    /// Whether `expression` is one call, `name(...)` or `schema.name(...)`, whose parenthesis closes at the end.
    static func isFunctionCall(_ expression: String) -> Bool {
        let bytes = Array(expression.utf8)
        guard let first = bytes.first, first == UInt8(ascii: "_") || (first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z")) else {
            return false
        }
        var index = 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "(") {
            let byte = bytes[index] | 0x20
            let isNamePart = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || bytes[index] == UInt8(ascii: "_")
                || bytes[index] == UInt8(ascii: ".") || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9"))
            guard isNamePart else { return false }
            index += 1
        }
        guard index < bytes.count else { return false }
        var depth = 0
        var quote: UInt8?
        for position in index..<bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): quote = byte
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return position == bytes.count - 1 }
            default: break
            }
        }
        return false
    }

    private static func identityText(_ identity: Identity) -> String {
        switch identity {
        case .always: "identity"
        case .byDefault: "identity by default"
        case .serial: "serial"
        case .autoIncrement: "auto_increment"
        case .rowid: "rowid"
        }
    }

    private static func actionsText(_ fk: ForeignKey) -> String {
        var text = ""
        if fk.onDelete != .noAction { text += " del:\(fk.onDelete.rawValue.replacingEvery(" ", with: "-"))" }
        if fk.onUpdate != .noAction { text += " upd:\(fk.onUpdate.rawValue.replacingEvery(" ", with: "-"))" }
        if fk.isDeferrable { text += fk.isInitiallyDeferred ? " deferrable initially deferred" : " deferrable" }
        if fk.isNotValid { text += " not valid" }
        return text
    }

    private static func checkNames(_ table: String, _ columns: [Column]) -> [String] {
        [table + "_check"] + columns.map { table + "_" + $0.name + "_check" }
    }

    private static func conventional(_ name: String?, _ candidates: [String]) -> Bool {
        guard let name else { return true }
        let lowered = name.lowercased()
        return candidates.contains { $0.lowercased() == lowered }
    }

    private static func nameText(_ name: String?, conventional candidates: [String]) -> String {
        conventional(name, candidates) ? "" : " \(name!)"
    }

    private static func conventionalSequenceName(_ name: String, owner: String) -> Bool {
        name.lowercased() == owner.replacingEvery(".", with: "_").lowercased() + "_seq"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
