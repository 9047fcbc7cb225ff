/// PostgreSQL names into `QualifiedName`: the default `public` schema becomes `schema == nil`, as the
/// model wants; other schemas are kept.
enum PgNames {
    static func qualified(schema: String?, _ name: String) -> QualifiedName {
        QualifiedName(schema: schema == "public" ? nil : schema, name)
    }

    /// From name parts (`["public", "t"]`, `["t"]`, `["db", "s", "t"]`): the last two count.
    static func qualified(_ parts: [String]) -> QualifiedName {
        let name = parts.last ?? ""
        return qualified(schema: parts.count >= 2 ? parts[parts.count - 2] : nil, name)
    }

    static func qualified(_ relation: PgRangeVar) -> QualifiedName {
        qualified(schema: relation.schemaname, relation.relname)
    }

    static func qualified(_ nodes: [PgNode]) -> QualifiedName {
        qualified(nodes.compactMap(\.stringValue))
    }

    /// A name written inside a string, as in `nextval('public.t_id_seq'::regclass)`: dots separate parts,
    /// double quotes keep case and dots; unquoted parts are folded to lower case, as PostgreSQL does.
    static func parse(_ text: String) -> QualifiedName {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "\"" {
                let next = text.index(after: index)
                if quoted, next < text.endIndex, text[next] == "\"" {
                    current.append("\"")
                    index = text.index(after: next)
                    continue
                }
                quoted.toggle()
            } else if c == ".", !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(quoted ? c : Character(c.lowercased()))
            }
            index = text.index(after: index)
        }
        parts.append(current)
        return qualified(parts)
    }
}

extension PgNames {
    /// Name parts as one dotted name, without a leading `pg_catalog` or `public` (operator classes).
    static func withoutCatalog(_ parts: [String]) -> String {
        var parts = parts
        if parts.count > 1, parts[0] == "pg_catalog" || parts[0] == "public" { parts.removeFirst() }
        return parts.joined(separator: ".")
    }
}
