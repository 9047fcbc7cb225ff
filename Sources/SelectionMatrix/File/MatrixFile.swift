import Foundation
import Support

/// The on-disk format shared by the built-in `matrix.json` and users' override files: requirements,
/// categories and profiles, each optional in an override file. Reading rejects unknown keys, so that a
/// misspelt key ("violate") is an error instead of a silently ignored line.
///
/// The file is parsed by `Support.JSONParser` and read by hand rather than through `JSONDecoder`: the
/// built-in matrix is read by every review, and the Codable path cost 9 ms of each one (on Linux); it
/// also could not say where a syntax error is.
struct MatrixFile {
    var requirements: [RequirementDefinition] = []
    var categories: [CategoryDefinition] = []
    var profiles: [DatabaseProfile] = []

    /// Reads `data`; `source` names the file in error messages.
    static func decode(_ data: Data, source: String) throws(MatrixError) -> MatrixFile {
        do {
            return try MatrixFile(JSONParser.parse(data))
        } catch let error as JSONSyntaxError {
            throw .invalidFile(source, error.description)
        } catch let problem as FileProblem {
            throw .invalidFile(source, problem.text)
        } catch {
            throw .invalidFile(source, "\(error)")
        }
    }

    private init(_ json: JSONValue) throws(FileProblem) {
        let top = try Entry(json, path: "", what: "the top level", allowed: ["format", "requirements", "categories", "profiles"])
        if let format = top.members["format"] {
            guard let number = format.int else { throw FileProblem("expected a whole number at format") }
            guard number == 1 else { throw FileProblem("format \(number) is not supported (expected 1) at format") }
        }
        requirements = try top.entries("requirements", what: "a requirement",
                                       allowed: ["id", "name", "dimension", "description", "aliases"]).map { entry throws(FileProblem) in
            RequirementDefinition(id: Requirement(try entry.string("id")), name: try entry.string("name"),
                                  dimension: try entry.optionalString("dimension") ?? "",
                                  description: try entry.string("description"), aliases: try entry.strings("aliases"))
        }
        categories = try top.entries("categories", what: "a category",
                                     allowed: ["id", "name", "satisfies", "partly", "violates"]).map { entry throws(FileProblem) in
            CategoryDefinition(id: try entry.string("id"), name: try entry.string("name"), fits: try entry.fits())
        }
        profiles = try top.entries("profiles", what: "a profile",
                                   allowed: ["id", "name", "category", "host", "compatible_with", "aliases", "summary", "seed",
                                             "satisfies", "partly", "violates", "workloads"]).map(Self.profile)
    }

    private static func profile(_ entry: Entry) throws(FileProblem) -> DatabaseProfile {
        let seed = try entry.object("seed", what: "a seed block",
                                    allowed: ["when_to_use", "strengths", "limitations", "sweet_spot", "cost_profile"]).map { seed throws(FileProblem) in
            SeedAssessment(whenToUse: try seed.strings("when_to_use", required: true),
                           strengths: try seed.strings("strengths", required: true),
                           limitations: try seed.strings("limitations", required: true),
                           sweetSpot: try seed.string("sweet_spot"), costProfile: try seed.string("cost_profile"))
        }
        let workloads = try entry.object("workloads", what: "a workloads block", allowed: ["chosen_for", "ruled_out_by"]).map {
            workloads throws(FileProblem) in
            Workloads(chosenFor: try workloads.requirementSets("chosen_for"), ruledOutBy: try workloads.requirementSets("ruled_out_by"))
        }
        return DatabaseProfile(
            id: try entry.string("id"), name: try entry.string("name"), category: try entry.string("category"),
            host: try entry.optionalString("host"), compatibleWith: try entry.strings("compatible_with"),
            aliases: try entry.strings("aliases"), summary: try entry.optionalString("summary"), seed: seed,
            fits: try entry.fits(), workloads: workloads ?? Workloads(chosenFor: [], ruledOutBy: []))
    }
}

/// What is wrong in a matrix file, with the path to it (`profiles[3].id`).
struct FileProblem: Error {
    let text: String
    init(_ text: String) { self.text = text }
}

/// One object of a matrix file, its keys checked, with its path for error messages.
private struct Entry {
    let members: [String: JSONValue]
    let path: String

    init(_ value: JSONValue, path: String, what: String, allowed: Set<String>) throws(FileProblem) {
        guard case .object(let members) = value else {
            throw FileProblem("expected an object for \(what)\(Self.place(path))")
        }
        if let unknown = members.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw FileProblem("unknown key '\(unknown)' in \(what)\(Self.place(path)); allowed: \(allowed.sorted().joined(separator: ", "))")
        }
        self.members = members
        self.path = path
    }

    private static func place(_ path: String) -> String { path.isEmpty ? "" : " at \(path)" }

    private func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func string(_ key: String) throws(FileProblem) -> String {
        guard let value = try optionalString(key) else { throw FileProblem("missing key '\(key)'\(Self.place(path))") }
        return value
    }

    func optionalString(_ key: String) throws(FileProblem) -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw FileProblem("expected a string at \(child(key))")
        }
    }

    /// An array of strings; absent is empty unless `required`.
    func strings(_ key: String, required: Bool = false) throws(FileProblem) -> [String] {
        switch members[key] {
        case nil, .null?:
            if required { throw FileProblem("missing key '\(key)'\(Self.place(path))") }
            return []
        case .array(let elements)?:
            var strings: [String] = []
            strings.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                guard case .string(let value) = element else { throw FileProblem("expected a string at \(child(key))[\(index)]") }
                strings.append(value)
            }
            return strings
        default: throw FileProblem("expected an array of strings at \(child(key))")
        }
    }

    /// The objects of an array member (absent is none).
    func entries(_ key: String, what: String, allowed: Set<String>) throws(FileProblem) -> [Entry] {
        switch members[key] {
        case nil, .null?: return []
        case .array(let elements)?:
            var entries: [Entry] = []
            entries.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                entries.append(try Entry(element, path: "\(child(key))[\(index)]", what: what, allowed: allowed))
            }
            return entries
        default: throw FileProblem("expected an array at \(child(key))")
        }
    }

    func object(_ key: String, what: String, allowed: Set<String>) throws(FileProblem) -> Entry? {
        guard let value = members[key], value != .null else { return nil }
        return try Entry(value, path: child(key), what: what, allowed: allowed)
    }

    /// Lists of requirement ids (`chosen_for`, `ruled_out_by`).
    func requirementSets(_ key: String) throws(FileProblem) -> [[Requirement]] {
        switch members[key] {
        case nil, .null?: return []
        case .array(let elements)?:
            var sets: [[Requirement]] = []
            for (index, element) in elements.enumerated() {
                guard case .array(let ids) = element else { throw FileProblem("expected an array of requirement ids at \(child(key))[\(index)]") }
                var set: [Requirement] = []
                for id in ids {
                    guard case .string(let value) = id else { throw FileProblem("expected a requirement id at \(child(key))[\(index)]") }
                    set.append(Requirement(value))
                }
                sets.append(set)
            }
            return sets
        default: throw FileProblem("expected an array at \(child(key))")
        }
    }

    /// `satisfies`, `partly` and `violates` objects (requirement id → reason) merged into one table; a
    /// requirement stated at two levels is an error.
    func fits() throws(FileProblem) -> [Requirement: Fit] {
        var fits: [Requirement: Fit] = [:]
        for level in [FitLevel.satisfies, .partly, .violates] {
            switch members[level.rawValue] {
            case nil, .null?: continue
            case .object(let group)?:
                for (id, reason) in group {
                    guard case .string(let text) = reason else { throw FileProblem("expected a reason (a string) at \(child(level.rawValue)).\(id)") }
                    if let earlier = fits[Requirement(id)] {
                        throw FileProblem("'\(id)' is stated as both \(earlier.level.rawValue) and \(level.rawValue)\(Self.place(path))")
                    }
                    fits[Requirement(id)] = Fit(level, text)
                }
            default: throw FileProblem("expected an object of requirement ids and reasons at \(child(level.rawValue))")
            }
        }
        return fits
    }
}
