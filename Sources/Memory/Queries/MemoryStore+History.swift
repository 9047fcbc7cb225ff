import Foundation
import SQLiteDB

extension MemoryStore {
    static let summaryColumns = """
        d.number, d.kind, d.title, d.status, d.tier, d.option, d.option_label, d.created_at, d.markdown_path, d.json_path,
        (SELECT o.outcome FROM outcomes o WHERE o.decision_id = d.id ORDER BY o.id DESC LIMIT 1) AS outcome
        """
    /// Newest first; the number breaks ties so a rebuilt memory lists in the same order.
    static let newestFirst = "ORDER BY d.created_at DESC, d.number DESC, d.id DESC"

    static func summary(_ row: SQLiteRow, from offset: Int = 0) -> DecisionSummary {
        DecisionSummary(number: Int(row[offset].integer ?? 0), kind: row[offset + 1].text ?? "", title: row[offset + 2].text ?? "",
                        status: row[offset + 3].text ?? "", tier: row[offset + 4].text, option: row[offset + 5].text,
                        optionLabel: row[offset + 6].text, createdAt: row[offset + 7].date ?? Date(timeIntervalSince1970: 0),
                        markdownPath: row[offset + 8].text ?? "", jsonPath: row[offset + 9].text ?? "", outcome: row[offset + 10].text)
    }

    /// Stored decisions, newest first, optionally of one kind and since a date.
    public func history(kind: String? = nil, since: Date? = nil, limit: Int = 20) throws(MemoryError) -> [DecisionSummary] {
        try read {
            var conditions: [String] = [], bindings: [SQLiteValue] = []
            if let kind { conditions.append("d.kind = ?"); bindings.append(.text(kind)) }
            if let since { conditions.append("d.created_at >= ?"); bindings.append(.seconds(since)) }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            bindings.append(.integer(Int64(limit)))
            return try db.query("SELECT \(Self.summaryColumns) FROM decisions d \(filter) \(Self.newestFirst) LIMIT ?", bindings)
                .map { Self.summary($0) }
        }
    }

    /// How many decisions are stored.
    public func count() throws(MemoryError) -> Int {
        try read { Int(try db.query("SELECT count(*) FROM decisions").first?[0].integer ?? 0) }
    }

    /// The decision numbered `number` (the newest, should two reports directories share a number).
    public func decision(number: Int) throws(MemoryError) -> DecisionRow? {
        try read {
            guard let id = try db.query("SELECT d.id FROM decisions d WHERE d.number = ? \(Self.newestFirst) LIMIT 1",
                                        [.integer(Int64(number))]).first?[0].integer else { return nil }
            return try decision(id: id)
        }
    }

    /// The id of the decision stored from the JSON record at `jsonPath`: ids grow with every decision stored,
    /// so an audit tells the decisions it made (ids above the newest when it started) from older ones.
    public func decisionID(jsonPath: String) throws(MemoryError) -> Int64? {
        try read { try db.query("SELECT id FROM decisions WHERE json_path = ?", [.text(jsonPath)]).first?[0].integer }
    }

    /// The newest decision before `row` on the same inputs: the same first schema path, or for a question
    /// without schema files, the same kind and question text.
    public func lastDecision(sameAs row: DecisionRow) throws(MemoryError) -> DecisionRow? {
        try read {
            let id: Int64?
            if let path = row.inputs.first(where: { !$0.isDocument })?.path {
                id = try db.query("""
                    SELECT d.id FROM inputs i JOIN decisions d ON d.id = i.decision_id
                    WHERE i.path = ? AND i.is_document = 0 AND d.json_path != ? AND d.created_at <= ? \(Self.newestFirst) LIMIT 1
                    """, [.text(path), .text(row.jsonPath), .seconds(row.createdAt)]).first?[0].integer
            } else {
                id = try db.query("""
                    SELECT d.id FROM decisions d
                    WHERE d.kind = ? AND d.question = ? AND d.json_path != ? AND d.created_at <= ?
                      AND NOT EXISTS (SELECT 1 FROM inputs i WHERE i.decision_id = d.id AND i.is_document = 0)
                    \(Self.newestFirst) LIMIT 1
                    """, [.text(row.kind), .text(row.question), .text(row.jsonPath), .seconds(row.createdAt)]).first?[0].integer
            }
            guard let id else { return nil }
            return try decision(id: id)
        }
    }

    func decision(id: Int64) throws -> DecisionRow? {
        guard let head = try db.query("""
            SELECT number, kind, title, question, status, tier, option, option_label, created_at, tool_version,
                   prompts_fingerprint, prompt_hashes, markdown_path, json_path, summary
            FROM decisions WHERE id = ?
            """, [.integer(id)]).first else { return nil }
        let hashes = (try? JSONDecoder().decode([String: String].self, from: Data((head[11].text ?? "{}").utf8))) ?? [:]
        let inputs = try db.query("SELECT path, sha256, fingerprint, dialect, is_document FROM inputs WHERE decision_id = ? ORDER BY position",
                                  [.integer(id)]).map { row in
            DecisionRow.Input(path: row[0].text ?? "", sha256: row[1].text ?? "", fingerprint: row[2].text, dialect: row[3].text,
                              isDocument: row[4].integer == 1)
        }
        let answers = try db.query("""
            SELECT panelist, provider, role, model_requested, model_reported, status, failure, text, finish_reason, input_tokens,
                   output_tokens, latency, attempts, http_status, request_id, cost_usd, from_cache, answered_at, option, summary, abstention
            FROM answers WHERE decision_id = ? ORDER BY position
            """, [.integer(id)]).map { row in
            DecisionRow.Answer(panelist: row[0].text ?? "", provider: row[1].text ?? "", role: row[2].text ?? "",
                               modelRequested: row[3].text ?? "", modelReported: row[4].text, status: row[5].text ?? "",
                               failure: row[6].text, text: row[7].text ?? "", finishReason: row[8].text,
                               inputTokens: row[9].integer.map(Int.init), outputTokens: row[10].integer.map(Int.init),
                               latency: row[11].real ?? 0, attempts: Int(row[12].integer ?? 0), httpStatus: row[13].integer.map(Int.init),
                               requestID: row[14].text, costUSD: row[15].real, fromCache: row[16].integer == 1, answeredAt: row[17].date,
                               option: row[18].text, summary: row[19].text, abstention: row[20].text)
        }
        let findings = try db.query("""
            SELECT category, target, title, severity, support, panel_size, tier, grounding FROM findings
            WHERE decision_id = ? ORDER BY position
            """, [.integer(id)]).map { row in
            DecisionRow.Finding(category: row[0].text ?? "", target: row[1].text, title: row[2].text ?? "", severity: row[3].text ?? "",
                                support: Int(row[4].integer ?? 0), panelSize: Int(row[5].integer ?? 0), tier: row[6].text ?? "",
                                grounding: row[7].text ?? "")
        }
        return DecisionRow(number: Int(head[0].integer ?? 0), kind: head[1].text ?? "", title: head[2].text ?? "",
                           question: head[3].text ?? "", status: head[4].text ?? "", tier: head[5].text, option: head[6].text,
                           optionLabel: head[7].text, createdAt: head[8].date ?? Date(timeIntervalSince1970: 0),
                           toolVersion: head[9].text ?? "", promptsFingerprint: head[10].text ?? "", promptHashes: hashes,
                           markdownPath: head[12].text ?? "", jsonPath: head[13].text ?? "", summary: head[14].text ?? "",
                           inputs: inputs, answers: answers, findings: findings)
    }
}

extension DecisionRow {
    /// The history line of this decision (`outcome` is not part of a row).
    public var summaryLine: DecisionSummary {
        DecisionSummary(number: number, kind: kind, title: title, status: status, tier: tier, option: option,
                        optionLabel: optionLabel, createdAt: createdAt, markdownPath: markdownPath, jsonPath: jsonPath, outcome: nil)
    }

    /// How this decision differs from `previous`.
    public func change(since previous: DecisionRow) -> DecisionChange {
        let mine = Dictionary(findings.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        let theirs = Dictionary(previous.findings.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        let fingerprints = { (row: DecisionRow) in row.inputs.compactMap(\.fingerprint).sorted() }
        return DecisionChange(
            previous: previous.summaryLine, decisionChanged: option != previous.option, tierChanged: tier != previous.tier,
            newFindings: mine.filter { theirs[$0.key] == nil }.map(\.value).sorted(),
            resolvedFindings: theirs.filter { mine[$0.key] == nil }.map(\.value).sorted(),
            fingerprintChanged: fingerprints(self) != fingerprints(previous))
    }
}
