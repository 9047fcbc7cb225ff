/// A coding key for whatever key a JSON object has: node type names, and the one key of libpg_query's
/// value wrappers (`{"sval": "x"}`).
struct PgAnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
