/// Writes a `TypeName` the way PostgreSQL's `format_type` and pg_dump do (`character varying(20)`,
/// `timestamp(3) with time zone`, `public.mood[]`), for casts in expressions.
enum PgTypeFormatter {
    private static let sqlNames: [String: String] = [
        "int2": "smallint", "int4": "integer", "int8": "bigint", "float4": "real", "float8": "double precision",
        "bool": "boolean", "bpchar": "character", "varchar": "character varying", "varbit": "bit varying",
    ]

    static func format(_ typeName: PgTypeName, deparser: PgDeparser) -> String? {
        let parts = typeName.nameParts
        guard let name = parts.last else { return nil }
        let isCatalog = parts.count == 2 && parts[0] == "pg_catalog"
        var modifiers: [String] = []
        for modifier in typeName.typmods ?? [] {
            guard let text = deparser.deparse(modifier) else { return nil }
            modifiers.append(text)
        }
        var text: String
        if isCatalog, ["timestamp", "timestamptz", "time", "timetz"].contains(name) {
            let base = name.hasPrefix("timestamp") ? "timestamp" : "time"
            let precision = modifiers.first.map { "(\($0))" } ?? ""
            text = base + precision + (name.hasSuffix("tz") ? " with time zone" : " without time zone")
        } else if isCatalog, name == "interval" {
            // The first modifier is the field mask (DAY TO SECOND, ...), which only the source spells well.
            text = "interval" + (modifiers.count > 1 ? "(\(modifiers[1]))" : "")
        } else {
            let base = isCatalog ? (sqlNames[name] ?? name) : PgIdentifier.quoted(parts)
            text = base + (modifiers.isEmpty ? "" : "(" + modifiers.joined(separator: ",") + ")")
        }
        if typeName.pctType == true { text += "%TYPE" }
        for bound in typeName.arrayBounds ?? [] {
            if case .integer(let size) = bound, size > 0 { text += "[\(size)]" } else { text += "[]" }
        }
        return text
    }
}
