/// `TypeName`: a type as the grammar resolved it. Built-in SQL spellings arrive as `pg_catalog.<internal
/// name>` (`varchar(255)` → `["pg_catalog", "varchar"]` with typmod 255); `arrayBounds` has one entry
/// per `[]`.
struct PgTypeName: Decodable, Sendable {
    let names: [PgNode]
    let typmods: [PgNode]?
    let arrayBounds: [PgNode]?
    let setof: Bool?
    let pctType: Bool?
    let location: Int?

    private enum CodingKeys: String, CodingKey {
        case names, typmods, arrayBounds, setof, location, pctType = "pct_type"
    }

    var nameParts: [String] { names.compactMap(\.stringValue) }
}

extension PgTypeName: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        names = try object.required(object.nodes("names"), "names")
        typmods = try object.nodes("typmods")
        arrayBounds = try object.nodes("arrayBounds")
        setof = try object.bool("setof")
        pctType = try object.bool("pct_type")
        location = try object.int("location")
    }
}
