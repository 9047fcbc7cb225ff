import Foundation

/// The on-disk format shared by the built-in `matrix.json` and users' override files: requirements,
/// categories and profiles, each optional in an override file. Decoding rejects unknown keys, so that a
/// misspelt key ("violate") is an error instead of a silently ignored line.
struct MatrixFile: Decodable {
    var requirements: [RequirementDefinition] = []
    var categories: [CategoryDefinition] = []
    var profiles: [DatabaseProfile] = []

    /// Decodes `data`; `source` names the file in error messages.
    static func decode(_ data: Data, source: String) throws(MatrixError) -> MatrixFile {
        do {
            return try JSONDecoder().decode(MatrixFile.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw .invalidFile(source, Self.syntaxProblem(in: data) ?? context.debugDescription)
            }
            throw .invalidFile(source, Self.describe(error))
        } catch {
            throw .invalidFile(source, "\(error)")
        }
    }

    init(from decoder: any Decoder) throws {
        let keys = try decoder.checkedContainer(allowed: ["format", "requirements", "categories", "profiles"],
                                                where: "the top level")
        if let format = try keys.decodeIfPresent(Int.self, forKey: AnyKey("format")), format != 1 {
            throw DecodingError.dataCorruptedError(forKey: AnyKey("format"), in: keys,
                                                   debugDescription: "format \(format) is not supported (expected 1)")
        }
        requirements = try keys.decodeIfPresent([RequirementEntry].self, forKey: AnyKey("requirements"))?
            .map(\.definition) ?? []
        categories = try keys.decodeIfPresent([CategoryEntry].self, forKey: AnyKey("categories"))?
            .map(\.definition) ?? []
        profiles = try keys.decodeIfPresent([ProfileEntry].self, forKey: AnyKey("profiles"))?
            .map(\.profile) ?? []
    }

    /// Where JSON syntax breaks, as line and column: JSONDecoder on Linux says only that it is invalid.
    private static func syntaxProblem(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return nil
        } catch {
            guard let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
            guard let range = detail.range(of: #" around character \d+\.?"#, options: .regularExpression),
                  let offset = Int(detail[range].filter(\.isNumber)) else {
                return "not valid JSON: \(detail)"
            }
            let before = data.prefix(offset)
            let line = before.count { $0 == 0x0A } + 1
            let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            let problem = detail.replacingCharacters(in: range, with: "").lowercased()
            return "not valid JSON at line \(line), column \(column): \(problem)"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "" : " at " + names.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)'\(place(context.codingPath))"
        case .typeMismatch(let type, let context):
            return "expected \(type)\(place(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "missing \(type) value\(place(context.codingPath))"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(underlying ?? context.debugDescription)\(place(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }
}

/// A requirement as the file spells it.
private struct RequirementEntry: Decodable {
    let definition: RequirementDefinition

    init(from decoder: any Decoder) throws {
        let keys = try decoder.checkedContainer(allowed: ["id", "name", "dimension", "description", "aliases"],
                                                where: "a requirement")
        definition = RequirementDefinition(
            id: Requirement(try keys.decode(String.self, forKey: AnyKey("id"))),
            name: try keys.decode(String.self, forKey: AnyKey("name")),
            dimension: try keys.decodeIfPresent(String.self, forKey: AnyKey("dimension")) ?? "",
            description: try keys.decode(String.self, forKey: AnyKey("description")),
            aliases: try keys.decodeIfPresent([String].self, forKey: AnyKey("aliases")) ?? [])
    }
}

/// A category as the file spells it: fits grouped by level.
private struct CategoryEntry: Decodable {
    let definition: CategoryDefinition

    init(from decoder: any Decoder) throws {
        let keys = try decoder.checkedContainer(allowed: ["id", "name", "satisfies", "partly", "violates"],
                                                where: "a category")
        definition = CategoryDefinition(id: try keys.decode(String.self, forKey: AnyKey("id")),
                                        name: try keys.decode(String.self, forKey: AnyKey("name")),
                                        fits: try keys.decodeFits())
    }
}

/// A profile as the file spells it: snake_case keys, fits grouped by level.
private struct ProfileEntry: Decodable {
    let profile: DatabaseProfile

    init(from decoder: any Decoder) throws {
        let keys = try decoder.checkedContainer(
            allowed: ["id", "name", "category", "host", "compatible_with", "aliases", "summary", "seed",
                      "satisfies", "partly", "violates", "workloads"],
            where: "a profile")
        let workloads = try keys.decodeIfPresent(WorkloadsEntry.self, forKey: AnyKey("workloads"))
        profile = DatabaseProfile(
            id: try keys.decode(String.self, forKey: AnyKey("id")),
            name: try keys.decode(String.self, forKey: AnyKey("name")),
            category: try keys.decode(String.self, forKey: AnyKey("category")),
            host: try keys.decodeIfPresent(String.self, forKey: AnyKey("host")),
            compatibleWith: try keys.decodeIfPresent([String].self, forKey: AnyKey("compatible_with")) ?? [],
            aliases: try keys.decodeIfPresent([String].self, forKey: AnyKey("aliases")) ?? [],
            summary: try keys.decodeIfPresent(String.self, forKey: AnyKey("summary")),
            seed: try keys.decodeIfPresent(SeedEntry.self, forKey: AnyKey("seed"))?.seed,
            fits: try keys.decodeFits(),
            workloads: workloads?.workloads ?? Workloads(chosenFor: [], ruledOutBy: []))
    }
}

private struct SeedEntry: Decodable {
    let seed: SeedAssessment

    init(from decoder: any Decoder) throws {
        _ = try decoder.checkedContainer(allowed: ["when_to_use", "strengths", "limitations", "sweet_spot",
                                                   "cost_profile"], where: "a seed block")
        seed = try SeedAssessment(from: decoder)
    }
}

private struct WorkloadsEntry: Decodable {
    let workloads: Workloads

    init(from decoder: any Decoder) throws {
        _ = try decoder.checkedContainer(allowed: ["chosen_for", "ruled_out_by"], where: "a workloads block")
        let keys = try decoder.container(keyedBy: AnyKey.self)
        workloads = Workloads(
            chosenFor: try keys.decodeIfPresent([[Requirement]].self, forKey: AnyKey("chosen_for")) ?? [],
            ruledOutBy: try keys.decodeIfPresent([[Requirement]].self, forKey: AnyKey("ruled_out_by")) ?? [])
    }
}

/// Any key, for containers whose keys are checked by hand.
struct AnyKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// A keyed container whose keys must all be in `allowed`.
    func checkedContainer(allowed: Set<String>, where place: String) throws -> KeyedDecodingContainer<AnyKey> {
        let container = try self.container(keyedBy: AnyKey.self)
        if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !allowed.contains($0) }) {
            throw DecodingError.dataCorruptedError(
                forKey: AnyKey(unknown), in: container,
                debugDescription: "unknown key '\(unknown)' in \(place); allowed: \(allowed.sorted().joined(separator: ", "))")
        }
        return container
    }
}

extension KeyedDecodingContainer where Key == AnyKey {
    /// `satisfies`, `partly` and `violates` objects (requirement id → reason) merged into one table; a
    /// requirement stated at two levels is an error.
    func decodeFits() throws -> [Requirement: Fit] {
        var fits: [Requirement: Fit] = [:]
        for level in [FitLevel.satisfies, .partly, .violates] {
            let key = AnyKey(level.rawValue)
            guard let group = try decodeIfPresent([String: String].self, forKey: key) else { continue }
            for (id, reason) in group {
                if let earlier = fits[Requirement(id)] {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: self,
                        debugDescription: "'\(id)' is stated as both \(earlier.level.rawValue) and \(level.rawValue)")
                }
                fits[Requirement(id)] = Fit(level, reason)
            }
        }
        return fits
    }
}
