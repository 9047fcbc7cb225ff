/// Views, CREATE TABLE AS, schemas and comments.
extension PgSchemaBuilder {
    mutating func createView(_ relation: PgRangeVar, isMaterialized: Bool) {
        let name = PgNames.qualified(relation)
        let view = View(name: name, isMaterialized: isMaterialized, location: context.location(relation.location))
        if let slot = viewIndex[name] {
            views[slot] = view // CREATE OR REPLACE VIEW
        } else {
            viewIndex[name] = views.count
            views.append(view)
        }
    }

    mutating func createTableAs(_ create: PgCreateTableAsStmt) {
        if create.objtype == "OBJECT_MATVIEW" {
            createView(create.into.rel, isMaterialized: true)
            return
        }
        let name = PgNames.qualified(create.into.rel)
        warn(Self.readInPartID, "the columns CREATE TABLE ... AS takes from its query are not read",
             at: context.location(create.into.rel.location), target: name.description,
             fix: "declare the columns in a CREATE TABLE statement")
        guard tableSlot(name) == nil else { return }
        tableIndex[name] = tables.count
        tables.append(Table(name: name, location: context.location(create.into.rel.location)))
    }

    mutating func createSchema(_ create: PgCreateSchemaStmt) {
        if let name = create.schemaname, name != "public" { createdNamespaces.insert(name) }
        if let elements = create.schemaElts, !elements.isEmpty {
            warn(Self.readInPartID, "the statements inside CREATE SCHEMA are not read",
                 at: context.statementLocation, fix: "write them as separate statements after CREATE SCHEMA")
        }
    }

    /// COMMENT ON TABLE / COLUMN; `IS NULL` removes the comment.
    mutating func comment(_ statement: PgCommentStmt) {
        guard case .list(let items)? = statement.object else { return }
        var parts = items.compactMap(\.stringValue)
        let text = statement.comment
        switch statement.objtype {
        case "OBJECT_TABLE":
            let name = PgNames.qualified(parts)
            guard let slot = tableSlot(name), tables[slot] != nil else {
                warnUnknownComment(name.description, about: name)
                return
            }
            tables[slot]?.comment = text
        case "OBJECT_COLUMN":
            guard parts.count >= 2 else { return }
            let column = parts.removeLast()
            let name = PgNames.qualified(parts)
            guard let slot = tableSlot(name), let c = tables[slot]?.columnIndex(named: column) else {
                if viewIndex[name] == nil { warnUnknownComment("\(name).\(column)", about: name) }
                return
            }
            tables[slot]?.columns[c].comment = text
        default:
            break
        }
    }

    private mutating func warnUnknownComment(_ target: String, about name: QualifiedName) {
        warn(Self.unknownObjectID, "COMMENT ON refers to \(target), which this file does not create; the comment is ignored",
             at: context.statementLocation, target: target, about: name)
    }
}
