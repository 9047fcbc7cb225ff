import Testing
@testable import Schema

/// The PostgreSQL reader parses statements on several threads: the results must be those of one thread,
/// in file order, errors included.
@Suite("PostgreSQL: parsing on every core")
struct PgBatchParserTests {
    /// 120 tables, each with a foreign key to the one before and an index, and a broken statement at `broken`.
    static func script(broken: Int) -> String {
        (0..<120).map { index in
            if index == broken { return "CREATE TABLE broken_\(index) (id bigint PRIMARY KEY,, x int);" }
            let reference = index == 0 ? "" : ",\n  parent_id bigint REFERENCES t\(index - 1) (id) ON DELETE CASCADE"
            return """
                CREATE TABLE t\(index) (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  name varchar(\(index + 1)) NOT NULL DEFAULT 'n\(index)'\(reference)
                );
                CREATE INDEX t\(index)_name ON t\(index) (lower(name)) WHERE id > \(index);
                """
        }.joined(separator: "\n")
    }

    /// Every result, in the order the parser hands them over.
    static func parseAll(_ script: PgScript, workers: Int) -> [PgBatchParser.Parsed] {
        var results: [PgBatchParser.Parsed] = []
        PgBatchParser.parse(script.statements, in: script.buffer, workers: workers) { index, result in
            #expect(index == results.count, "results are handed over in order")
            results.append(result)
        }
        return results
    }

    @Test("several workers give exactly the results of one, in order")
    func sameAsOneWorker() throws {
        let source = SourceText(path: "many.sql", text: Self.script(broken: 77))
        let script = PgScript(source)
        #expect(script.statements.count == 239)
        #expect(script.statements.count >= 2 * PgBatchParser.parallelThreshold, "enough statements for two workers")
        let one = Self.parseAll(script, workers: 1)
        #expect(String(describing: one).contains("t119_name"), "the description shows the trees")
        for workers in [2, 3, 8] {
            let many = Self.parseAll(script, workers: workers)
            #expect(many.count == one.count)
            #expect(String(describing: many) == String(describing: one), "\(workers) workers")
        }
    }

    @Test("read in parallel: every table in file order, the broken statement's error at its place")
    func readInOrder() {
        let result = SchemaReader.read(text: Self.script(broken: 77), path: "many.sql", dialect: .postgresql)
        let expected = (0..<120).filter { $0 != 77 }.map { "t\($0)" }
        #expect(result.model.tables.map(\.name.name) == expected)
        #expect(result.model.tables.map(\.indexes.count) == Array(repeating: 1, count: 119))
        #expect(result.diagnostics.count == 1)
        let line = Self.script(broken: 77).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("CREATE TABLE broken_77") }.map { $0 + 1 }
        #expect(result.diagnostics.first?.location.line == line)
    }
}
