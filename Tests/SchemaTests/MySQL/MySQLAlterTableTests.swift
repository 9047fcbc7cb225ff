import Testing
@testable import Schema

@Suite struct MySQLAlterTableTests {
    @Test func alterCreateIndexDropAndRenameAreFoldedIntoTheTable() throws {
        let sql = MarkedSQL("""
            CREATE TABLE ⟪t⟫t (⟪t.a⟫a INT, b VARCHAR(10), c TEXT);
            CREATE TABLE p (id INT PRIMARY KEY);
            ALTER TABLE t
              ADD COLUMN ⟪t.id⟫id INT NOT NULL FIRST,
              ADD ⟪t.pk⟫PRIMARY KEY (id),
              MODIFY COLUMN ⟪t.b⟫b VARCHAR(20) NOT NULL DEFAULT '' AFTER c,
              CHANGE c ⟪t.body⟫body MEDIUMTEXT,
              ADD CONSTRAINT ⟪t.uq⟫t_a UNIQUE (a),
              ADD UNIQUE INDEX ⟪t.uqi⟫t_body (body(20)),
              ADD INDEX t_b (b),
              ADD CONSTRAINT ⟪t.fk⟫t_p FOREIGN KEY (a) REFERENCES p (id) ON DELETE SET NULL,
              ADD ⟪t.check⟫CHECK (a > 0),
              ALTER COLUMN a SET DEFAULT 1,
              ENGINE=InnoDB, COMMENT 'altered';
            CREATE UNIQUE INDEX ⟪ix⟫t_a_b ON t (a, b DESC);
            CREATE INDEX drop_me ON t (a);
            DROP INDEX drop_me ON t;
            ALTER TABLE t DROP INDEX t_b, RENAME INDEX t_body TO t_body_prefix, RENAME COLUMN a TO a2;
            RENAME TABLE t TO things;
            CREATE TABLE ⟪copy⟫things_copy LIKE things;
            """)
        let result = sql.read(.mysql)
        #expect(result.diagnostics == [])
        #expect(result.skipped == ["drop index": 1])
        let things = Table(
            name: QualifiedName("things"),
            columns: [
                Column(name: "id", type: DataType(kind: .integer, raw: "INT"), isNullable: false, location: sql["t.id"]),
                Column(name: "a2", type: DataType(kind: .integer, raw: "INT"), defaultExpression: "1", location: sql["t.a"]),
                Column(name: "body", type: DataType(kind: .text, raw: "MEDIUMTEXT"), location: sql["t.body"]),
                Column(name: "b", type: DataType(kind: .varchar, raw: "VARCHAR(20)", length: 20), isNullable: false,
                       defaultExpression: "''", location: sql["t.b"]),
            ],
            primaryKey: PrimaryKey(columns: ["id"], location: sql["t.pk"]),
            uniqueConstraints: [UniqueConstraint(name: "t_a", columns: ["a2"], location: sql["t.uq"])],
            foreignKeys: [ForeignKey(name: "t_p", columns: ["a2"], referencedTable: QualifiedName("p"), referencedColumns: ["id"],
                                     onDelete: .setNull, location: sql["t.fk"])],
            checks: [CheckConstraint(expression: "a > 0", location: sql["t.check"])],
            indexes: [
                Index(name: "t_body_prefix", isUnique: true, elements: [IndexElement(.column("body"), prefixLength: 20)], location: sql["t.uqi"]),
                Index(name: "t_a_b", isUnique: true, elements: [.column("a2"), IndexElement(.column("b"), isDescending: true)], location: sql["ix"]),
            ],
            options: ["engine": "InnoDB"],
            comment: "altered",
            location: sql["t"])
        try #require(result.model.tables.count == 3)
        #expect(result.model.tables[0] == things)
        // LIKE copies everything but the foreign keys.
        var copy = things
        copy.name = QualifiedName("things_copy")
        copy.location = sql["copy"]
        copy.foreignKeys = []
        #expect(result.model.tables[2] == copy)
    }

    @Test func renamingATableRetargetsForeignKeysAndDroppingAColumnLeavesItsKeys() {
        let result = SchemaReader.read(text: """
            CREATE TABLE parent (id INT PRIMARY KEY, code CHAR(2), note TEXT, KEY code_note (code, note(5)));
            CREATE TABLE child (id INT, parent_id INT, CONSTRAINT fk FOREIGN KEY (parent_id) REFERENCES parent (id));
            ALTER TABLE parent RENAME TO mother, DROP COLUMN note;
            ALTER TABLE child DROP FOREIGN KEY fk, ADD FOREIGN KEY (parent_id) REFERENCES mother (id), DROP PRIMARY KEY;
            DROP TABLE IF EXISTS nothing, child;
            """, path: "r.sql", dialect: .mysql)
        #expect(result.diagnostics == [])
        #expect(result.model.tables.map(\.name.name) == ["mother"])
        #expect(result.model.tables.first?.columns.map(\.name) == ["id", "code"])
        #expect(result.model.tables.first?.indexes.map(\.elements) == [[.column("code")]])
    }

    @Test func mysqldumpKeyToggleAltersAreSkippedEvenForTablesNotInTheFile() {
        let result = SchemaReader.read(text: "/*!40000 ALTER TABLE `data_only` DISABLE KEYS */;\nALTER TABLE x ALGORITHM=INPLACE, LOCK=NONE;\n",
                                       path: "k.sql", dialect: .mysql)
        #expect(result.diagnostics == [])
        #expect(result.skipped == ["alter table": 2])
    }
}

@Suite struct MySQLPartitioningTests {
    static let cases: [(String, Partitioning)] = [
        ("PARTITION BY RANGE COLUMNS(a, b) (PARTITION p0 VALUES LESS THAN (10, 20))", Partitioning(strategy: .range, key: ["a", "b"])),
        ("PARTITION BY LIST (a % 4) (PARTITION p0 VALUES IN (0, 1), PARTITION p1 VALUES IN (2, 3))", Partitioning(strategy: .list, key: ["a % 4"])),
        ("PARTITION BY LIST COLUMNS(b) (PARTITION p0 VALUES IN ('x'))", Partitioning(strategy: .list, key: ["b"])),
        ("PARTITION BY LINEAR HASH (YEAR(d)) PARTITIONS 4", Partitioning(strategy: .hash, key: ["YEAR(d)"])),
        ("PARTITION BY KEY ALGORITHM=2 (a) PARTITIONS 8 SUBPARTITION BY HASH (b)", Partitioning(strategy: .key, key: ["a"])),
        ("/*!50100 PARTITION BY KEY () */", Partitioning(strategy: .key, key: [])),
    ]

    @Test(arguments: cases)
    func partitioningStrategyAndKeyAreRead(_ clause: String, _ expected: Partitioning) throws {
        let result = SchemaReader.read(text: "CREATE TABLE t (a INT, b VARCHAR(5), d DATE, KEY (b) USING HASH) ENGINE=InnoDB \(clause);",
                                       path: "p.sql", dialect: .mysql)
        #expect(result.diagnostics == [])
        let table = try #require(result.model.tables.first)
        #expect(table.partitioning == expected)
        #expect(table.indexes.map(\.method) == ["hash"])
    }

    @Test func alterTableSetsAndRemovesPartitioningAndIgnoresMaintenance() throws {
        let result = SchemaReader.read(text: """
            CREATE TABLE t (a INT, d DATE);
            ALTER TABLE t PARTITION BY HASH (a) PARTITIONS 2;
            ALTER TABLE t ADD PARTITION PARTITIONS 2;
            ALTER TABLE t COALESCE PARTITION 1;
            CREATE TABLE u (a INT) PARTITION BY HASH (a);
            ALTER TABLE u REMOVE PARTITIONING;
            """, path: "p.sql", dialect: .mysql)
        #expect(result.diagnostics == [])
        #expect(result.model.tables.map(\.partitioning) == [Partitioning(strategy: .hash, key: ["a"]), nil])
        #expect(result.skipped == ["alter table": 2])
    }
}
