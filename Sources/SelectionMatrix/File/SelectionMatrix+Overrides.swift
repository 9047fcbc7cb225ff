import Foundation
import Support

extension SelectionMatrix {
    /// This matrix with a user's file applied: entries whose id already exists replace the old ones in
    /// place, new ones are added at the end. The result is validated as a whole (a new profile's category,
    /// host and requirements must exist; its names may not collide with another profile's).
    public func merging(data: Data, source: String) throws(MatrixError) -> SelectionMatrix {
        let file = try MatrixFile.decode(data, source: source)
        return try SelectionMatrix(requirements: Self.merge(requirements, file.requirements, id: \.id.rawValue),
                                   categories: Self.merge(categories, file.categories, id: \.id),
                                   profiles: Self.merge(profiles, file.profiles, id: \.id),
                                   source: source)
    }

    /// `merging(data:source:)` with the contents of the file at `path`.
    public func merging(contentsOf path: String) throws(MatrixError) -> SelectionMatrix {
        let file: TextFile
        do {
            file = try TextFile.read(path, sizeLimit: Self.fileSizeLimit)
        } catch {
            throw MatrixError(code: .unreadableFile, message: "\(path): \(Self.explain(error.problem))")
        }
        return try merging(data: file.bytes, source: path)
    }

    /// Matrix files are small; anything larger is not one.
    static let fileSizeLimit = 8 * 1024 * 1024

    private static func explain(_ problem: InputError.Problem) -> String {
        let fix = "check `file` under [matrix] in review.toml (relative paths start at review.toml's directory)"
        switch problem {
        case .missing: return "no such matrix file; \(fix)"
        case .directory: return "is a directory, not a matrix file; \(fix)"
        case .empty: return "the matrix file is empty; give at least {\"profiles\": []}"
        case .binary, .notUTF8: return "not a UTF-8 JSON file; \(fix)"
        case .tooLarge(let size, let limit): return "\(size) bytes is more than a matrix file may hold (\(limit)); \(fix)"
        case .unreadable(let reason): return "cannot be read (\(reason)); \(fix)"
        }
    }

    /// The built-in matrix with the configured override file, if any; `directory` is where `review.toml`
    /// lives, for relative paths.
    public static func configured(_ configuration: MatrixConfiguration?, relativeTo directory: String)
        throws(MatrixError) -> SelectionMatrix {
        guard let path = configuration?.resolvedFile(relativeTo: directory) else { return builtIn }
        return try builtIn.merging(contentsOf: path)
    }

    private static func merge<T>(_ base: [T], _ overrides: [T], id: (T) -> String) -> [T] {
        var merged = base
        var positions = Dictionary(base.enumerated().map { (id($1), $0) }, uniquingKeysWith: { a, _ in a })
        for entry in overrides {
            if let position = positions[id(entry)] {
                merged[position] = entry
            } else {
                positions[id(entry)] = merged.count
                merged.append(entry)
            }
        }
        return merged
    }
}
