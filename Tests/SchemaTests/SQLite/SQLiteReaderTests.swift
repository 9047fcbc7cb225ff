import Testing
@testable import Schema

@Suite struct SQLiteReaderTests {
    static let shop = MarkedSQL("""
        PRAGMA foreign_keys = ON;
        BEGIN TRANSACTION;
        -- customers; the rowid key counts up and never reuses values
        CREATE TABLE ⟪customers⟫customers (
            ⟪c.id⟫id INTEGER ⟪c.pk⟫PRIMARY KEY AUTOINCREMENT,
            ⟪c.email⟫email TEXT NOT NULL COLLATE NOCASE ⟪c.uq⟫UNIQUE,
            ⟪c.name⟫name VARCHAR(100) NOT NULL DEFAULT 'anonymous',
            ⟪c.created⟫created_at DATETIME NOT NULL DEFAULT   CURRENT_TIMESTAMP,
            ⟪c.active⟫active BOOLEAN NOT NULL DEFAULT TRUE,
            ⟪c.score⟫score REAL DEFAULT NULL ⟪c.check⟫CHECK (score >= 0)
        );
        CREATE TABLE ⟪orders⟫"orders" (
            ⟪o.id⟫id INTEGER NOT NULL,
            ⟪o.customer⟫customer_id INTEGER NOT NULL ⟪o.fk⟫REFERENCES customers (id) ON DELETE CASCADE,
            ⟪o.total⟫total NUMERIC(10, 2) NOT NULL,
            ⟪o.status⟫status TEXT NOT NULL DEFAULT 'cart',
            ⟪o.placed⟫placed_on DATE,
            ⟪o.net⟫net NUMERIC(10,2) GENERATED ALWAYS AS (total  *  0.8) VIRTUAL,
            ⟪o.code⟫code TEXT AS (upper(status)) STORED,
            ⟪o.pk⟫PRIMARY KEY (id),
            CONSTRAINT ⟪o.check⟫orders_total_positive CHECK (total > 0)
        );
        CREATE TABLE ⟪items⟫[order_items] (
            ⟪i.order⟫order_id INTEGER NOT NULL,
            ⟪i.line⟫line INT NOT NULL,
            ⟪i.sku⟫`sku` VARCHAR(32) NOT NULL,
            ⟪i.pk⟫PRIMARY KEY (order_id, line),
            CONSTRAINT ⟪i.uq⟫items_sku UNIQUE (order_id, sku),
            ⟪i.fk⟫FOREIGN KEY (order_id) REFERENCES "orders" ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED
        );
        CREATE TABLE ⟪tags⟫tags (⟪t.name⟫name TEXT ⟪t.pk⟫PRIMARY KEY, ⟪t.uses⟫uses INT NOT NULL DEFAULT 0) WITHOUT ROWID, STRICT;
        CREATE INDEX ⟪ix.orders⟫orders_by_customer ON "orders" (customer_id, placed_on DESC);
        CREATE UNIQUE INDEX ⟪ix.names⟫customers_lower_name ON customers (lower(name), email COLLATE BINARY) WHERE active = 1;
        CREATE VIEW ⟪v⟫open_orders AS SELECT * FROM "orders" WHERE status <> 'paid';
        CREATE TRIGGER orders_touch AFTER UPDATE ON "orders" BEGIN
            UPDATE "orders" SET status = 'changed; really' WHERE id = NEW.id;
        END;
        INSERT INTO customers (email, name) VALUES ('a@example.com', 'A; B');
        ALTER TABLE customers ADD COLUMN ⟪c.phone⟫phone TEXT;
        COMMIT;
        """)

    @Test func readsEveryConstructIntoTheModel() throws {
        let sql = Self.shop
        let result = sql.read(.sqlite)
        #expect(result.diagnostics == [])
        #expect(result.statementCount == 13)
        #expect(result.skipped == ["pragma": 1, "begin": 1, "create trigger": 1, "insert": 1, "commit": 1])
        let model = result.model
        #expect(model.namespaces == [])
        #expect(model.views == [View(name: QualifiedName("open_orders"), location: sql["v"])])
        #expect(model.tables.map(\.name.name) == ["customers", "orders", "order_items", "tags"])
        try #require(model.tables.count == 4)

        #expect(model.tables[0] == Table(
            name: QualifiedName("customers"),
            columns: [
                Column(name: "id", type: DataType(kind: .bigint, raw: "INTEGER"), isNullable: false,
                       identity: .autoIncrement, location: sql["c.id"]),
                Column(name: "email", type: DataType(kind: .text, raw: "TEXT"), isNullable: false,
                       collation: "NOCASE", location: sql["c.email"]),
                Column(name: "name", type: DataType(kind: .varchar, raw: "VARCHAR(100)", length: 100), isNullable: false,
                       defaultExpression: "'anonymous'", location: sql["c.name"]),
                Column(name: "created_at", type: DataType(kind: .timestamp, raw: "DATETIME"), isNullable: false,
                       defaultExpression: "CURRENT_TIMESTAMP", location: sql["c.created"]),
                Column(name: "active", type: DataType(kind: .boolean, raw: "BOOLEAN"), isNullable: false,
                       defaultExpression: "TRUE", location: sql["c.active"]),
                Column(name: "score", type: DataType(kind: .double, raw: "REAL"), location: sql["c.score"]),
                Column(name: "phone", type: DataType(kind: .text, raw: "TEXT"), location: sql["c.phone"]),
            ],
            primaryKey: PrimaryKey(columns: ["id"], location: sql["c.pk"]),
            uniqueConstraints: [UniqueConstraint(columns: ["email"], location: sql["c.uq"])],
            checks: [CheckConstraint(expression: "score >= 0", location: sql["c.check"])],
            indexes: [Index(name: "customers_lower_name", isUnique: true,
                            elements: [IndexElement(.expression("lower(name)")), IndexElement(.column("email"), collation: "BINARY")],
                            predicate: "active = 1", location: sql["ix.names"])],
            location: sql["customers"]))

        #expect(model.tables[1] == Table(
            name: QualifiedName("orders"),
            columns: [
                Column(name: "id", type: DataType(kind: .bigint, raw: "INTEGER"), isNullable: false,
                       identity: .rowid, location: sql["o.id"]),
                Column(name: "customer_id", type: DataType(kind: .bigint, raw: "INTEGER"), isNullable: false,
                       location: sql["o.customer"]),
                Column(name: "total", type: DataType(kind: .decimal, raw: "NUMERIC(10, 2)", precision: 10, scale: 2),
                       isNullable: false, location: sql["o.total"]),
                Column(name: "status", type: DataType(kind: .text, raw: "TEXT"), isNullable: false,
                       defaultExpression: "'cart'", location: sql["o.status"]),
                Column(name: "placed_on", type: DataType(kind: .date, raw: "DATE"), location: sql["o.placed"]),
                Column(name: "net", type: DataType(kind: .decimal, raw: "NUMERIC(10,2)", precision: 10, scale: 2),
                       generated: GeneratedColumn(expression: "total * 0.8", isStored: false), location: sql["o.net"]),
                Column(name: "code", type: DataType(kind: .text, raw: "TEXT"),
                       generated: GeneratedColumn(expression: "upper(status)", isStored: true), location: sql["o.code"]),
            ],
            primaryKey: PrimaryKey(columns: ["id"], location: sql["o.pk"]),
            foreignKeys: [ForeignKey(columns: ["customer_id"], referencedTable: QualifiedName("customers"),
                                     referencedColumns: ["id"], onDelete: .cascade, location: sql["o.fk"])],
            checks: [CheckConstraint(name: "orders_total_positive", expression: "total > 0", location: sql["o.check"])],
            indexes: [Index(name: "orders_by_customer",
                            elements: [.column("customer_id"), IndexElement(.column("placed_on"), isDescending: true)],
                            location: sql["ix.orders"])],
            location: sql["orders"]))

        #expect(model.tables[2] == Table(
            name: QualifiedName("order_items"),
            columns: [
                Column(name: "order_id", type: DataType(kind: .bigint, raw: "INTEGER"), isNullable: false, location: sql["i.order"]),
                Column(name: "line", type: DataType(kind: .integer, raw: "INT"), isNullable: false, location: sql["i.line"]),
                Column(name: "sku", type: DataType(kind: .varchar, raw: "VARCHAR(32)", length: 32), isNullable: false,
                       location: sql["i.sku"]),
            ],
            primaryKey: PrimaryKey(columns: ["order_id", "line"], location: sql["i.pk"]),
            uniqueConstraints: [UniqueConstraint(name: "items_sku", columns: ["order_id", "sku"], location: sql["i.uq"])],
            foreignKeys: [ForeignKey(columns: ["order_id"], referencedTable: QualifiedName("orders"), referencedColumns: [],
                                     onDelete: .cascade, onUpdate: .setNull, isDeferrable: true, isInitiallyDeferred: true,
                                     location: sql["i.fk"])],
            location: sql["items"]))

        #expect(model.tables[3] == Table(
            name: QualifiedName("tags"),
            columns: [
                Column(name: "name", type: DataType(kind: .text, raw: "TEXT"), isNullable: false, location: sql["t.name"]),
                Column(name: "uses", type: DataType(kind: .integer, raw: "INT"), isNullable: false, defaultExpression: "0",
                       location: sql["t.uses"]),
            ],
            primaryKey: PrimaryKey(columns: ["name"], location: sql["t.pk"]),
            options: ["without_rowid": "true", "strict": "true"],
            location: sql["tags"]))
    }

    @Test func aPrimaryKeyOtherThanExactlyIntegerIsNotTheRowid() throws {
        let result = SchemaReader.read(text: """
            CREATE TABLE a (id INT PRIMARY KEY);
            CREATE TABLE b (id integer PRIMARY KEY);
            CREATE TABLE c (id INTEGER PRIMARY KEY DESC);
            CREATE TABLE d (id BIGINT PRIMARY KEY);
            """, path: "k.sql", dialect: .sqlite)
        #expect(result.model.tables.map { $0.columns[0].identity } == [nil, .rowid, nil, nil])
        // SQLite lets a non-rowid key column hold NULL unless it says NOT NULL; the model keeps that.
        #expect(result.model.tables.map { $0.columns[0].isNullable } == [true, false, true, true])
    }

    @Test func virtualTablesAreTablesWithTheirModuleAndNoShadowTables() throws {
        let sql = MarkedSQL("CREATE VIRTUAL TABLE ⟪docs⟫docs USING fts5(⟪title⟫title, body);")
        let result = sql.read(.sqlite)
        #expect(result.diagnostics == [])
        #expect(result.model.tables == [Table(
            name: QualifiedName("docs"),
            columns: [
                Column(name: "title", type: DataType(kind: .other, raw: "", typeName: QualifiedName("any")), location: sql["title"]),
                Column(name: "body", type: DataType(kind: .other, raw: "", typeName: QualifiedName("any")), location: sql["title"].advanced(by: 7)),
            ],
            options: ["using": "fts5"],
            location: sql["docs"])])
    }

    @Test func alterAndDropChangeWhatIsRead() throws {
        let sql = MarkedSQL("""
            CREATE TABLE old_name (⟪a⟫a INT, b TEXT);
            ALTER TABLE old_name RENAME TO people;
            ALTER TABLE people RENAME COLUMN b TO full_name;
            CREATE TABLE gone (x INT);
            CREATE INDEX gone_x ON gone (x);
            DROP TABLE gone;
            DROP TABLE IF EXISTS never_created;
            DROP TABLE never_created_either;
            CREATE TABLE IF NOT EXISTS people (other INT);
            CREATE TEMP TABLE ⟪scratch⟫scratch (⟪s.v⟫v BLOB);
            """)
        let result = sql.read(.sqlite)
        #expect(result.diagnostics == [])
        #expect(result.skipped == ["drop table": 3])
        #expect(result.model.namespaces == ["temp"])
        #expect(result.model.tables.map(\.name) == [QualifiedName("people"), QualifiedName(schema: "temp", "scratch")])
        #expect(result.model.tables.first?.columns.map(\.name) == ["a", "full_name"])
        #expect(result.model.tables.first?.columns.first?.location == sql["a"])
        // The table keeps the place of the CREATE TABLE that made it, under its new name.
        #expect(result.model.tables.first?.location == Schema.SourceLocation(file: "test.sql", line: 1, column: 14))
        #expect(result.model.tables.last?.columns == [
            Column(name: "v", type: DataType(kind: .blob, raw: "BLOB"), location: sql["s.v"]),
        ])
    }
}
