/// Maps a MySQL data type to the normalized `DataType`. `raw` keeps the type as written
/// (`INT(10) UNSIGNED`); UNSIGNED and ZEROFILL set `isUnsigned`.
///
/// | MySQL type | kind | notes |
/// |---|---|---|
/// | `TINYINT(1)`, `BOOL`, `BOOLEAN` | boolean | MySQL's boolean is TINYINT(1) |
/// | `TINYINT`, `INT1` | tinyint | display widths (`INT(11)`) are dropped: precision nil |
/// | `SMALLINT`, `INT2` / `MEDIUMINT`, `INT3`, `MIDDLEINT` | smallint / mediumint | |
/// | `INT`, `INTEGER`, `INT4` | integer | |
/// | `BIGINT`, `INT8` | bigint | |
/// | `SERIAL` | bigint unsigned | the column also becomes NOT NULL AUTO_INCREMENT UNIQUE |
/// | `DECIMAL(p,s)`, `NUMERIC`, `DEC`, `FIXED` | decimal | MySQL's defaults when omitted: p 10, s 0 |
/// | `FLOAT`, `FLOAT4`, `FLOAT(p)` with p ≤ 24 | real | 4-byte |
/// | `DOUBLE`, `DOUBLE PRECISION`, `REAL`, `FLOAT8`, `FLOAT(p)` with p > 24 | double | 8-byte |
/// | `BIT(n)` | bit | length n (default 1) |
/// | `CHAR(n)`, `CHARACTER`, `NCHAR`, `NATIONAL CHAR` | char | length n (default 1) |
/// | `VARCHAR(n)`, `CHARACTER VARYING`, `NVARCHAR`, `NATIONAL VARCHAR` | varchar | length n |
/// | `TINYTEXT`, `TEXT`, `MEDIUMTEXT`, `LONGTEXT`, `LONG`, `LONG VARCHAR` | text | |
/// | `BINARY(n)` / `VARBINARY(n)` | binary / varbinary | length n (BINARY default 1) |
/// | `TINYBLOB`, `BLOB`, `MEDIUMBLOB`, `LONGBLOB`, `LONG VARBINARY` | blob | |
/// | `DATE` | date | |
/// | `TIME(fsp)` | time | precision fsp |
/// | `DATETIME(fsp)` | timestamp | a wall-clock time, no zone |
/// | `TIMESTAMP(fsp)` | timestamptz | MySQL stores it in UTC and converts on the way in and out |
/// | `YEAR` | year | |
/// | `JSON` | json | |
/// | `ENUM('a',...)` / `SET('a',...)` | enum / set | `values` holds the members |
/// | `GEOMETRY`, `POINT`, `LINESTRING`, `POLYGON`, `MULTI...`, `GEOMETRYCOLLECTION`, `GEOMCOLLECTION` | geometry | |
/// | `VECTOR(n)` | vector | length n |
/// | anything else | other | `typeName` is the lowercased name |
enum MySQLTypeMapper {
    static func map(name: String, arguments: [Int], values: [String], isUnsigned: Bool, raw: String) -> DataType {
        var type = DataType(kind: .other, raw: raw, isUnsigned: isUnsigned, values: values)
        let first = arguments.first
        switch name {
        case "BOOL", "BOOLEAN": type.kind = .boolean
        case "TINYINT", "INT1": type.kind = arguments == [1] && !isUnsigned ? .boolean : .tinyint
        case "SMALLINT", "INT2": type.kind = .smallint
        case "MEDIUMINT", "INT3", "MIDDLEINT": type.kind = .mediumint
        case "INT", "INTEGER", "INT4": type.kind = .integer
        case "BIGINT", "INT8": type.kind = .bigint
        case "SERIAL":
            type.kind = .bigint
            type.isUnsigned = true
        case "DECIMAL", "NUMERIC", "DEC", "FIXED":
            type.kind = .decimal
            type.precision = first ?? 10
            type.scale = arguments.count > 1 ? arguments[1] : 0
        case "FLOAT", "FLOAT4":
            type.kind = arguments.count == 1 && (first ?? 0) > 24 ? .double : .real
        case "DOUBLE", "DOUBLE PRECISION", "REAL", "FLOAT8": type.kind = .double
        case "BIT":
            type.kind = .bit
            type.length = first ?? 1
        case "CHAR", "CHARACTER", "NCHAR":
            type.kind = .char
            type.length = first ?? 1
        case "VARCHAR", "NVARCHAR", "VARCHARACTER":
            type.kind = .varchar
            type.length = first
        case "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT": type.kind = .text
        case "BINARY":
            type.kind = .binary
            type.length = first ?? 1
        case "VARBINARY":
            type.kind = .varbinary
            type.length = first
        case "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB": type.kind = .blob
        case "DATE": type.kind = .date
        case "TIME":
            type.kind = .time
            type.precision = first
        case "DATETIME":
            type.kind = .timestamp
            type.precision = first
        case "TIMESTAMP":
            type.kind = .timestamptz
            type.precision = first
        case "YEAR": type.kind = .year
        case "JSON": type.kind = .json
        case "ENUM": type.kind = .enumeration
        case "SET": type.kind = .set
        case "GEOMETRY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON",
             "GEOMETRYCOLLECTION", "GEOMCOLLECTION":
            type.kind = .geometry
        case "VECTOR":
            type.kind = .vector
            type.length = first
        default:
            type.typeName = QualifiedName(name.lowercased())
        }
        return type
    }
}
