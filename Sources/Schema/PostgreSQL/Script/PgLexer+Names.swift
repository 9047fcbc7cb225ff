import Support
extension PgLexer {
    /// The name a statement that did not parse was creating (`CREATE [UNLOGGED] TABLE [IF NOT EXISTS]
    /// s.t`, likewise for types, domains, sequences and views), so that later statements about it are not
    /// reported again as referring to an unknown object.
    func createdName(statementStart start: Int) -> QualifiedName? {
        guard let create = token(at: start), isWord(create, "CREATE") else { return nil }
        var position = create.end
        while let word = token(at: position), word.kind == .word {
            position = word.end
            let upper = upperWord(word)
            guard ["TABLE", "TYPE", "DOMAIN", "SEQUENCE", "VIEW"].contains(upper) else { continue }
            var next = token(at: position)
            if let ifToken = next, isWord(ifToken, "IF") {
                position = ifToken.end
                for _ in 0..<2 { position = token(at: position)?.end ?? position }
                next = token(at: position)
            }
            return next.flatMap { qualifiedName(at: $0) }
        }
        return nil
    }

    /// A possibly qualified identifier starting with `first`, folded as PostgreSQL folds it.
    private func qualifiedName(at first: PgToken) -> QualifiedName? {
        var parts: [String] = []
        var current: PgToken? = first
        while let part = current, let text = identifier(part) {
            parts.append(text)
            guard let dot = token(at: part.end), dot.kind == .punctuation(UInt8(ascii: ".")) else { break }
            current = token(at: dot.end)
        }
        return parts.isEmpty ? nil : PgNames.qualified(parts)
    }

    private func identifier(_ token: PgToken) -> String? {
        switch token.kind {
        case .word:
            return String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
        case .quotedIdentifier:
            return String(decoding: bytes[(token.start + 1)..<(token.end - 1)], as: UTF8.self)
                .replacingEvery("\"\"", with: "\"")
        default:
            return nil
        }
    }
}
