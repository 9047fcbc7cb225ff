/// Maps a PostgreSQL type, as libpg_query's grammar resolves it, to the normalized `DataType`.
///
/// | PostgreSQL (internal name, SQL spellings)            | `TypeKind`      | size fields             |
/// |------------------------------------------------------|-----------------|-------------------------|
/// | int2 (smallint), int4 (integer, int), int8 (bigint)   | smallint, integer, bigint | –             |
/// | smallserial, serial, bigserial (serial2/4/8)          | smallint, integer, bigint + `Identity.serial` | – |
/// | float4 (real), float8 (double precision, float)       | real, double    | –                       |
/// | numeric (decimal)                                     | decimal         | precision, scale        |
/// | money                                                 | money           | –                       |
/// | bool (boolean)                                        | boolean         | –                       |
/// | bpchar (character, char)                              | char            | length                  |
/// | varchar (character varying)                           | varchar         | length                  |
/// | text; citext (extension)                              | text; citext    | –                       |
/// | bytea                                                 | blob            | –                       |
/// | bit                                                   | bit             | length                  |
/// | varbit (bit varying)                                  | other `varbit`  | length                  |
/// | date; interval                                        | date; interval  | precision (interval)    |
/// | time, timetz, timestamp, timestamptz (with/without time zone) | time, timetz, timestamp, timestamptz | precision |
/// | uuid, json, jsonb, xml                                | same names      | –                       |
/// | inet, cidr, macaddr                                   | same names      | –                       |
/// | tsvector, tsquery                                     | same names      | –                       |
/// | int4range, int8range, numrange, tsrange, tstzrange, daterange (and multiranges) | range, `typeName` the range | – |
/// | geometry, geography (PostGIS)                         | geometry, geography | – (subtype and SRID stay in `raw`) |
/// | vector (pgvector)                                     | vector          | length = dimensions     |
/// | an enum, domain or other type the file creates        | enum, domain, user-defined (resolved at the end of the file) | – |
/// | anything else (`point`, `hstore`, `ltree`, ...)       | other, `typeName` its name | –            |
///
/// Array dimensions come from `[]` (or ARRAY). Names in `pg_catalog` or `public`, or unqualified, are
/// looked up in this table; extension types are recognized in any schema.
enum PgTypeMapper {
    /// The mapped type and whether it was a serial pseudo-type.
    struct Mapped {
        var type: DataType
        var isSerial: Bool
    }

    private enum Size { case none, length, precisionScale, precision, intervalPrecision }

    private static let builtins: [String: (TypeKind, Size)] = [
        "int2": (.smallint, .none), "smallint": (.smallint, .none),
        "int4": (.integer, .none), "integer": (.integer, .none), "int": (.integer, .none),
        "int8": (.bigint, .none), "bigint": (.bigint, .none),
        "float4": (.real, .none), "real": (.real, .none), "float8": (.double, .none),
        "numeric": (.decimal, .precisionScale), "decimal": (.decimal, .precisionScale),
        "money": (.money, .none), "bool": (.boolean, .none), "boolean": (.boolean, .none),
        "bpchar": (.char, .length), "varchar": (.varchar, .length), "text": (.text, .none),
        "bytea": (.blob, .none), "bit": (.bit, .length),
        "date": (.date, .none), "time": (.time, .precision), "timetz": (.timetz, .precision),
        "timestamp": (.timestamp, .precision), "timestamptz": (.timestamptz, .precision),
        "interval": (.interval, .intervalPrecision),
        "uuid": (.uuid, .none), "json": (.json, .none), "jsonb": (.jsonb, .none), "xml": (.xml, .none),
        "inet": (.inet, .none), "cidr": (.cidr, .none), "macaddr": (.macaddr, .none),
        "tsvector": (.tsvector, .none), "tsquery": (.tsquery, .none),
        "int4range": (.range, .none), "int8range": (.range, .none), "numrange": (.range, .none),
        "tsrange": (.range, .none), "tstzrange": (.range, .none), "daterange": (.range, .none),
        "int4multirange": (.range, .none), "int8multirange": (.range, .none), "nummultirange": (.range, .none),
        "tsmultirange": (.range, .none), "tstzmultirange": (.range, .none), "datemultirange": (.range, .none),
    ]

    private static let extensionTypes: [String: (TypeKind, Size)] = [
        "citext": (.citext, .none), "geometry": (.geometry, .none), "geography": (.geography, .none),
        "vector": (.vector, .length),
    ]

    private static let serials: [String: TypeKind] = [
        "serial": .integer, "serial4": .integer, "bigserial": .bigint, "serial8": .bigint,
        "smallserial": .smallint, "serial2": .smallint,
    ]

    /// Maps `typeName`; `raw` is the type as written. Names that are not built in come back as `.other`
    /// with their qualified name; `resolve` turns them into enums, domains or user-defined types.
    static func map(_ typeName: PgTypeName, raw: String) -> Mapped {
        let parts = typeName.nameParts
        let name = parts.last ?? ""
        let schema = parts.count >= 2 ? parts[parts.count - 2] : nil
        let dimensions = typeName.arrayBounds?.count ?? 0
        let isBuiltinSchema = schema == nil || schema == "pg_catalog" || schema == "public"
        let modifiers = (typeName.typmods ?? []).map(integer)

        if isBuiltinSchema, let kind = serials[name], dimensions == 0 {
            return Mapped(type: DataType(kind: kind, raw: raw), isSerial: true)
        }
        let entry = (isBuiltinSchema ? builtins[name] : nil) ?? extensionTypes[name]
        guard let (kind, size) = entry else {
            var type = DataType(kind: .other, raw: raw, arrayDimensions: dimensions, typeName: PgNames.qualified(parts))
            if name == "varbit", isBuiltinSchema {
                type.typeName = QualifiedName("varbit")
                type.length = modifiers.first ?? nil
            }
            return Mapped(type: type, isSerial: false)
        }
        var type = DataType(kind: kind, raw: raw, arrayDimensions: dimensions)
        switch size {
        case .none: break
        case .length: type.length = modifiers.first ?? nil
        case .precision: type.precision = modifiers.first ?? nil
        case .precisionScale:
            type.precision = modifiers.first ?? nil
            type.scale = modifiers.count > 1 ? modifiers[1] : nil
        case .intervalPrecision:
            type.precision = modifiers.count > 1 ? modifiers[1] : nil
        }
        if kind == .range { type.typeName = QualifiedName(name) }
        return Mapped(type: type, isSerial: false)
    }

    /// Resolves a name left as `.other` by `map` against the types the file declares.
    static func resolve(_ type: DataType, enums: Set<QualifiedName>, domains: [QualifiedName: DataType],
                        declared: Set<QualifiedName>) -> DataType {
        guard type.kind == .other, let name = type.typeName else { return type }
        var resolved = type
        if let match = find(name, in: enums) {
            resolved.kind = .enumeration
            resolved.typeName = match
        } else if let match = find(name, in: Set(domains.keys)) {
            resolved.kind = .domain
            resolved.typeName = match
        } else if let match = find(name, in: declared) {
            resolved.kind = .userDefined
            resolved.typeName = match
        } else if name.schema == "pg_catalog" {
            resolved.typeName = QualifiedName(name.name)
        }
        return resolved
    }

    /// An exact match, else the only declared type with that name in some schema (search_path use).
    private static func find(_ name: QualifiedName, in names: Set<QualifiedName>) -> QualifiedName? {
        if names.contains(name) { return name }
        guard name.schema == nil else { return nil }
        let candidates = names.filter { $0.name == name.name }
        return candidates.count == 1 ? candidates.first : nil
    }

    private static func integer(_ node: PgNode) -> Int? {
        switch node {
        case .constant(let constant): constant.ival.map { $0.value ?? 0 }
        case .integer(let value): value
        default: nil
        }
    }
}
