/// CREATE SEQUENCE and ALTER SEQUENCE ... OWNED BY.
extension PgSchemaBuilder {
    mutating func createSequence(_ create: PgSeqStmt) {
        let name = PgNames.qualified(create.sequence)
        addSequence(Sequence(name: name, ownedBy: ownedBy(create.options), location: context.location(create.sequence.location)))
    }

    mutating func alterSequence(_ alter: PgSeqStmt) {
        let name = PgNames.qualified(alter.sequence)
        guard let slot = sequenceSlot(name), sequences[slot] != nil else {
            warn(Self.unknownObjectID, "ALTER SEQUENCE refers to sequence \(name), which this file does not create; the statement is ignored",
                 at: context.location(alter.sequence.location), target: name.description, about: name)
            return
        }
        guard hasOwnedBy(alter.options) else { return }
        let owner = ownedBy(alter.options)
        sequences[slot]?.ownedBy = owner
    }

    /// Adds a sequence, or for a second declaration of the same name keeps the first.
    mutating func addSequence(_ sequence: Sequence) {
        guard sequenceIndex[sequence.name] == nil else { return }
        sequenceIndex[sequence.name] = sequences.count
        sequences.append(sequence)
    }

    private func hasOwnedBy(_ options: [PgNode]?) -> Bool {
        (options ?? []).contains { if case .definition(let d) = $0 { d.defname == "owned_by" } else { false } }
    }

    /// `OWNED BY [schema.]table.column` as `table.column` (schema kept unless public); nil for OWNED BY NONE.
    private func ownedBy(_ options: [PgNode]?) -> String? {
        for case .definition(let option) in options ?? [] where option.defname == "owned_by" {
            guard case .list(let items)? = option.arg else { return nil }
            let parts = items.compactMap(\.stringValue)
            guard parts.count >= 2 else { return nil }
            let table = PgNames.qualified(Array(parts.dropLast()))
            return "\(table).\(parts[parts.count - 1])"
        }
        return nil
    }
}
