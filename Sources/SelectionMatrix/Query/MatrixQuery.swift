/// What `review matrix` was asked. The command only parses its options into this value and prints the
/// answer, so every form of the command is tested through `answer(using:)` without starting a process.
///
/// | options | answer |
/// |---|---|
/// | none | every profile |
/// | `DB` | one profile |
/// | `--require LIST` (and/or requirements derived from a schema) | the ranking with reasons |
/// | `--check DB --require LIST`, or `DB --require LIST` | the verdict on DB |
/// | `--list-requirements` | the requirement vocabulary |
public struct MatrixQuery: Sendable {
    /// The positional database name.
    public var database: String?
    /// `--check DB`.
    public var check: String?
    /// `--require` values, each possibly a comma-separated list.
    public var require: [String]
    /// Requirements derived from a schema (`--schema FILE`), added after the `--require` ones.
    public var derived: [DerivedRequirement]
    /// `--list-requirements`.
    public var listRequirements: Bool
    /// How many ranking entries to show: nil for the default, 0 for all.
    public var top: Int?
    public var format: MatrixOutputFormat
    /// Terminal width for text tables; nil when not on a terminal.
    public var width: Int?

    /// Ranking entries shown when `--top` is not given.
    public static let defaultTop = 10

    public init(database: String? = nil, check: String? = nil, require: [String] = [],
                derived: [DerivedRequirement] = [], listRequirements: Bool = false, top: Int? = nil,
                format: MatrixOutputFormat = .text, width: Int? = nil) {
        self.database = database
        self.check = check
        self.require = require
        self.derived = derived
        self.listRequirements = listRequirements
        self.top = top
        self.format = format
        self.width = width
    }

    /// Which view the options ask for; unknown names and requirements are errors with suggestions.
    public func view(in matrix: SelectionMatrix) throws(MatrixError) -> MatrixView {
        if listRequirements {
            guard database == nil, check == nil, require.isEmpty, derived.isEmpty else {
                throw invalid("--list-requirements takes no database and no requirements")
            }
            return .requirements
        }
        if let top, top < 0 { throw invalid("--top must be 0 (all) or more, not \(top)") }
        if database != nil, check != nil {
            throw invalid("give the database once: either as the argument or with --check")
        }
        var requirements = try matrix.parseRequirements(require)
        for item in derived where !requirements.contains(item.requirement) {
            requirements.append(item.requirement)
        }
        if let name = check ?? database, check != nil || !requirements.isEmpty {
            guard !requirements.isEmpty else {
                throw invalid("--check needs requirements: add --require LIST (or --schema FILE)")
            }
            let reference = matrix.normalize(name)
            guard reference.isKnown else {
                throw .unknownDatabase(name, suggestions: matrix.closestProfiles(to: name))
            }
            return .check(matrix.check(reference, against: requirements), derived: derived)
        }
        if let database {
            return .profile(try matrix.resolveProfile(database))
        }
        if !requirements.isEmpty {
            let limit = (top ?? Self.defaultTop) == 0 ? nil : (top ?? Self.defaultTop)
            return .ranking(matrix.rank(for: requirements), limit: limit, derived: derived)
        }
        if top != nil { throw invalid("--top applies to rankings: add --require LIST") }
        return .overview
    }

    /// The rendered answer.
    public func answer(using matrix: SelectionMatrix) throws(MatrixError) -> MatrixAnswer {
        let view = try view(in: matrix)
        return MatrixAnswer(output: MatrixRenderer(matrix: matrix, width: width).render(view, as: format),
                            view: view)
    }

    private func invalid(_ message: String) -> MatrixError {
        MatrixError(code: .invalidQuery, message: message)
    }
}

/// The printed answer of `review matrix`, with the verdict when it was a check.
public struct MatrixAnswer: Sendable {
    public let output: String
    public let view: MatrixView

    /// The check's verdict, for `--fail-on`.
    public var verdict: Verdict? {
        if case .check(let result, _) = view { return result.verdict }
        return nil
    }
}
