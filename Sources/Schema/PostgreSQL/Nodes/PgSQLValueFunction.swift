/// `SQLValueFunction`: CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_USER and their kin (`op` SVFOP_...);
/// `typmod` is the precision of `CURRENT_TIMESTAMP(3)` and the like, -1 when none.
struct PgSQLValueFunction: Decodable, Sendable {
    let op: String
    let typmod: Int?
    let location: Int?
}
