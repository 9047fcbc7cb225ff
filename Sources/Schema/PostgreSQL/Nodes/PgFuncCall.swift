/// `FuncCall`: a function call, also what the grammar makes of SQL syntax such as `EXTRACT(... FROM ...)`
/// (`funcformat` COERCE_SQL_SYNTAX).
struct PgFuncCall: Decodable, Sendable {
    let funcname: [PgNode]
    let args: [PgNode]?
    let aggStar: Bool?
    let aggDistinct: Bool?
    let funcVariadic: Bool?
    let aggOrder: [PgNode]?
    let aggFilter: PgNode?
    let over: PgLocated?
    let funcformat: String?
    let location: Int?

    private enum CodingKeys: String, CodingKey {
        case funcname, args, funcformat, location, over
        case aggStar = "agg_star", aggDistinct = "agg_distinct", funcVariadic = "func_variadic"
        case aggOrder = "agg_order", aggFilter = "agg_filter"
    }
}

extension PgFuncCall: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        funcname = try object.required(object.nodes("funcname"), "funcname")
        args = try object.nodes("args")
        aggStar = try object.bool("agg_star")
        aggDistinct = try object.bool("agg_distinct")
        funcVariadic = try object.bool("func_variadic")
        aggOrder = try object.nodes("agg_order")
        aggFilter = try object.node("agg_filter")
        over = try object.decode(PgLocated.self, "over")
        funcformat = try object.string("funcformat")
        location = try object.int("location")
    }
}
