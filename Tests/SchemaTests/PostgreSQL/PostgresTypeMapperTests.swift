import Testing
@testable import Schema

/// Column types as written in PostgreSQL DDL, read through libpg_query, to the normalized `DataType`.
@Suite struct PostgresTypeMapperTests {
    static let cases: [(String, DataType)] = [
        ("smallint", DataType(kind: .smallint, raw: "smallint")),
        ("int2", DataType(kind: .smallint, raw: "int2")),
        ("int", DataType(kind: .integer, raw: "int")),
        ("int8", DataType(kind: .bigint, raw: "int8")),
        ("real", DataType(kind: .real, raw: "real")),
        ("float", DataType(kind: .double, raw: "float")),
        ("double precision", DataType(kind: .double, raw: "double precision")),
        ("numeric", DataType(kind: .decimal, raw: "numeric")),
        ("decimal(7)", DataType(kind: .decimal, raw: "decimal(7)", precision: 7)),
        ("numeric(12, 4)", DataType(kind: .decimal, raw: "numeric(12, 4)", precision: 12, scale: 4)),
        ("money", DataType(kind: .money, raw: "money")),
        ("boolean", DataType(kind: .boolean, raw: "boolean")),
        ("character(3)", DataType(kind: .char, raw: "character(3)", length: 3)),
        ("character varying", DataType(kind: .varchar, raw: "character varying")),
        ("varchar(80)", DataType(kind: .varchar, raw: "varchar(80)", length: 80)),
        ("text", DataType(kind: .text, raw: "text")),
        ("bytea", DataType(kind: .blob, raw: "bytea")),
        ("bit(8)", DataType(kind: .bit, raw: "bit(8)", length: 8)),
        ("bit varying(5)", DataType(kind: .other, raw: "bit varying(5)", length: 5, typeName: QualifiedName("varbit"))),
        ("date", DataType(kind: .date, raw: "date")),
        ("time(2) without time zone", DataType(kind: .time, raw: "time(2) without time zone", precision: 2)),
        ("time with time zone", DataType(kind: .timetz, raw: "time with time zone")),
        ("timestamp", DataType(kind: .timestamp, raw: "timestamp")),
        ("timestamptz(6)", DataType(kind: .timestamptz, raw: "timestamptz(6)", precision: 6)),
        ("interval", DataType(kind: .interval, raw: "interval")),
        ("uuid", DataType(kind: .uuid, raw: "uuid")),
        ("json", DataType(kind: .json, raw: "json")),
        ("jsonb", DataType(kind: .jsonb, raw: "jsonb")),
        ("xml", DataType(kind: .xml, raw: "xml")),
        ("inet", DataType(kind: .inet, raw: "inet")),
        ("cidr", DataType(kind: .cidr, raw: "cidr")),
        ("macaddr", DataType(kind: .macaddr, raw: "macaddr")),
        ("tsvector", DataType(kind: .tsvector, raw: "tsvector")),
        ("tstzrange", DataType(kind: .range, raw: "tstzrange", typeName: QualifiedName("tstzrange"))),
        ("public.citext", DataType(kind: .citext, raw: "public.citext")),
        ("extensions.vector(1536)", DataType(kind: .vector, raw: "extensions.vector(1536)", length: 1536)),
        ("geometry(Point, 4326)", DataType(kind: .geometry, raw: "geometry(Point, 4326)")),
        ("integer[]", DataType(kind: .integer, raw: "integer[]", arrayDimensions: 1)),
        ("text[][]", DataType(kind: .text, raw: "text[][]", arrayDimensions: 2)),
        ("pg_catalog.point", DataType(kind: .other, raw: "pg_catalog.point", typeName: QualifiedName("point"))),
        ("hstore", DataType(kind: .other, raw: "hstore", typeName: QualifiedName("hstore"))),
    ]

    @Test(arguments: cases)
    func columnTypesMapByName(_ written: String, _ expected: DataType) throws {
        let result = SchemaReader.read(text: "CREATE TABLE t (c \(written));", path: "types.sql", dialect: .postgresql)
        #expect(result.diagnostics == [])
        let column = try #require(result.model.tables.first?.columns.first)
        #expect(column.type == expected)
    }

    @Test(arguments: [("smallserial", TypeKind.smallint), ("serial", .integer), ("serial4", .integer), ("bigserial", .bigint)])
    func serialsAreIntegersWithASequence(_ written: String, _ kind: TypeKind) throws {
        let result = SchemaReader.read(text: "CREATE TABLE s.t (id \(written));", path: "serial.sql", dialect: .postgresql)
        let column = try #require(result.model.tables.first?.columns.first)
        #expect(column.type == DataType(kind: kind, raw: written))
        #expect(column.identity == .serial)
        #expect(column.isNullable == false)
        #expect(result.model.sequences.map(\.name) == [QualifiedName(schema: "s", "t_id_seq")])
        #expect(result.model.sequences.first?.ownedBy == "s.t.id")
    }

    @Test func typesTheFileCreatesResolveEvenWhenDeclaredLater() throws {
        let result = SchemaReader.read(text: """
            CREATE TABLE t (a mood, b positive_int, c pair, d mood[]);
            CREATE TYPE mood AS ENUM ('a');
            CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
            CREATE TYPE pair AS (x int, y int);
            """, path: "late.sql", dialect: .postgresql)
        #expect(result.diagnostics == [])
        let types = try #require(result.model.tables.first).columns.map(\.type)
        #expect(types == [
            DataType(kind: .enumeration, raw: "mood", typeName: QualifiedName("mood")),
            DataType(kind: .domain, raw: "positive_int", typeName: QualifiedName("positive_int")),
            DataType(kind: .userDefined, raw: "pair", typeName: QualifiedName("pair")),
            DataType(kind: .enumeration, raw: "mood[]", arrayDimensions: 1, typeName: QualifiedName("mood")),
        ])
    }
}
