import Schema
import Testing
@testable import Lint

/// On a large model the rules run on several threads: the findings must be exactly those of each rule run
/// alone, in the same order.
@Suite("Linter on every core")
struct LinterParallelTests {
    /// 90 flawed tables: float money, a plaintext password, an unindexed foreign key, a varchar, mixed case.
    static let script = (0..<90).map { index in
        let parent = index == 0 ? "" : ",\n  t\(index - 1)_id integer REFERENCES t\(index - 1) (id)"
        return """
            CREATE TABLE t\(index) (
              id serial PRIMARY KEY,
              price float NOT NULL,
              password varchar(40),
              createdAt timestamp,
              status_\(index % 3) text\(parent)
            );
            """
    }.joined(separator: "\n")

    @Test("the same findings as every rule run alone")
    func sameAsOneByOne() {
        let result = SchemaReader.read(text: Self.script, path: "wide.sql", dialect: .postgresql)
        #expect(result.model.columnCount >= Linter.parallelThreshold, "large enough for the parallel path")
        let source = SourceText(path: "wide.sql", text: Self.script)
        let together = Linter().findings(in: result.model, source: source)
        let alone = Rule.all.flatMap { Linter(rules: [$0]).findings(in: result.model, source: source) }
            .sorted(by: Diagnostic.inReadingOrder)
        #expect(together.count > 300)
        #expect(Set(together.map(\.ruleID)).count >= 5)
        #expect(together == alone)
    }
}
