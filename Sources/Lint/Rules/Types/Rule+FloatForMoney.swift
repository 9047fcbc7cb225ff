import Schema

extension Rule {
    public static let floatForMoney = Rule(
        id: "float-for-money",
        name: "Floating-point column for money",
        category: .types,
        severity: .error,
        rationale: """
            REAL, FLOAT and DOUBLE PRECISION store binary fractions: 0.1 has no exact value, sums drift by \
            fractions of a cent, and equality tests fail. A column whose name says it holds money (price, \
            amount, cost, total, balance, fee, salary, tax, discount, payment, revenue, refund, ...) should be \
            exact.
            """,
        fix: "Use numeric/decimal with an explicit scale (e.g. numeric(12,2)), or an integer count of the smallest unit (cents).",
        triggering: [
            RuleExample("CREATE TABLE products (id bigint PRIMARY KEY, ↓unit_price double precision NOT NULL);", .postgresql),
            RuleExample("CREATE TABLE invoices (id INT NOT NULL, ↓total_amount FLOAT, PRIMARY KEY (id)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE payments (id INTEGER PRIMARY KEY, ↓amount REAL NOT NULL);", .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE products (id bigint PRIMARY KEY, unit_price numeric(12,2) NOT NULL,
                    weight_kg double precision, price_cents bigint);
                """, .postgresql),
            RuleExample("CREATE TABLE invoices (id INT NOT NULL, total_amount DECIMAL(12,2), PRIMARY KEY (id)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE readings (id INTEGER PRIMARY KEY, temperature REAL NOT NULL);", .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                for column in table.columns where context.resolvedType(column.type).kind.isApproximateNumber {
                    guard let word = MoneyWords.moneyWord(in: column.name) else { continue }
                    findings.append(RuleFinding(.floatMoney(context.target(table, column.name), type: column.type, word: word),
                                                at: column.location, target: context.target(table, column.name)))
                }
            }
            return findings
        })
}

/// Words that say a column holds an amount of money.
enum MoneyWords {
    static let words: Set<String> = [
        "price", "prices", "cost", "costs", "amount", "amounts", "total", "subtotal", "balance", "fee", "fees",
        "salary", "salaries", "wage", "wages", "payment", "payments", "paid", "revenue", "tax", "taxes", "discount",
        "charge", "charges", "refund", "budget", "money", "usd", "eur", "gbp", "jpy", "income", "expense",
        "expenses", "profit", "commission", "payout", "rent", "deposit", "cash", "invoice", "billing", "earnings",
    ]

    /// The first money word in the identifier, if any.
    static func moneyWord(in identifier: String) -> String? {
        IdentifierWords.split(identifier).first(where: words.contains)
    }
}

extension RuleFinding.Message {
    fileprivate static func floatMoney(_ column: String, type: DataType, word: String) -> Self {
        "\(column) holds money ('\(word)') in \(type.normalized), a floating-point type that cannot represent cents exactly"
    }
}
