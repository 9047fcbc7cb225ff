import Testing
@testable import Schema

@Suite struct SQLiteTypeMapperTests {
    static let cases: [(String, DataType)] = [
        ("INTEGER", DataType(kind: .bigint, raw: "INTEGER")),
        ("int", DataType(kind: .integer, raw: "int")),
        ("INT(11)", DataType(kind: .integer, raw: "INT(11)")),
        ("UNSIGNED BIG INT", DataType(kind: .bigint, raw: "UNSIGNED BIG INT", isUnsigned: true)),
        ("SMALLINT", DataType(kind: .smallint, raw: "SMALLINT")),
        ("NVARCHAR(160)", DataType(kind: .varchar, raw: "NVARCHAR(160)", length: 160)),
        ("CHARACTER VARYING(10)", DataType(kind: .varchar, raw: "CHARACTER VARYING(10)", length: 10)),
        ("CHAR(1)", DataType(kind: .char, raw: "CHAR(1)", length: 1)),
        ("CLOB", DataType(kind: .text, raw: "CLOB")),
        ("DECIMAL(5, 2)", DataType(kind: .decimal, raw: "DECIMAL(5, 2)", precision: 5, scale: 2)),
        ("NUMERIC", DataType(kind: .decimal, raw: "NUMERIC")),
        ("REAL", DataType(kind: .double, raw: "REAL")),
        ("DOUBLE PRECISION", DataType(kind: .double, raw: "DOUBLE PRECISION")),
        ("FLOAT", DataType(kind: .double, raw: "FLOAT")),
        ("BOOLEAN", DataType(kind: .boolean, raw: "BOOLEAN")),
        ("DATETIME", DataType(kind: .timestamp, raw: "DATETIME")),
        ("TIMESTAMP WITH TIME ZONE", DataType(kind: .timestamptz, raw: "TIMESTAMP WITH TIME ZONE")),
        ("DATE", DataType(kind: .date, raw: "DATE")),
        ("BLOB", DataType(kind: .blob, raw: "BLOB")),
        ("JSON", DataType(kind: .json, raw: "JSON")),
        ("", DataType(kind: .other, raw: "", typeName: QualifiedName("any"))),
        ("BLOB SUB_TYPE TEXT", DataType(kind: .other, raw: "BLOB SUB_TYPE TEXT", typeName: QualifiedName("blob sub_type text"))),
        ("POINT", DataType(kind: .other, raw: "POINT", typeName: QualifiedName("point"))),
    ]

    @Test(arguments: cases)
    func declaredTypesMapByName(_ declared: String, _ expected: DataType) {
        #expect(SQLiteTypeMapper.map(declared) == expected)
    }
}
