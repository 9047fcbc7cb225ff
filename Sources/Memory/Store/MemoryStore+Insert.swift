import Foundation
import SQLiteDB

extension MemoryStore {
    /// Stores one decision, its outcomes and the new replies for the response cache, in one transaction:
    /// after a crash at any step the memory has the whole decision or none of it. A decision already stored
    /// under the same JSON path is replaced.
    @discardableResult
    public func store(_ row: DecisionRow, outcomes: [Outcome] = [], cache: [CachedReply] = []) throws(MemoryError) -> Int64 {
        try write {
            if let old = try db.query("SELECT id FROM decisions WHERE json_path = ?", [.text(row.jsonPath)]).first?[0].integer {
                try db.query("DELETE FROM decisions_fts WHERE rowid = ?", [.integer(old)])
                try db.query("DELETE FROM decisions WHERE id = ?", [.integer(old)])
            }
            let hashes = String(decoding: try JSONEncoder.sorted.encode(row.promptHashes), as: UTF8.self)
            try db.query("""
                INSERT INTO decisions (number, kind, title, question, status, tier, option, option_label, created_at,
                    tool_version, prompts_fingerprint, prompt_hashes, markdown_path, json_path, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(Int64(row.number)), .text(row.kind), .text(row.title), .text(row.question), .text(row.status),
                      SQLiteValue(row.tier), SQLiteValue(row.option), SQLiteValue(row.optionLabel), .seconds(row.createdAt),
                      .text(row.toolVersion), .text(row.promptsFingerprint), .text(hashes), .text(row.markdownPath),
                      .text(row.jsonPath), .text(row.summary)])
            let id = db.lastInsertRowID
            FailurePoint.reach("decision")

            let input = try db.prepare("""
                INSERT INTO inputs (decision_id, position, path, sha256, fingerprint, dialect, is_document) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for (position, item) in row.inputs.enumerated() {
                try input.run([.integer(id), .integer(Int64(position)), .text(item.path), .text(item.sha256),
                               SQLiteValue(item.fingerprint), SQLiteValue(item.dialect), SQLiteValue(item.isDocument)])
            }
            FailurePoint.reach("inputs")

            let answer = try db.prepare("""
                INSERT INTO answers (decision_id, position, panelist, provider, role, model_requested, model_reported, status,
                    failure, text, finish_reason, input_tokens, output_tokens, latency, attempts, http_status, request_id,
                    cost_usd, from_cache, answered_at, option, summary, abstention)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (position, item) in row.answers.enumerated() {
                try answer.run([.integer(id), .integer(Int64(position)), .text(item.panelist), .text(item.provider), .text(item.role),
                                .text(item.modelRequested), SQLiteValue(item.modelReported), .text(item.status),
                                SQLiteValue(item.failure), .text(item.text), SQLiteValue(item.finishReason),
                                SQLiteValue(item.inputTokens), SQLiteValue(item.outputTokens), .real(item.latency),
                                .integer(Int64(item.attempts)), SQLiteValue(item.httpStatus), SQLiteValue(item.requestID),
                                SQLiteValue(item.costUSD), SQLiteValue(item.fromCache), item.answeredAt.map(SQLiteValue.seconds) ?? .null,
                                SQLiteValue(item.option), SQLiteValue(item.summary), SQLiteValue(item.abstention)])
            }
            FailurePoint.reach("answers")

            let finding = try db.prepare("""
                INSERT INTO findings (decision_id, position, key, category, target, title, severity, support, panel_size, tier, grounding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (position, item) in row.findings.enumerated() {
                try finding.run([.integer(id), .integer(Int64(position)), .text(item.key), .text(item.category),
                                 SQLiteValue(item.target), .text(item.title), .text(item.severity), .integer(Int64(item.support)),
                                 .integer(Int64(item.panelSize)), .text(item.tier), .text(item.grounding)])
            }
            FailurePoint.reach("findings")

            let findingText = row.findings.map { [$0.target, $0.title].compactMap { $0 }.joined(separator: " ") }.joined(separator: "\n")
            try db.query("INSERT INTO decisions_fts (rowid, question, summaries, findings) VALUES (?, ?, ?, ?)",
                         [.integer(id), .text(row.title + "\n" + row.question), .text(row.summary), .text(findingText)])
            FailurePoint.reach("search-index")

            for outcome in outcomes { try insert(outcome, decision: id) }
            for reply in cache { try insert(reply) }
            FailurePoint.reach("commit")
            return id
        }
    }

    func insert(_ outcome: Outcome, decision id: Int64) throws {
        try db.query("INSERT INTO outcomes (decision_id, outcome, note, recorded_at) VALUES (?, ?, ?, ?)",
                     [.integer(id), .text(outcome.outcome.rawValue), SQLiteValue(outcome.note), .seconds(outcome.recordedAt)])
    }

    func insert(_ reply: CachedReply) throws {
        try db.query("INSERT OR REPLACE INTO response_cache (key, provider, model, reply, answered_at) VALUES (?, ?, ?, ?, ?)",
                     [.text(reply.key), .text(reply.provider), .text(reply.model), .text(reply.replyJSON), .seconds(reply.answeredAt)])
    }
}

extension SQLiteValue {
    /// A date as whole seconds since 1970, the precision of the JSON records.
    static func seconds(_ date: Date) -> SQLiteValue { .integer(Int64(date.timeIntervalSince1970.rounded(.down))) }

    var date: Date? { integer.map { Date(timeIntervalSince1970: Double($0)) } }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
