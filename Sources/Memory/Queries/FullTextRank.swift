import CSQLite
import Foundation
import SQLiteDB

/// Okapi BM25 as FTS5's own `bm25()` computes it, except that each phrase's inverse document frequency is
/// an argument instead of being counted inside: `review_bm25(decisions_fts, idf1, idf2, ...)`, one per
/// phrase of the MATCH expression, in its order.
///
/// Why: `bm25()` counts, once per query, every document that contains each phrase, walking the phrase's
/// whole doclist. With 100,000 decisions a common word ("orders") costs 6–10 ms before a single row is
/// ranked, and a search is bounded to the newest matches anyway. `MemoryStore.inverseDocumentFrequencies`
/// estimates the frequencies from the newest decisions instead (exactly `bm25()`'s value while the memory
/// is smaller than the sample), and the rest of the formula is `bm25()`'s: k1 = 1.2, b = 0.75, all columns
/// weighted 1, the document's length in tokens over the average length.
enum FullTextRank {
    static let functionName = "review_bm25"
    static let k1 = 1.2
    static let b = 0.75

    /// The inverse document frequency of a phrase found in `hits` of `rows` documents, as `bm25()` has it
    /// (a phrase in more than half of the documents still counts a little: 1e-6).
    static func inverseDocumentFrequency(hits: Int64, rows: Int64) -> Double {
        let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
        return idf > 0 ? idf : 1e-6
    }

    /// Registers `review_bm25` on `connection` (FTS5's functions live per connection).
    static func register(on connection: SQLiteConnection) throws(SQLiteError) {
        // FTS5 hands out its API through a pointer bound to `SELECT fts5(?)`, tagged with this type name; the
        // name must outlive the statement, so it is static storage.
        let pointerType: StaticString = "fts5_api_ptr"
        var api: UnsafeMutablePointer<fts5_api>?
        let statement = try connection.prepare("SELECT fts5(?1)")
        let code = withUnsafeMutablePointer(to: &api) { slot in
            pointerType.withUTF8Buffer { name in
                name.withMemoryRebound(to: CChar.self) { name in
                    review_sqlite3_bind_pointer(statement.handle, 1, slot, name.baseAddress, nil)
                }
            }
        }
        guard code == SQLITE_OK else { throw connection.error(code) }
        _ = try statement.step()
        guard let api, let create = api.pointee.xCreateFunction else {
            throw SQLiteError(code: SQLITE_ERROR, message: "this SQLite has no FTS5", sql: nil, path: connection.path)
        }
        let created = create(api, functionName, nil, rank, nil)
        guard created == SQLITE_OK else { throw connection.error(created) }
    }

    /// The FTS5 auxiliary function itself. Lower is better, as with `bm25()` (the score is negated).
    private static let rank: fts5_extension_function = { api, fts, context, argumentCount, arguments in
        guard let api = api?.pointee, let fts, let context else { return }
        let phrases = Int(api.xPhraseCount(fts))
        guard Int(argumentCount) == phrases, let arguments else {
            let message = "\(functionName) needs one inverse document frequency per phrase (\(phrases)), got \(argumentCount)"
            review_sqlite3_result_error(context, message, -1)
            return
        }
        guard let averageLength = averageLength(api, fts) else { return review_sqlite3_result_error_code(context, SQLITE_ERROR) }
        var instances: Int32 = 0, length: Int32 = 0
        var code = api.xInstCount(fts, &instances)
        if code == SQLITE_OK { code = api.xColumnSize(fts, -1, &length) }
        guard code == SQLITE_OK else { return review_sqlite3_result_error_code(context, code) }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(phrases, 1)) { frequency in
            frequency.initialize(repeating: 0)
            for instance in 0..<instances {
                var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
                guard api.xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK else { continue }
                frequency[Int(phrase)] += 1
            }
            let lengthFactor = k1 * (1 - b + b * Double(length) / averageLength)
            var score = 0.0
            for phrase in 0..<phrases {
                let idf = review_sqlite3_value_double(arguments[phrase])
                score += idf * (frequency[phrase] * (k1 + 1)) / (frequency[phrase] + lengthFactor)
            }
            review_sqlite3_result_double(context, -score)
        }
    }

    /// The average document length in tokens, read once per query and kept as the query's auxiliary data
    /// (reading it is a blob read, too much for every row); nil when FTS5 cannot tell.
    private static func averageLength(_ api: Fts5ExtensionApi, _ fts: OpaquePointer) -> Double? {
        if let cached = api.xGetAuxdata(fts, 0) { return cached.load(as: Double.self) }
        var rows: Int64 = 0, tokens: Int64 = 0
        guard api.xRowCount(fts, &rows) == SQLITE_OK, api.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else { return nil }
        let average = rows > 0 ? Double(tokens) / Double(rows) : 1
        let storage = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        storage.initialize(to: average)
        if api.xSetAuxdata(fts, storage, { $0?.deallocate() }) != SQLITE_OK { return nil } // FTS5 freed it already
        return average
    }
}
