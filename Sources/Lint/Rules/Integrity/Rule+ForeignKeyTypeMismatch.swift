import Schema

extension Rule {
    public static let foreignKeyTypeMismatch = Rule(
        id: "foreign-key-type-mismatch",
        name: "Foreign key type differs from the referenced column",
        category: .integrity,
        severity: .error,
        rationale: """
            A foreign key column should have the type of the column it references. An integer referencing a \
            bigint key stops accepting rows once the parent's ids pass 2^31; a varchar(20) referencing a \
            varchar(50) cannot hold every key; char(n) pads with blanks where varchar does not; a text column \
            referencing an integer key compares by casting. Joins between mismatched columns may also be unable \
            to use an index. In SQLite only the storage class matters (INTEGER, TEXT, REAL, BLOB), so lengths and \
            integer widths are not compared there.
            """,
        fix: "Change the foreign key column to exactly the referenced column's type.",
        triggering: [
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer ↓REFERENCES customers (id));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE countries (code varchar(3) PRIMARY KEY);
                CREATE TABLE cities (
                    id bigint PRIMARY KEY,
                    country_code char(3) NOT NULL,
                    ↓FOREIGN KEY (country_code) REFERENCES countries (code)
                );
                """, .postgresql),
            RuleExample("""
                CREATE TABLE accounts (id BIGINT UNSIGNED NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;
                CREATE TABLE logins (
                    id BIGINT UNSIGNED NOT NULL,
                    account_id VARCHAR(20) NOT NULL,
                    PRIMARY KEY (id),
                    KEY (account_id),
                    CONSTRAINT ↓logins_account FOREIGN KEY (account_id) REFERENCES accounts (id)
                ) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE users (id INTEGER PRIMARY KEY);
                CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id TEXT ↓REFERENCES users (id));
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE countries (code varchar(3) PRIMARY KEY);
                CREATE TABLE cities (id bigint PRIMARY KEY, country_code text REFERENCES countries (code));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE accounts (id BIGINT UNSIGNED NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;
                CREATE TABLE logins (id BIGINT UNSIGNED NOT NULL, account_id BIGINT UNSIGNED NOT NULL, PRIMARY KEY (id),
                    CONSTRAINT logins_account FOREIGN KEY (account_id) REFERENCES accounts (id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE users (id INTEGER PRIMARY KEY);
                CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id BIGINT REFERENCES users (id));
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                for foreignKey in table.foreignKeys {
                    guard let (parent, parentColumns) = context.referencedKey(of: foreignKey),
                          parentColumns.count == foreignKey.columns.count else { continue }
                    for (name, parentName) in zip(foreignKey.columns, parentColumns) {
                        guard let column = table.column(named: name), let parentColumn = parent.column(named: parentName) else { continue }
                        let type = context.resolvedType(column.type)
                        let parentType = context.resolvedType(parentColumn.type)
                        guard let problem = TypeComparison.mismatch(type, referencing: parentType, dialect: context.dialect) else { continue }
                        findings.append(RuleFinding(.mismatch(context.target(table, column.name), type: type,
                                                              parent: context.target(parent, parentColumn.name),
                                                              parentType: parentType, problem: problem),
                                                    at: foreignKey.location, target: context.target(table, column.name)))
                    }
                }
            }
            return findings
        })
}

/// Why a referencing column's type does not fit the referenced one.
enum TypeComparison {
    static func mismatch(_ type: DataType, referencing parent: DataType, dialect: Dialect) -> String? {
        let family = TypeFamily(type), parentFamily = TypeFamily(parent)
        guard family == parentFamily else { return "different kinds of values" }
        if dialect == .sqlite { return nil }
        switch family {
        case .integer:
            if type.isUnsigned != parent.isUnsigned { return "signed and unsigned" }
            if type.kind != parent.kind {
                return integerWidth(type.kind) < integerWidth(parent.kind) ? "narrower than the key" : "wider than the key"
            }
        case .text:
            if (type.kind == .char) != (parent.kind == .char) { return "char pads with blanks and the other does not" }
            if let length = type.length, length < (parent.length ?? Int.max) { return "shorter than the key" }
        case .exactNumber:
            if type.precision != parent.precision || type.scale != parent.scale { return "different precision or scale" }
        default:
            break
        }
        return nil
    }

    private static func integerWidth(_ kind: TypeKind) -> Int {
        switch kind {
        case .tinyint: 1
        case .smallint: 2
        case .mediumint: 3
        case .integer: 4
        default: 8
        }
    }
}

extension RuleFinding.Message {
    fileprivate static func mismatch(_ column: String, type: DataType, parent: String, parentType: DataType, problem: String) -> Self {
        "\(column) is \(type.normalized) but references \(parent), which is \(parentType.normalized) (\(problem))"
    }
}
