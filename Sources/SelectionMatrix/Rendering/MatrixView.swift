/// One answer of `review matrix`, ready to be rendered in any output format.
public enum MatrixView: Sendable {
    /// Every profile, one line each.
    case overview
    /// One profile in full.
    case profile(DatabaseProfile)
    /// A ranking for requirements, showing the first `limit` entries (nil: all), with the requirements
    /// derived from a schema, if any.
    case ranking(Ranking, limit: Int?, derived: [DerivedRequirement])
    /// The check of one database.
    case check(CheckResult, derived: [DerivedRequirement])
    /// The requirement vocabulary.
    case requirements
}
