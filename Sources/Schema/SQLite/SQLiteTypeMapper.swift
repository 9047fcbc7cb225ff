import Foundation

/// Maps an SQLite declared column type to the normalized `DataType`.
///
/// SQLite keeps any type name a column declares and derives only a storage "affinity" from it. The
/// reader maps the declared name itself, so a schema written for SQLite keeps the design it states
/// (`VARCHAR(45)` stays `varchar(45)`), and the raw text is kept in `DataType.raw`. Case is ignored;
/// `UNSIGNED` anywhere sets `isUnsigned`; sizes on integer types (`INT(11)`) are display widths and dropped.
///
/// | declared type | kind | notes |
/// |---|---|---|
/// | `INTEGER` exactly | bigint | SQLite integers are 64-bit; a single-column `INTEGER PRIMARY KEY` is the rowid |
/// | `INT`, `INT4` | integer | |
/// | `TINYINT` / `SMALLINT`, `INT2` / `MEDIUMINT` | tinyint / smallint / mediumint | |
/// | `BIGINT`, `INT8`, `UNSIGNED BIG INT` | bigint | |
/// | `BOOLEAN`, `BOOL` | boolean | |
/// | `REAL`, `DOUBLE`, `DOUBLE PRECISION`, `FLOAT`, `FLOAT8` | double | SQLite stores every float as an 8-byte double |
/// | `NUMERIC(p,s)`, `DECIMAL(p,s)`, `DEC` | decimal | precision and scale when given |
/// | `MONEY` | money | |
/// | `CHAR(n)`, `CHARACTER(n)`, `NCHAR(n)`, `NATIVE CHARACTER(n)` | char | length `n` |
/// | `VARCHAR(n)`, `NVARCHAR(n)`, `VARCHAR2`, `CHARACTER VARYING`, `VARYING CHARACTER` | varchar | length `n` |
/// | `TEXT`, `CLOB`, `NTEXT`, `TINYTEXT`, `MEDIUMTEXT`, `LONGTEXT` | text | |
/// | `CITEXT` | citext | |
/// | `BLOB`, `TINYBLOB`, `MEDIUMBLOB`, `LONGBLOB`, `BYTEA` | blob | |
/// | `BINARY(n)` / `VARBINARY(n)` | binary / varbinary | length `n` |
/// | `BIT(n)` | bit | length `n` |
/// | `DATE` | date | |
/// | `DATETIME`, `TIMESTAMP` | timestamp | SQLite has no time zones |
/// | `TIMESTAMPTZ`, `TIMESTAMP WITH TIME ZONE` | timestamptz | |
/// | `TIME` / `INTERVAL` / `YEAR` | time / interval / year | |
/// | `JSON` / `JSONB` / `UUID` / `XML` | json / jsonb / uuid / xml | |
/// | no type, `ANY` | other `any` | SQLite stores any value there |
/// | anything else (`BLOB SUB_TYPE TEXT`, `POINT`) | other | `typeName` is the lowercased name |
enum SQLiteTypeMapper {
    static func map(_ declared: String) -> DataType {
        let raw = declared.trimmingCharacters(in: .whitespaces)
        var arguments: [Int] = []
        var words: [String] = []
        if let open = raw.firstIndex(of: "("), let close = raw[open...].firstIndex(of: ")") {
            arguments = raw[raw.index(after: open)..<close].split(separator: ",").compactMap {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            words = (String(raw[..<open]) + " " + String(raw[raw.index(after: close)...])).uppercased()
                .split(whereSeparator: \.isWhitespace).map(String.init)
        } else {
            words = raw.uppercased().split(whereSeparator: \.isWhitespace).map(String.init)
        }
        let isUnsigned = words.contains("UNSIGNED")
        let base = words.filter { !["UNSIGNED", "SIGNED", "ZEROFILL"].contains($0) }.joined(separator: " ")
        var type = DataType(kind: .other, raw: raw, isUnsigned: isUnsigned)
        let first = arguments.first
        switch base {
        case "INTEGER": type.kind = .bigint
        case "INT", "INT4": type.kind = .integer
        case "TINYINT": type.kind = .tinyint
        case "SMALLINT", "INT2": type.kind = .smallint
        case "MEDIUMINT": type.kind = .mediumint
        case "BIGINT", "INT8", "BIG INT": type.kind = .bigint
        case "BOOLEAN", "BOOL": type.kind = .boolean
        case "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8": type.kind = .double
        case "NUMERIC", "DECIMAL", "DEC":
            type.kind = .decimal
            type.precision = first
            type.scale = arguments.count > 1 ? arguments[1] : nil
        case "MONEY": type.kind = .money
        case "CHAR", "CHARACTER", "NCHAR", "NATIVE CHARACTER", "NATIONAL CHARACTER", "NATIONAL CHAR":
            type.kind = .char
            type.length = first
        case "VARCHAR", "NVARCHAR", "VARCHAR2", "NVARCHAR2", "CHARACTER VARYING", "VARYING CHARACTER", "NATIONAL VARCHAR":
            type.kind = .varchar
            type.length = first
        case "TEXT", "CLOB", "NTEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT": type.kind = .text
        case "CITEXT": type.kind = .citext
        case "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BYTEA": type.kind = .blob
        case "BINARY":
            type.kind = .binary
            type.length = first
        case "VARBINARY":
            type.kind = .varbinary
            type.length = first
        case "BIT":
            type.kind = .bit
            type.length = first
        case "DATE": type.kind = .date
        case "DATETIME", "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE":
            type.kind = .timestamp
            type.precision = first
        case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE":
            type.kind = .timestamptz
            type.precision = first
        case "TIME":
            type.kind = .time
            type.precision = first
        case "INTERVAL": type.kind = .interval
        case "YEAR": type.kind = .year
        case "JSON": type.kind = .json
        case "JSONB": type.kind = .jsonb
        case "UUID": type.kind = .uuid
        case "XML": type.kind = .xml
        case "", "ANY": type.typeName = QualifiedName("any")
        default: type.typeName = QualifiedName(base.lowercased())
        }
        return type
    }
}
