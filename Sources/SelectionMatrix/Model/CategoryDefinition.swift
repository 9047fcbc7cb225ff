/// A kind of database (relational, wide-column, vector, ...) and the fits typical of its kind, used for
/// any requirement a profile and its host leave unstated.
public struct CategoryDefinition: Hashable, Codable, Sendable {
    public let id: String
    /// "Wide-column store".
    public let name: String
    /// Typical fits, such as a wide-column store's "no joins or subqueries".
    public let fits: [Requirement: Fit]

    public init(id: String, name: String, fits: [Requirement: Fit] = [:]) {
        self.id = id
        self.name = name
        self.fits = fits
    }
}
