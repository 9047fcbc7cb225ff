import Foundation
import Support

/// A stable hash of the normalized model, not of the text: reformatting the DDL, reordering its
/// statements or columns, renaming constraints and indexes, or moving the same design to another
/// dialect leaves it unchanged; any change to tables, columns, types, nullability, defaults, keys,
/// references, checks, indexes, enums, domains, views or partitioning changes it.
///
/// What counts as "the same design" across dialects: a unique index over plain columns (MySQL's
/// `UNIQUE KEY`) is the UNIQUE constraint it enforces; a numeric or boolean default written as a quoted
/// string (mysqldump quotes every default: `'0.00'`, `'1'`) is the bare literal; a boolean default
/// `1`/`0` is `true`/`false`.
public enum SchemaFingerprint {
    /// `sha256:` and 64 hex digits.
    public static func of(_ model: SchemaModel) -> String {
        "sha256:" + SHA256.hex(canonicalText(model))
    }

    /// The text that is hashed: one sorted line per fact. Useful to see why two fingerprints differ.
    public static func canonicalText(_ model: SchemaModel) -> String {
        var lines: [String] = []
        for e in model.enums {
            lines.append("enum \(name(e.name)) [\(e.values.joined(separator: ","))]")
        }
        for d in model.domains {
            let checks = d.checks.map(expression).sorted().joined(separator: " and ")
            lines.append("domain \(name(d.name)) \(type(d.baseType)) null=\(d.isNullable) default=\(d.defaultExpression.map(expression) ?? "") check=\(checks)")
        }
        for v in model.views {
            lines.append("view \(name(v.name)) materialized=\(v.isMaterialized)")
        }
        // The tables' lines are most of the work: on a large schema they are made on every core.
        let tables = model.tables
        let workers = tables.count < 32 ? 1 : ParallelWork.cores
        ParallelWork.stream(count: tables.count, helpers: workers - 1, context: {}, work: { _, index in
            tableLines(tables[index])
        }, consume: { _, tableLines in
            lines.append(contentsOf: tableLines)
        })
        lines.sort()
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one table: its columns, keys, references, checks, indexes and partitioning.
    private static func tableLines(_ table: Table) -> [String] {
        var lines: [String] = []
        let t = name(table.name)
        lines.append("table \(t)")
        for column in table.columns {
            var line = "column \(t).\(column.name.lowercased()) \(type(column.type))"
            // SQLite and MySQL primary key columns are NOT NULL whether or not the DDL says so.
            let inPrimaryKey = table.primaryKey?.columns.contains { $0.lowercased() == column.name.lowercased() } ?? false
            line += (column.isNullable && !inPrimaryKey) ? " null" : " not-null"
            if let identity = column.identity {
                line += identity == .always ? " identity-always" : " auto"
            } else if let value = column.defaultExpression {
                line += " default \(defaultValue(value, type: column.type))"
            }
            if let generated = column.generated {
                line += " generated \(expression(generated.expression)) stored=\(generated.isStored)"
            }
            if let collation = column.collation { line += " collate \(collation.lowercased())" }
            lines.append(line)
        }
        if let pk = table.primaryKey {
            lines.append("primary-key \(t) (\(columns(pk.columns)))")
        }
        for unique in table.uniqueConstraints {
            lines.append("unique \(t) (\(columns(unique.columns))) nulls-not-distinct=\(unique.nullsNotDistinct)")
        }
        for fk in table.foreignKeys {
            var line = "foreign-key \(t) (\(columns(fk.columns))) -> \(name(fk.referencedTable)) (\(columns(fk.referencedColumns)))"
            line += " delete=\(fk.onDelete.rawValue) update=\(fk.onUpdate.rawValue)"
            if fk.isDeferrable { line += fk.isInitiallyDeferred ? " deferred" : " deferrable" }
            if fk.isNotValid { line += " not-valid" }
            lines.append(line)
        }
        for check in table.checks {
            lines.append("check \(t) \(expression(check.expression))\(check.isNotValid ? " not-valid" : "")")
        }
        for index in table.indexes {
            if let names = uniqueConstraintColumns(index) {
                lines.append("unique \(t) (\(columns(names))) nulls-not-distinct=false")
            } else {
                lines.append("index \(t) \(indexText(index))")
            }
        }
        if let p = table.partitioning {
            lines.append("partition-by \(t) \(p.strategy.rawValue) (\(p.key.map(expression).joined(separator: ",")))")
        }
        if let parent = table.partitionOf {
            lines.append("partition-of \(t) \(name(parent.parent)) \(expression(parent.bound))")
        }
        for parent in table.inherits {
            lines.append("inherits \(t) \(name(parent))")
        }
        return lines
    }

    private static func name(_ n: QualifiedName) -> String { n.folded.description }

    private static func columns(_ names: [String]) -> String {
        names.map { $0.lowercased() }.joined(separator: ",")
    }

    private static func type(_ t: DataType) -> String {
        var copy = t
        copy.raw = ""
        if let typeName = copy.typeName { copy.typeName = typeName.folded }
        return copy.normalized
    }

    /// The columns of a unique index that is nothing more than a UNIQUE constraint: plain columns in
    /// ascending order, no predicate, prefix, collation, operator class or included columns, a b-tree.
    private static func uniqueConstraintColumns(_ index: Index) -> [String]? {
        guard index.isUnique, index.predicate == nil, index.include.isEmpty, index.method.lowercased() == "btree" else { return nil }
        var names: [String] = []
        for element in index.elements {
            guard let name = element.columnName, !element.isDescending, element.nullsFirst == nil, element.prefixLength == nil,
                  element.collation == nil, element.operatorClass == nil else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : names
    }

    /// A default as its column reads it: `'0.00'` in a numeric column is `0.00`; `'1'`, `1` and `true`
    /// in a boolean column are `true`.
    static func defaultValue(_ text: String, type: DataType) -> String {
        var value = expression(text)
        guard type.kind.isNumeric || type.kind == .boolean else { return value }
        if value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") {
            let inner = String(value.dropFirst().dropLast())
            if Double(inner) != nil || type.kind == .boolean { value = inner.lowercased() }
        }
        if type.kind == .boolean {
            switch value {
            case "1", "true": return "true"
            case "0", "false": return "false"
            default: return value
            }
        }
        return value
    }

    private static func indexText(_ index: Index) -> String {
        var text = index.isUnique ? "unique " : ""
        // MySQL and SQLite have no access methods to choose for ordinary indexes.
        text += index.method.lowercased() == "btree" ? "" : "using \(index.method.lowercased()) "
        text += "(" + index.elements.map { element in
            var part: String
            switch element.target {
            case .column(let c): part = c.lowercased()
            case .expression(let e): part = "(\(expression(e)))"
            }
            if let prefix = element.prefixLength { part += "(\(prefix))" }
            if element.isDescending { part += " desc" }
            if let nullsFirst = element.nullsFirst { part += nullsFirst ? " nulls-first" : " nulls-last" }
            if let opclass = element.operatorClass { part += " \(opclass.lowercased())" }
            return part
        }.joined(separator: ",") + ")"
        if !index.include.isEmpty { text += " include (\(columns(index.include)))" }
        if let predicate = index.predicate { text += " where \(expression(predicate))" }
        return text
    }

    /// Expressions as different dialects and formatters spell them: lowercased outside string literals,
    /// whitespace, parentheses and identifier quotes removed, PostgreSQL `::type` casts dropped, the
    /// usual spellings of the current time unified.
    static func expression(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "'" {
                // A string literal, kept as written ('' escapes included).
                var j = i + 1
                while j < chars.count {
                    if chars[j] == "'" {
                        if j + 1 < chars.count, chars[j + 1] == "'" { j += 2; continue }
                        break
                    }
                    j += 1
                }
                out += string(of: chars[i...min(j, chars.count - 1)])
                i = j + 1
            } else if c == "\"" || c == "`" {
                // A quoted identifier: compared without its quotes.
                let close = chars[(i + 1)...].firstIndex(of: c) ?? chars.count
                out += string(of: chars[(i + 1)..<close]).lowercased()
                i = close + 1
            } else if c == ":", i + 1 < chars.count, chars[i + 1] == ":" {
                i = skipCastType(chars, from: i + 2)
            } else {
                if !(c.isWhitespace || c == "(" || c == ")") { out += c.lowercased() }
                i += 1
            }
        }
        switch out {
        case "current_timestamp", "now", "localtimestamp", "current_timestamp6": return "now"
        default: return out
        }
    }

    /// The characters as a String, appended one by one: `String(slice)` is generic over the sequence,
    /// and its first use resolves the slice's associated types at run time (0.2 ms of a fingerprint).
    private static func string(of characters: ArraySlice<Character>) -> String {
        var text = ""
        for character in characters { text.append(character) }
        return text
    }

    private static let multiWordTypes = [
        "timestamp with time zone", "timestamp without time zone", "time with time zone",
        "time without time zone", "character varying", "double precision", "bit varying",
    ]

    /// The index just past the type name of a `::type` cast (multi-word names, `(n)` and `[]` included).
    private static func skipCastType(_ chars: [Character], from start: Int) -> Int {
        var i = start
        while i < chars.count, chars[i] == " " { i += 1 }
        let rest = string(of: chars[i..<min(chars.count, i + 30)]).lowercased()
        if let word = multiWordTypes.first(where: { rest.hasPrefix($0) }) {
            i += word.count
        } else {
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "." || chars[i] == "\"" { i += 1 }
        }
        if i < chars.count, chars[i] == "(" , let close = chars[i...].firstIndex(of: ")") { i = close + 1 }
        while i + 1 < chars.count, chars[i] == "[", chars[i + 1] == "]" { i += 2 }
        return i
    }
}
