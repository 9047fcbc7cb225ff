import Foundation

/// The built-in database selection matrix: database profiles, the requirement vocabulary, and the
/// functions that rank databases for a workload, check a recommendation, and tell whether two
/// recommendations are both valid.
///
/// `SelectionMatrix.builtIn` is loaded once from the package resource `matrix.json`. A user's file in the
/// same format can add or replace requirements, categories and profiles (`merging(data:source:)`).
/// Everything here is pure: no network, and no disk beyond reading the matrix files.
public struct SelectionMatrix: Sendable {
    /// The requirement vocabulary, in file order.
    public let requirements: [RequirementDefinition]
    /// The categories and their typical fits.
    public let categories: [CategoryDefinition]
    /// Every profile, in file order (the seed's 18 first).
    public let profiles: [DatabaseProfile]

    let profilePositions: [String: Int]
    let categoryPositions: [String: Int]
    let requirementPositions: [Requirement: Int]
    /// Squashed requirement ids, names and aliases → requirement.
    let requirementNames: [String: Requirement]
    let names: NameIndex
    /// Each profile's assessment of every requirement, resolved once (profile → host → category).
    let resolved: [[Requirement: Assessment]]

    /// Builds and validates a matrix from its parts; `source` names the file in error messages.
    public init(requirements: [RequirementDefinition], categories: [CategoryDefinition],
                profiles: [DatabaseProfile], source: String) throws(MatrixError) {
        self.requirements = requirements
        self.categories = categories
        self.profiles = profiles
        let validator = MatrixValidator(requirements: requirements, categories: categories, profiles: profiles,
                                        source: source)
        try validator.validate()
        profilePositions = validator.profilePositions
        categoryPositions = validator.categoryPositions
        requirementPositions = validator.requirementPositions
        requirementNames = try validator.requirementNames()
        names = try NameIndex(profiles: profiles, source: source)
        resolved = Self.resolveAll(requirements: requirements, categories: categories, profiles: profiles,
                                   profilePositions: validator.profilePositions,
                                   categoryPositions: validator.categoryPositions)
    }

    /// Decodes and validates a complete matrix file.
    public init(data: Data, source: String) throws(MatrixError) {
        let file = try MatrixFile.decode(data, source: source)
        try self.init(requirements: file.requirements, categories: file.categories, profiles: file.profiles,
                      source: source)
    }

    /// The matrix shipped with `review`, loaded once from the package resource. The resource is part of
    /// the build and checked by the tests, so a failure here is a broken build, not a user error.
    public static let builtIn: SelectionMatrix = {
        guard let url = Bundle.module.url(forResource: "matrix", withExtension: "json"),
              let data = try? Data(contentsOf: url) else {
            preconditionFailure("the built-in selection matrix (matrix.json) is missing from the resource bundle")
        }
        do {
            return try SelectionMatrix(data: data, source: "matrix.json (built in)")
        } catch {
            preconditionFailure("the built-in selection matrix is invalid: \(error)")
        }
    }()

    /// The profile with this id (not an alias: use `normalize` for names).
    public func profile(_ id: String) -> DatabaseProfile? {
        profilePositions[id].map { profiles[$0] }
    }

    /// The vocabulary entry of `requirement`.
    public func definition(of requirement: Requirement) -> RequirementDefinition? {
        requirementPositions[requirement].map { requirements[$0] }
    }

    /// The category with this id.
    public func category(_ id: String) -> CategoryDefinition? {
        categoryPositions[id].map { categories[$0] }
    }
}
