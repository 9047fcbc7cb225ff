import Testing
@testable import Schema

/// The fingerprint of a large schema is made on several threads: it must be the fingerprint of the same
/// lines made one table at a time.
@Suite struct SchemaFingerprintTests {
    @Test func manyTablesGiveTheLinesOfEachTable() {
        let ddl = (0..<40).map { index in
            """
            CREATE TABLE t\(index) (id bigint PRIMARY KEY, name text NOT NULL DEFAULT 'n\(index)', \
            parent_id bigint REFERENCES t0 (id), CHECK (length(name) > \(index)));
            CREATE INDEX t\(index)_name ON t\(index) (lower(name)) WHERE id > \(index);
            """
        }.joined(separator: "\n")
        let model = SchemaReader.read(text: ddl, path: "many.sql", dialect: .postgresql).model
        #expect(model.tables.count == 40, "enough tables for the parallel path")
        let oneByOne = model.tables.flatMap { table in
            SchemaFingerprint.canonicalText(SchemaModel(dialect: model.dialect, tables: [table])).split(separator: "\n")
        }.sorted().joined(separator: "\n") + "\n"
        let whole = SchemaFingerprint.canonicalText(model)
        #expect(whole == oneByOne)
        #expect(whole.contains("index t39 ((lowername)) where id>39\n"))
        var reversed = model
        reversed.tables.reverse()
        #expect(SchemaFingerprint.of(reversed) == SchemaFingerprint.of(model))
    }
}
