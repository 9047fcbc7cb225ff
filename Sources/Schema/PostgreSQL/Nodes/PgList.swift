/// A `List` node: `{"items": [...]}` (no `items` when empty).
struct PgList: Decodable, Sendable {
    let items: [PgNode]

    private enum CodingKeys: String, CodingKey { case items }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decodeIfPresent([PgNode].self, forKey: .items) ?? []
    }
}

extension PgList: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        items = try object.nodes("items") ?? []
    }
}
