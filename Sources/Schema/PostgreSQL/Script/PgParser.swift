#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPgQuery

/// Parses one statement with libpg_query (`pg_query_parse`) and decodes the JSON tree.
struct PgParser {
    /// A statement libpg_query rejected: its message and the 1-based character position in the statement.
    struct Failure: Error {
        let message: String
        let characterPosition: Int
    }

    /// Parses the NUL-terminated text at `text`. Returns the statements found (normally one).
    func parse(_ text: UnsafePointer<CChar>) -> Result<[PgStatement], Failure> {
        let result = pg_query_parse(text)
        defer { pg_query_free_parse_result(result) }
        if let error = result.error {
            let message = error.pointee.message.map { String(cString: $0) } ?? "syntax error"
            return .failure(Failure(message: message, characterPosition: Int(error.pointee.cursorpos)))
        }
        guard let tree = result.parse_tree else { return .success([]) }
        do {
            let decoded = try PgJSONDecoder.decode(PgParseTree.self, from: UnsafeRawBufferPointer(start: tree, count: strlen(tree)))
            return .success(decoded.stmts?.map(\.stmt) ?? [])
        } catch {
            return .failure(Failure(message: "libpg_query's parse tree could not be read: \(error)", characterPosition: 0))
        }
    }
}
