/// A column's type: the dialect's own spelling and a normalized kind that is the same across
/// dialects (MySQL `INT`, SQLite `INTEGER` and PostgreSQL `int4` are all `.integer`).
public struct DataType: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The normalized kind.
    public var kind: TypeKind
    /// The type as written in the source, e.g. `character varying(255)`, `int(10) unsigned`.
    public var raw: String
    /// Character length (`varchar(255)`), or bit length.
    public var length: Int?
    /// Numeric precision (`numeric(12,2)` → 12), or fractional seconds precision for time types.
    public var precision: Int?
    /// Numeric scale (`numeric(12,2)` → 2).
    public var scale: Int?
    /// MySQL `UNSIGNED`.
    public var isUnsigned: Bool
    /// Array dimensions (PostgreSQL `text[]` → 1).
    public var arrayDimensions: Int
    /// For `.enumeration`, `.domain` and `.userDefined`: the type's name. For `.other`: the lowercased base name.
    public var typeName: QualifiedName?
    /// MySQL inline `ENUM(...)` / `SET(...)` values.
    public var values: [String]

    public init(kind: TypeKind, raw: String, length: Int? = nil, precision: Int? = nil, scale: Int? = nil,
                isUnsigned: Bool = false, arrayDimensions: Int = 0, typeName: QualifiedName? = nil,
                values: [String] = []) {
        self.kind = kind
        self.raw = raw
        self.length = length
        self.precision = precision
        self.scale = scale
        self.isUnsigned = isUnsigned
        self.arrayDimensions = arrayDimensions
        self.typeName = typeName
        self.values = values
    }

    public var isArray: Bool { arrayDimensions > 0 }

    /// The normalized spelling used in digests and fingerprints: `varchar(255)`, `numeric(12,2)`,
    /// `bigint unsigned`, `text[]`, `enum mood`.
    public var normalized: String {
        var text: String
        switch kind {
        case .enumeration, .domain, .userDefined:
            text = typeName?.description ?? kind.rawValue
        case .other:
            text = typeName?.description ?? raw.lowercased()
        default:
            text = kind.rawValue
        }
        if let length { text += "(\(length))" }
        else if let precision, kind == .decimal {
            text += scale.map { "(\(precision),\($0))" } ?? "(\(precision))"
        }
        if kind == .enumeration, !values.isEmpty, typeName == nil {
            text = "enum(" + values.joined(separator: ",") + ")"
        }
        if kind == .set, !values.isEmpty { text = "set(" + values.joined(separator: ",") + ")" }
        if isUnsigned { text += " unsigned" }
        text += String(repeating: "[]", count: arrayDimensions)
        return text
    }

    public var description: String { normalized }
}

/// Normalized type kinds. The raw value is the canonical spelling.
public enum TypeKind: String, Codable, Sendable, CaseIterable {
    // integers
    case tinyint, smallint, mediumint, integer, bigint
    // exact and approximate numbers
    case decimal, real, double, money
    case boolean
    // text
    case char, varchar, text, citext
    // binary
    case binary, varbinary, blob, bit
    // time
    case date, time, timetz, timestamp, timestamptz, interval, year
    // structured
    case uuid, json, jsonb, xml
    // network
    case inet, cidr, macaddr
    // search, space, vectors
    case tsvector, tsquery, geometry, geography, vector
    case range
    /// PostgreSQL `CREATE TYPE ... AS ENUM`, or MySQL inline `ENUM(...)`.
    case enumeration = "enum"
    /// MySQL `SET(...)`.
    case set
    /// A PostgreSQL domain.
    case domain
    /// A named type the schema declares that is neither enum nor domain (composite, range, ...).
    case userDefined = "user-defined"
    /// A type `review` has no kind for; `DataType.typeName` keeps its name.
    case other

    public var isInteger: Bool { [.tinyint, .smallint, .mediumint, .integer, .bigint].contains(self) }
    public var isApproximateNumber: Bool { self == .real || self == .double }
    public var isNumeric: Bool { isInteger || isApproximateNumber || self == .decimal || self == .money }
    public var isText: Bool { [.char, .varchar, .text, .citext].contains(self) }
    public var isTemporal: Bool { [.date, .time, .timetz, .timestamp, .timestamptz, .interval, .year].contains(self) }
}
