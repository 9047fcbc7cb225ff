import Testing
import Lint
import Schema

/// A partitioned table's findings are reported once, on the parent, saying how many partitions share them
/// (pagila's 55 payment partitions had made 150 likely-missing-foreign-key findings).
@Suite struct PartitionFindingTests {
    /// The rule's messages; `unknownParent` expects the reader's warning about a parent the file lacks.
    private func messages(_ sql: String, unknownParent: Bool = false) -> [String] {
        let result = SchemaReader.read(text: sql, path: "p.sql", dialect: .postgresql)
        #expect(result.diagnostics.allSatisfy { $0.ruleID == "unknown-object" } && result.diagnostics.isEmpty != unknownParent,
                "\(result.diagnostics.map(\.message))")
        return Linter(rules: [.likelyMissingForeignKey], configuration: LintConfiguration())
            .findings(in: result.model, source: SourceText(path: "p.sql", text: sql)).map(\.message)
    }

    private let parent = """
        CREATE TABLE customers (id bigint PRIMARY KEY);
        CREATE TABLE payments (id bigint NOT NULL, customer_id bigint NOT NULL, paid_on date NOT NULL)
            PARTITION BY RANGE (paid_on);
        CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE payments_2025 PARTITION OF payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        CREATE TABLE payments_2026 PARTITION OF payments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

        """
    private let reference = "looks like a reference to customers.id but has no foreign key"

    @Test func partitionsThatAllLackTheKeyAreCountedOnTheParent() {
        #expect(messages(parent) == ["payments.customer_id \(reference), nor do its 3 partitions"])
    }

    @Test func partitionsWithTheirOwnKeyAreNotCountedAsLackingIt() {
        let sql = parent + """
            ALTER TABLE ONLY payments_2024 ADD CONSTRAINT p24 FOREIGN KEY (customer_id) REFERENCES customers (id);
            """
        #expect(messages(sql) == ["payments.customer_id \(reference), nor do 2 of its 3 partitions"])
        let all = sql + """

            ALTER TABLE ONLY payments_2025 ADD CONSTRAINT p25 FOREIGN KEY (customer_id) REFERENCES customers (id);
            ALTER TABLE ONLY payments_2026 ADD CONSTRAINT p26 FOREIGN KEY (customer_id) REFERENCES customers (id);
            """
        #expect(messages(all) == ["payments.customer_id \(reference) (each of its 3 partitions has one)"])
    }

    @Test func aPartitionWhoseParentIsNotInTheFileIsJudgedAlone() {
        let sql = """
            CREATE TABLE customers (id bigint PRIMARY KEY);
            CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            """
        // Without its parent the partition has no columns the reader knows of: nothing to report.
        #expect(messages(sql, unknownParent: true).isEmpty)
        let standalone = """
            CREATE TABLE customers (id bigint PRIMARY KEY);
            CREATE TABLE payments_2024 (id bigint NOT NULL, customer_id bigint NOT NULL);
            ALTER TABLE payments ATTACH PARTITION payments_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            """
        #expect(messages(standalone, unknownParent: true) == ["payments_2024.customer_id \(reference)"])
    }
}
