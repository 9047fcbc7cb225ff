import Schema

extension Rule {
    public static let legacyUTF8Charset = Rule(
        id: "legacy-utf8-charset",
        name: "utf8mb3 character set (MySQL)",
        category: .types,
        severity: .warning,
        dialects: [.mysql],
        rationale: """
            MySQL's `utf8` is an alias of utf8mb3, which stores at most three bytes per character: emoji and many \
            CJK characters do not fit, and inserts fail or (outside strict mode) silently truncate the text at \
            the first such character. The alias is deprecated; utf8mb4 is real UTF-8 and the default since \
            MySQL 8.0.
            """,
        fix: "Use CHARSET=utf8mb4 (with a utf8mb4 collation such as utf8mb4_0900_ai_ci).",
        triggering: [
            RuleExample("CREATE TABLE ↓posts (id INT NOT NULL, body TEXT, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8;", .mysql),
            RuleExample("CREATE TABLE ↓posts (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;", .mysql),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE posts (id INT NOT NULL, body TEXT, PRIMARY KEY (id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;", .mysql),
        ],
        check: { context in
            context.model.tables.compactMap { table in
                let legacy = table.options.first { key, value in
                    let key = key.lowercased(), value = value.lowercased()
                    let isCharset = key.contains("charset") || key.contains("character")
                    let isCollation = key.contains("collat")
                    return (isCharset && (value == "utf8" || value == "utf8mb3"))
                        || (isCollation && (value.hasPrefix("utf8_") || value.hasPrefix("utf8mb3_")))
                }
                guard let (_, value) = legacy else { return nil }
                return RuleFinding(.legacy(context.target(table), value: value), at: table.location, target: context.target(table))
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func legacy(_ table: String, value: String) -> Self {
        "table \(table) uses \(value), the 3-byte utf8mb3 that cannot store emoji and other 4-byte characters; use utf8mb4"
    }
}
