#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPgQuery

/// Parses statements with libpg_query (`pg_query_parse`) and decodes the JSON trees.
struct PgParser {
    /// A statement libpg_query rejected: its message and the 1-based character position in the statement.
    struct Failure: Error {
        let message: String
        let characterPosition: Int
    }

    /// Parses the NUL-terminated text at `text`. Returns the statements found (normally one).
    func parse(_ text: UnsafePointer<CChar>) -> Result<[PgStatement], Failure> {
        var statements: [PgStatement] = []
        var unreadable: (any Error)?
        let failure = parseEach(text) { located in
            do {
                if unreadable == nil { statements.append(try located.decode()) }
            } catch {
                unreadable = error
            }
        }
        if let failure { return .failure(failure) }
        if let unreadable { return .failure(Self.unreadable(unreadable)) }
        return .success(statements)
    }

    /// One statement of a text parsed whole (`parseEach`): where it is in the text, and its tree.
    struct Located {
        /// The byte offset where the statement starts (just after the `;` that ended the one before).
        let location: Int
        /// Its length up to its terminating `;`; 0 for a last statement that has none.
        let length: Int
        /// Decodes its tree (skipped statements never are); only while `parseEach`'s `body` runs.
        let decode: () throws -> PgStatement
    }

    /// Parses the NUL-terminated text at `text`, statements and all, and hands `body` each statement in
    /// order. Returns the failure when libpg_query rejects the text (it stops at the first error, so then
    /// no statement is handed over) or its tree cannot be read.
    func parseEach(_ text: UnsafePointer<CChar>, _ body: (Located) -> Void) -> Failure? {
        let result = pg_query_parse(text)
        defer { pg_query_free_parse_result(result) }
        if let error = result.error {
            let message = error.pointee.message.map { String(cString: $0) } ?? "syntax error"
            return Failure(message: message, characterPosition: Int(error.pointee.cursorpos))
        }
        guard let tree = result.parse_tree else { return nil }
        do {
            try PgJSONDecoder.withRoot(of: UnsafeRawBufferPointer(start: tree, count: strlen(tree))) { root in
                guard let statements = root.value("stmts") else { return }
                try root.decoder(at: statements).forEachElement { element in
                    let raw = try PgJSONObject(element)
                    let location = try raw.int("stmt_location") ?? 0
                    let length = try raw.int("stmt_len") ?? 0
                    let stmt = try raw.required(raw.value("stmt"), "stmt")
                    body(Located(location: location, length: length, decode: { try PgStatement(tape: raw.decoder(at: stmt)) }))
                }
            }
            return nil
        } catch {
            return Self.unreadable(error)
        }
    }

    /// A tree libpg_query wrote that the reader cannot decode.
    static func unreadable(_ error: any Error) -> Failure {
        Failure(message: "libpg_query's parse tree could not be read: \(error)", characterPosition: 0)
    }
}
