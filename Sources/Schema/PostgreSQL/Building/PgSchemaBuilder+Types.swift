/// CREATE TYPE (enum, composite, range, base), ALTER TYPE ... ADD VALUE, CREATE DOMAIN, ALTER DOMAIN.
extension PgSchemaBuilder {
    mutating func createEnum(_ create: PgCreateEnumStmt) {
        let name = PgNames.qualified(create.typeName)
        let values = (create.vals ?? []).compactMap(\.stringValue)
        if let slot = enumIndex[name], enums[slot] != nil {
            warn(Self.duplicateObjectID, "type \(name) is created twice; the second CREATE TYPE is ignored",
                 at: context.statementLocation, target: name.description)
            return
        }
        enumIndex[name] = enums.count
        enums.append(EnumType(name: name, values: values, location: context.statementLocation))
    }

    mutating func alterEnum(_ alter: PgAlterEnumStmt) {
        let name = PgNames.qualified(alter.typeName)
        guard let slot = enumSlot(name), var type = enums[slot] else {
            warn(Self.unknownObjectID, "ALTER TYPE refers to enum \(name), which this file does not create; the statement is ignored",
                 at: context.statementLocation, target: name.description, about: name)
            return
        }
        if let old = alter.oldVal, let new = alter.newVal {
            if let i = type.values.firstIndex(of: old) { type.values[i] = new }
        } else if let new = alter.newVal, !type.values.contains(new) {
            if let neighbor = alter.newValNeighbor, let i = type.values.firstIndex(of: neighbor) {
                // libpg_query leaves false out of its JSON: no `newValIsAfter` means BEFORE.
                type.values.insert(new, at: alter.newValIsAfter == true ? i + 1 : i)
            } else {
                type.values.append(new)
            }
        }
        enums[slot] = type
    }

    mutating func createOtherType(_ create: PgNamedTypeStmt) {
        if let typevar = create.typevar {
            otherTypes.insert(PgNames.qualified(typevar))
        } else if let names = create.typeName ?? create.defnames, create.kind == nil || create.kind == "OBJECT_TYPE" {
            otherTypes.insert(PgNames.qualified(names))
        }
    }

    mutating func createDomain(_ create: PgCreateDomainStmt) {
        let name = PgNames.qualified(create.domainname)
        let mapped = PgTypeMapper.map(create.typeName, raw: context.typeText(at: create.typeName.location))
        var domain = Domain(name: name, baseType: mapped.type, location: context.statementLocation)
        for case .constraint(let constraint) in create.constraints ?? [] {
            applyDomainConstraint(constraint, to: &domain)
        }
        domainIndex[name] = domains.count
        domains.append(domain)
    }

    mutating func alterDomain(_ alter: PgAlterDomainStmt) {
        let name = PgNames.qualified(alter.typeName)
        guard let slot = domainSlot(name), var domain = domains[slot] else {
            warn(Self.unknownObjectID, "ALTER DOMAIN refers to domain \(name), which this file does not create; the statement is ignored",
                 at: context.statementLocation, target: name.description, about: name)
            return
        }
        switch alter.subtype {
        case "T": domain.defaultExpression = alter.def.flatMap { Self.isNull($0) ? nil : context.expressionText($0) }
        case "N": domain.isNullable = true
        case "O": domain.isNullable = false
        case "C": if case .constraint(let constraint)? = alter.def { applyDomainConstraint(constraint, to: &domain) }
        default: break
        }
        domains[slot] = domain
    }

    private func applyDomainConstraint(_ constraint: PgConstraint, to domain: inout Domain) {
        switch constraint.contype {
        case "CONSTR_NOTNULL": domain.isNullable = false
        case "CONSTR_NULL": domain.isNullable = true
        case "CONSTR_DEFAULT": domain.defaultExpression = constraint.rawExpr.flatMap { Self.isNull($0) ? nil : context.expressionText($0) }
        case "CONSTR_CHECK": if let expression = constraint.rawExpr { domain.checks.append(context.expressionText(expression)) }
        default: break
        }
    }

    func enumSlot(_ name: QualifiedName) -> Int? { slot(name, in: enumIndex) }
    func domainSlot(_ name: QualifiedName) -> Int? { slot(name, in: domainIndex) }
    func sequenceSlot(_ name: QualifiedName) -> Int? { slot(name, in: sequenceIndex) }

    /// An exact match, else for an unqualified name the only object with that name in any schema.
    private func slot(_ name: QualifiedName, in index: [QualifiedName: Int]) -> Int? {
        if let slot = index[name] { return slot }
        guard name.schema == nil else { return nil }
        let candidates = index.filter { $0.key.name == name.name }
        return candidates.count == 1 ? candidates.first?.value : nil
    }
}
