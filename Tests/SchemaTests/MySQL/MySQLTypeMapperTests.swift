import Testing
@testable import Schema

@Suite struct MySQLTypeMapperTests {
    static let cases: [(String, DataType)] = [
        ("TINYINT(1)", DataType(kind: .boolean, raw: "TINYINT(1)")),
        ("BOOL", DataType(kind: .boolean, raw: "BOOL")),
        ("tinyint(1) unsigned", DataType(kind: .tinyint, raw: "tinyint(1) unsigned", isUnsigned: true)),
        ("TINYINT(4)", DataType(kind: .tinyint, raw: "TINYINT(4)")),
        ("INT(11) ZEROFILL", DataType(kind: .integer, raw: "INT(11) ZEROFILL", isUnsigned: true)),
        ("MEDIUMINT", DataType(kind: .mediumint, raw: "MEDIUMINT")),
        ("SERIAL", DataType(kind: .bigint, raw: "SERIAL", isUnsigned: true)),
        ("DECIMAL", DataType(kind: .decimal, raw: "DECIMAL", precision: 10, scale: 0)),
        ("NUMERIC(8)", DataType(kind: .decimal, raw: "NUMERIC(8)", precision: 8, scale: 0)),
        ("FLOAT", DataType(kind: .real, raw: "FLOAT")),
        ("FLOAT(30)", DataType(kind: .double, raw: "FLOAT(30)")),
        ("FLOAT(7,3)", DataType(kind: .real, raw: "FLOAT(7,3)")),
        ("REAL", DataType(kind: .double, raw: "REAL")),
        ("DOUBLE PRECISION", DataType(kind: .double, raw: "DOUBLE PRECISION")),
        ("CHAR", DataType(kind: .char, raw: "CHAR", length: 1)),
        ("NATIONAL VARCHAR(20)", DataType(kind: .varchar, raw: "NATIONAL VARCHAR(20)", length: 20)),
        ("CHARACTER VARYING(5)", DataType(kind: .varchar, raw: "CHARACTER VARYING(5)", length: 5)),
        ("VARCHAR(10) BINARY", DataType(kind: .varchar, raw: "VARCHAR(10)", length: 10)),
        ("LONGTEXT", DataType(kind: .text, raw: "LONGTEXT")),
        ("LONG VARBINARY", DataType(kind: .blob, raw: "LONG VARBINARY")),
        ("BINARY", DataType(kind: .binary, raw: "BINARY", length: 1)),
        ("VARBINARY(16)", DataType(kind: .varbinary, raw: "VARBINARY(16)", length: 16)),
        ("BIT", DataType(kind: .bit, raw: "BIT", length: 1)),
        ("TIME(3)", DataType(kind: .time, raw: "TIME(3)", precision: 3)),
        ("DATETIME", DataType(kind: .timestamp, raw: "DATETIME")),
        ("TIMESTAMP(6)", DataType(kind: .timestamptz, raw: "TIMESTAMP(6)", precision: 6)),
        ("YEAR(4)", DataType(kind: .year, raw: "YEAR(4)")),
        ("GEOMCOLLECTION", DataType(kind: .geometry, raw: "GEOMCOLLECTION")),
        ("SET('a','b')", DataType(kind: .set, raw: "SET('a','b')", values: ["a", "b"])),
        ("ENUM ('M','F')", DataType(kind: .enumeration, raw: "ENUM ('M','F')", values: ["M", "F"])),
        ("VECTOR(3)", DataType(kind: .vector, raw: "VECTOR(3)", length: 3)),
        ("MONEY", DataType(kind: .other, raw: "MONEY", typeName: QualifiedName("money"))),
    ]

    @Test(arguments: cases)
    func typesMapAsMySQLStoresThem(_ written: String, _ expected: DataType) throws {
        let result = SchemaReader.read(text: "CREATE TABLE t (c \(written));", path: "t.sql", dialect: .mysql)
        #expect(result.diagnostics == [])
        let column = try #require(result.model.tables.first?.columns.first)
        #expect(column.type == expected)
    }

    @Test func serialColumnsAreNotNullAutoIncrementAndUnique() throws {
        let result = SchemaReader.read(text: "CREATE TABLE t (id SERIAL PRIMARY KEY);", path: "t.sql", dialect: .mysql)
        let table = try #require(result.model.tables.first)
        #expect(table.columns.first?.isNullable == false)
        #expect(table.columns.first?.identity == .autoIncrement)
        #expect(table.uniqueConstraints.map(\.columns) == [["id"]])
    }
}
