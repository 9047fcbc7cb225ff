import Testing
import Lint
import Schema

/// A partitioned table's findings are reported once, on the parent, saying how many partitions share them
/// (pagila's 55 payment partitions had made 168 of its findings copies of three).
@Suite struct PartitionFindingTests {
    /// The messages of `rules`; `unknownParent` expects the reader's warning about a parent the file lacks.
    private func messages(_ sql: String, rules: [Rule] = [.likelyMissingForeignKey], unknownParent: Bool = false) -> [String] {
        let result = SchemaReader.read(text: sql, path: "p.sql", dialect: .postgresql)
        #expect(result.diagnostics.allSatisfy { $0.ruleID == "unknown-object" } && result.diagnostics.isEmpty != unknownParent,
                "\(result.diagnostics.map(\.message))")
        return Linter(rules: rules, configuration: LintConfiguration())
            .findings(in: result.model, source: SourceText(path: "p.sql", text: sql)).map(\.message)
    }

    private let parent = """
        CREATE TABLE customers (id bigint PRIMARY KEY);
        CREATE SEQUENCE payments_id_seq;
        CREATE TABLE payments (id integer NOT NULL DEFAULT nextval('payments_id_seq'), customer_id bigint NOT NULL,
            paid_on date NOT NULL) PARTITION BY RANGE (paid_on);
        CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE payments_2025 PARTITION OF payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        CREATE TABLE payments_2026 PARTITION OF payments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

        """
    private let reference = "payments.customer_id looks like a reference to customers.id but has no foreign key"

    @Test func aFindingEveryPartitionSharesIsReportedOnceOnTheParent() {
        #expect(messages(parent) == ["\(reference) (also in its 3 partitions)"])
        let serial = messages(parent, rules: [.serialInsteadOfIdentity])
        #expect(serial.count == 1)
        #expect(serial.first?.hasPrefix("payments.id ") == true && serial.first?.hasSuffix(" (also in its 3 partitions)") == true, "\(serial)")
    }

    @Test func partitionsWithoutTheFindingAreNotCounted() {
        let sql = parent + """
            ALTER TABLE ONLY payments_2024 ADD CONSTRAINT p24 FOREIGN KEY (customer_id) REFERENCES customers (id);
            """
        #expect(messages(sql) == ["\(reference) (also in 2 of its 3 partitions)"])
        let all = sql + """

            ALTER TABLE ONLY payments_2025 ADD CONSTRAINT p25 FOREIGN KEY (customer_id) REFERENCES customers (id);
            ALTER TABLE ONLY payments_2026 ADD CONSTRAINT p26 FOREIGN KEY (customer_id) REFERENCES customers (id);
            """
        #expect(messages(all) == [reference])
    }

    @Test func aPartitionHasItsParentsForeignKeys() {
        let sql = parent + """
            ALTER TABLE payments ADD CONSTRAINT pc FOREIGN KEY (customer_id) REFERENCES customers (id);
            """
        #expect(messages(sql).isEmpty)
    }

    @Test func aFindingOnlyAPartitionHasStaysOnThePartition() {
        let sql = parent + """
            CREATE TABLE orders (id bigint PRIMARY KEY);
            ALTER TABLE payments_2025 ADD COLUMN order_id bigint;
            """
        #expect(messages(sql) == ["\(reference) (also in its 3 partitions)",
                                  "payments_2025.order_id looks like a reference to orders.id but has no foreign key"])
    }

    @Test func aPartitionWhoseParentIsNotInTheFileIsJudgedAlone() {
        let standalone = """
            CREATE TABLE customers (id bigint PRIMARY KEY);
            CREATE TABLE payments_2024 (id bigint NOT NULL, customer_id bigint NOT NULL);
            ALTER TABLE payments ATTACH PARTITION payments_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            """
        #expect(messages(standalone, unknownParent: true) == ["payments_2024.customer_id looks like a reference to customers.id but has no foreign key"])
    }
}
