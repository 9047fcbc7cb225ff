import Schema

extension Rule {
    public static let nonTransactionalEngine = Rule(
        id: "non-transactional-engine",
        name: "Table on a non-transactional storage engine (MySQL)",
        category: .integrity,
        severity: .warning,
        dialects: [.mysql],
        rationale: """
            MyISAM, MEMORY, ARCHIVE, CSV and similar engines have no transactions and no crash recovery, lock \
            whole tables on writes, and silently ignore FOREIGN KEY clauses: the DDL reads as if references \
            were enforced, and they are not. MEMORY tables also lose their rows on restart. InnoDB has done \
            full-text and spatial indexes since MySQL 5.6 and 5.7, the old reasons to keep MyISAM.
            """,
        fix: "Use ENGINE=InnoDB.",
        triggering: [
            RuleExample("CREATE TABLE ↓film_text (film_id SMALLINT NOT NULL, title VARCHAR(255), PRIMARY KEY (film_id)) ENGINE=MyISAM;", .mysql),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE film_text (film_id SMALLINT NOT NULL, title VARCHAR(255), PRIMARY KEY (film_id)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE notes (id INT NOT NULL, PRIMARY KEY (id));", .mysql),
        ],
        check: { context in
            context.model.tables.compactMap { table in
                guard let engine = table.option(named: "engine"), !["innodb", "ndb", "ndbcluster", "rocksdb"].contains(engine.lowercased())
                else { return nil }
                return RuleFinding(.engine(context.target(table), engine: engine), at: table.location, target: context.target(table))
            }
        })
}

extension Table {
    /// A table option by name, ignoring case (`ENGINE`, `DEFAULT CHARSET`, ...).
    func option(named name: String) -> String? {
        options.first { $0.key.lowercased() == name }?.value
    }
}

extension RuleFinding.Message {
    fileprivate static func engine(_ table: String, engine: String) -> Self {
        "table \(table) uses ENGINE=\(engine): no transactions, and its foreign keys are not enforced"
    }
}
