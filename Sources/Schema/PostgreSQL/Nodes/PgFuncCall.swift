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
