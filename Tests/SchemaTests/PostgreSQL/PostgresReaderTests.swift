import Testing
@testable import Schema

/// A pg_dump-style file with every construct the PostgreSQL reader models, read to an exact model.
@Suite struct PostgresReaderTests {
    static let dump = MarkedSQL("""
        SET statement_timeout = 0;
        SELECT pg_catalog.set_config('search_path', '', false);
        CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
        CREATE SCHEMA billing;
        ⟪mood⟫CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
        ⟪money⟫CREATE DOMAIN billing.money_amount AS numeric(12,2) NOT NULL DEFAULT 0 CHECK (VALUE >= 0);
        CREATE SEQUENCE ⟪seq⟫public.orders_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
        CREATE TABLE ⟪customers⟫public.customers (
            ⟪c.id⟫id integer GENERATED ALWAYS AS IDENTITY,
            ⟪c.email⟫email character varying(255) NOT NULL,
            ⟪c.name⟫name text DEFAULT NULL,
            ⟪c.feeling⟫feeling public.mood DEFAULT 'ok'::public.mood,
            ⟪c.score⟫score double precision,
            ⟪c.created⟫created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
            ⟪c.tags⟫tags text[],
            ⟪c.nick⟫nick character varying(40) DEFAULT NULL::character varying,
            ⟪c.pk⟫CONSTRAINT customers_pkey PRIMARY KEY (id),
            ⟪c.uq⟫CONSTRAINT customers_email_key UNIQUE (email)
        );
        CREATE TABLE ⟪orders⟫public.orders (
            ⟪o.id⟫id bigint NOT NULL,
            ⟪o.customer⟫customer_id integer,
            ⟪o.total⟫total billing.money_amount,
            ⟪o.code⟫code char(8) ⟪o.uq⟫UNIQUE NULLS NOT DISTINCT,
            ⟪o.n⟫n serial,
            ⟪o.upper⟫upper_code text GENERATED ALWAYS AS (upper(code)) STORED
        );
        ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);
        ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
        ALTER TABLE ONLY public.orders ADD ⟪o.pk⟫CONSTRAINT orders_pkey PRIMARY KEY (id);
        ALTER TABLE ONLY public.orders ADD ⟪o.fk⟫CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED NOT VALID;
        ALTER TABLE public.orders ADD ⟪o.check⟫CONSTRAINT orders_total_check CHECK ((total > (0)::numeric)) NOT VALID;
        ALTER TABLE public.orders ADD COLUMN ⟪o.note⟫note text;
        ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL;
        ALTER TABLE public.orders OWNER TO shop;
        ⟪o.ix⟫CREATE UNIQUE INDEX CONCURRENTLY orders_lower_code ON public.orders USING btree (lower(code) DESC NULLS LAST, customer_id) INCLUDE (note) WHERE (customer_id IS NOT NULL);
        ⟪c.ix⟫CREATE INDEX customers_email_trgm ON public.customers USING gin (email public.gin_trgm_ops);
        COMMENT ON TABLE public.customers IS 'People who buy';
        COMMENT ON COLUMN public.customers.email IS 'login';
        CREATE VIEW ⟪view⟫public.big_orders AS SELECT * FROM public.orders WHERE id > 10;
        CREATE MATERIALIZED VIEW ⟪matview⟫billing.totals AS SELECT 1 AS x;
        CREATE TABLE ⟪events⟫public.events (⟪e.id⟫id bigint, ⟪e.at⟫at date NOT NULL) PARTITION BY RANGE (at);
        CREATE TABLE ⟪e2024⟫public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE ⟪child⟫public.child (⟪child.extra⟫extra int) INHERITS (public.events);
        GRANT SELECT ON public.orders TO reader;
        CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
        CREATE TRIGGER t BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.f();
        CREATE TABLE billing.bad (id int,⟪error⟫, x int);
        CREATE TABLE ⟪after⟫billing.after_bad (⟪a.id⟫id int ⟪a.pk⟫PRIMARY KEY ⟪a.fk⟫REFERENCES public.orders ON DELETE CASCADE);
        """)

    @Test func readsAPgDumpWithEveryConstruct() throws {
        let sql = Self.dump
        let result = sql.read(.postgresql)
        #expect(result.diagnostics == [Diagnostic(
            ruleID: "syntax-error", severity: .error, message: "syntax error at or near \",\"", location: sql["error"],
            fix: "this statement was not read; review reads PostgreSQL 15 syntax (libpg_query)")])
        #expect(result.statementCount == 31)
        #expect(result.skipped == ["set": 1, "select": 1, "create extension": 1, "owner to": 1, "grant": 1,
                                   "create function": 1, "create trigger": 1])
        let model = result.model
        #expect(model.dialect == .postgresql)
        #expect(model.namespaces == ["billing"])
        #expect(model.enums == [EnumType(name: QualifiedName("mood"), values: ["sad", "ok", "happy"], location: sql["mood"])])
        #expect(model.domains == [Domain(
            name: QualifiedName(schema: "billing", "money_amount"),
            baseType: DataType(kind: .decimal, raw: "numeric(12,2)", precision: 12, scale: 2), isNullable: false,
            defaultExpression: "0", checks: ["value >= 0"], location: sql["money"])])
        #expect(model.sequences == [
            Sequence(name: QualifiedName("orders_id_seq"), ownedBy: "orders.id", location: sql["seq"]),
            Sequence(name: QualifiedName("orders_n_seq"), ownedBy: "orders.n", location: sql["o.n"]),
        ])
        #expect(model.views == [
            View(name: QualifiedName("big_orders"), location: sql["view"]),
            View(name: QualifiedName(schema: "billing", "totals"), isMaterialized: true, location: sql["matview"]),
        ])
        #expect(model.tables.map(\.name.description) == ["customers", "orders", "events", "events_2024", "child", "billing.after_bad"])
        try #require(model.tables.count == 6)

        #expect(model.tables[0] == Table(
            name: QualifiedName("customers"),
            columns: [
                Column(name: "id", type: DataType(kind: .integer, raw: "integer"), isNullable: false, identity: .always,
                       location: sql["c.id"]),
                Column(name: "email", type: DataType(kind: .varchar, raw: "character varying(255)", length: 255),
                       isNullable: false, comment: "login", location: sql["c.email"]),
                Column(name: "name", type: DataType(kind: .text, raw: "text"), location: sql["c.name"]),
                Column(name: "feeling", type: DataType(kind: .enumeration, raw: "public.mood", typeName: QualifiedName("mood")),
                       defaultExpression: "'ok'::public.mood", location: sql["c.feeling"]),
                Column(name: "score", type: DataType(kind: .double, raw: "double precision"), location: sql["c.score"]),
                Column(name: "created_at", type: DataType(kind: .timestamptz, raw: "timestamp(3) with time zone", precision: 3),
                       isNullable: false, defaultExpression: "now()", location: sql["c.created"]),
                Column(name: "tags", type: DataType(kind: .text, raw: "text[]", arrayDimensions: 1), location: sql["c.tags"]),
                Column(name: "nick", type: DataType(kind: .varchar, raw: "character varying(40)", length: 40), location: sql["c.nick"]),
            ],
            primaryKey: PrimaryKey(name: "customers_pkey", columns: ["id"], location: sql["c.pk"]),
            uniqueConstraints: [UniqueConstraint(name: "customers_email_key", columns: ["email"], location: sql["c.uq"])],
            indexes: [Index(name: "customers_email_trgm", elements: [IndexElement(.column("email"), operatorClass: "gin_trgm_ops")],
                            method: "gin", location: sql["c.ix"])],
            comment: "People who buy",
            location: sql["customers"]))

        #expect(model.tables[1] == Table(
            name: QualifiedName("orders"),
            columns: [
                Column(name: "id", type: DataType(kind: .bigint, raw: "bigint"), isNullable: false, identity: .serial, location: sql["o.id"]),
                Column(name: "customer_id", type: DataType(kind: .integer, raw: "integer"), location: sql["o.customer"]),
                Column(name: "total", type: DataType(kind: .domain, raw: "billing.money_amount",
                                                     typeName: QualifiedName(schema: "billing", "money_amount")),
                       location: sql["o.total"]),
                Column(name: "code", type: DataType(kind: .char, raw: "char(8)", length: 8), location: sql["o.code"]),
                Column(name: "n", type: DataType(kind: .integer, raw: "serial"), isNullable: false, identity: .serial, location: sql["o.n"]),
                Column(name: "upper_code", type: DataType(kind: .text, raw: "text"),
                       generated: GeneratedColumn(expression: "upper(code)", isStored: true), location: sql["o.upper"]),
                Column(name: "note", type: DataType(kind: .text, raw: "text"), isNullable: false, location: sql["o.note"]),
            ],
            primaryKey: PrimaryKey(name: "orders_pkey", columns: ["id"], location: sql["o.pk"]),
            uniqueConstraints: [UniqueConstraint(columns: ["code"], nullsNotDistinct: true, location: sql["o.uq"])],
            foreignKeys: [ForeignKey(name: "orders_customer_fk", columns: ["customer_id"], referencedTable: QualifiedName("customers"),
                                     referencedColumns: ["id"], onDelete: .setNull, onUpdate: .cascade, isDeferrable: true,
                                     isInitiallyDeferred: true, isNotValid: true, location: sql["o.fk"])],
            checks: [CheckConstraint(name: "orders_total_check", expression: "total > 0::numeric", isNotValid: true, location: sql["o.check"])],
            indexes: [Index(name: "orders_lower_code", isUnique: true,
                            elements: [IndexElement(.expression("lower(code)"), isDescending: true, nullsFirst: false), .column("customer_id")],
                            predicate: "customer_id IS NOT NULL", include: ["note"], location: sql["o.ix"])],
            location: sql["orders"]))

        let eventColumns = [
            Column(name: "id", type: DataType(kind: .bigint, raw: "bigint"), location: sql["e.id"]),
            Column(name: "at", type: DataType(kind: .date, raw: "date"), isNullable: false, location: sql["e.at"]),
        ]
        #expect(model.tables[2] == Table(name: QualifiedName("events"), columns: eventColumns,
                                         partitioning: Partitioning(strategy: .range, key: ["at"]), location: sql["events"]))
        #expect(model.tables[3] == Table(
            name: QualifiedName("events_2024"), columns: eventColumns,
            partitionOf: PartitionParent(parent: QualifiedName("events"), bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
            location: sql["e2024"]))
        #expect(model.tables[4] == Table(
            name: QualifiedName("child"),
            columns: eventColumns + [Column(name: "extra", type: DataType(kind: .integer, raw: "int"), location: sql["child.extra"])],
            inherits: [QualifiedName("events")], location: sql["child"]))
        #expect(model.tables[5] == Table(
            name: QualifiedName(schema: "billing", "after_bad"),
            columns: [Column(name: "id", type: DataType(kind: .integer, raw: "int"), isNullable: false, location: sql["a.id"])],
            primaryKey: PrimaryKey(columns: ["id"], location: sql["a.pk"]),
            foreignKeys: [ForeignKey(columns: ["id"], referencedTable: QualifiedName("orders"), referencedColumns: ["id"],
                                     onDelete: .cascade, location: sql["a.fk"])],
            location: sql["after"]))
    }

    @Test func detectsAPgDumpWithoutBeingTold() {
        let result = SchemaReader.read(text: Self.dump.text, path: "dump.sql")
        #expect(result.dialect == .postgresql)
        #expect(result.model.tables.count == 6)
    }

    @Test func likeCopiesColumnsAndWhatItsOptionsInclude() {
        let result = SchemaReader.read(text: """
            CREATE TABLE base (id int PRIMARY KEY, code text DEFAULT 'x' NOT NULL CHECK (code <> ''));
            CREATE INDEX base_code ON base (code);
            COMMENT ON COLUMN base.code IS 'the code';
            CREATE TABLE bare (LIKE base, extra int);
            CREATE TABLE full_copy (LIKE base INCLUDING ALL);
            """, path: "like.sql", dialect: .postgresql)
        #expect(result.diagnostics == [])
        let tables = result.model.tables
        #expect(tables.map(\.name.name) == ["base", "bare", "full_copy"])
        guard tables.count == 3 else { return }
        // Without INCLUDING: names, types and NOT NULL only.
        #expect(tables[1].columns.map(\.name) == ["id", "code", "extra"])
        #expect(tables[1].columns.map(\.isNullable) == [false, false, true])
        #expect(tables[1].columns.map(\.defaultExpression) == [nil, nil, nil])
        #expect(tables[1].columns.map(\.comment) == [nil, nil, nil])
        #expect(tables[1].primaryKey == nil && tables[1].checks == [] && tables[1].indexes == [])
        // INCLUDING ALL: defaults, constraints, indexes and comments too.
        #expect(tables[2].columns.map(\.defaultExpression) == [nil, "'x'"])
        #expect(tables[2].columns.map(\.comment) == [nil, "the code"])
        #expect(tables[2].primaryKey?.columns == ["id"])
        #expect(tables[2].checks.map(\.expression) == ["code <> ''"])
        #expect(tables[2].indexes.map(\.elements) == [[.column("code")]])
    }
}
