/// CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] ... ON table USING method (...).
extension PgSchemaBuilder {
    mutating func createIndex(_ statement: PgIndexStmt) {
        var elements: [IndexElement] = []
        for case .indexElement(let element) in statement.indexParams {
            elements.append(indexElement(element))
        }
        let include = (statement.indexIncludingParams ?? []).compactMap { node -> String? in
            if case .indexElement(let element) = node { return element.name }
            return nil
        }
        let index = Index(
            name: statement.idxname, isUnique: statement.unique ?? false, elements: elements,
            predicate: statement.whereClause.map { context.expressionText($0) },
            method: statement.accessMethod ?? "btree", include: include, location: context.statementLocation)
        if statement.nullsNotDistinct == true {
            warn(Self.notModelledID, "NULLS NOT DISTINCT of index \(statement.idxname ?? "") is not part of the schema model",
                 at: context.statementLocation, severity: .info)
        }
        let name = PgNames.qualified(statement.relation)
        // Indexes on materialized views are not modelled.
        if viewIndex[name] != nil { return }
        guard let taken = takeTable(statement.relation, statement: "CREATE INDEX") else { return }
        var table = taken.table
        if let indexName = index.name, table.indexes.contains(where: { $0.name == indexName }) {
            // PostgreSQL refuses a second index of the same name (IF NOT EXISTS: a notice).
            if statement.ifNotExists != true {
                warn(Self.duplicateObjectID, "index \(indexName) is created twice; the second CREATE INDEX is ignored",
                     at: context.statementLocation, target: indexName)
            }
        } else {
            table.indexes.append(index)
        }
        tables[taken.slot] = table
    }

    private func indexElement(_ element: PgIndexElem) -> IndexElement {
        let target: IndexElement.Target
        if let name = element.name {
            target = .column(name)
        } else if let expression = element.expr {
            target = .expression(context.expressionText(expression))
        } else {
            target = .expression("")
        }
        var result = IndexElement(target, isDescending: element.ordering == "SORTBY_DESC")
        switch element.nullsOrdering {
        case "SORTBY_NULLS_FIRST": result.nullsFirst = true
        case "SORTBY_NULLS_LAST": result.nullsFirst = false
        default: break
        }
        if let collation = element.collation, !collation.isEmpty {
            result.collation = PgIdentifier.quoted(collation.compactMap(\.stringValue))
        }
        if let opclass = element.opclass, !opclass.isEmpty {
            result.operatorClass = PgNames.withoutCatalog(opclass.compactMap(\.stringValue))
        }
        return result
    }
}
