/// The memory's schema, one migration per version, applied forward in order by `MemoryStore.open`. A
/// migration is never edited once released: a change is a new entry at the end.
enum MemoryMigrations {
    /// Identifies a file as a `review` memory (`PRAGMA application_id`, "RVMM").
    static let applicationID: Int64 = 0x5256_4D4D

    static let all: [String] = [
        // 1: decisions, their inputs, panel answers, finding clusters, outcomes, the response cache, full text.
        """
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            question TEXT NOT NULL,
            status TEXT NOT NULL,
            tier TEXT,
            option TEXT,
            option_label TEXT,
            created_at INTEGER NOT NULL,
            tool_version TEXT NOT NULL,
            prompts_fingerprint TEXT NOT NULL,
            prompt_hashes TEXT NOT NULL,
            markdown_path TEXT NOT NULL,
            json_path TEXT NOT NULL UNIQUE,
            summary TEXT NOT NULL
        );
        CREATE INDEX decisions_number ON decisions(number);
        CREATE INDEX decisions_created ON decisions(created_at);
        CREATE INDEX decisions_kind ON decisions(kind, created_at);
        CREATE TABLE inputs (
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            fingerprint TEXT,
            dialect TEXT,
            is_document INTEGER NOT NULL,
            PRIMARY KEY (decision_id, position)
        );
        CREATE INDEX inputs_path ON inputs(path, decision_id);
        CREATE INDEX inputs_fingerprint ON inputs(fingerprint, decision_id);
        CREATE TABLE answers (
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            panelist TEXT NOT NULL,
            provider TEXT NOT NULL,
            role TEXT NOT NULL,
            model_requested TEXT NOT NULL,
            model_reported TEXT,
            status TEXT NOT NULL,
            failure TEXT,
            text TEXT NOT NULL,
            finish_reason TEXT,
            input_tokens INTEGER,
            output_tokens INTEGER,
            latency REAL NOT NULL,
            attempts INTEGER NOT NULL,
            http_status INTEGER,
            request_id TEXT,
            cost_usd REAL,
            from_cache INTEGER NOT NULL,
            answered_at INTEGER,
            option TEXT,
            summary TEXT,
            abstention TEXT,
            PRIMARY KEY (decision_id, position)
        );
        CREATE TABLE findings (
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            category TEXT NOT NULL,
            target TEXT,
            title TEXT NOT NULL,
            severity TEXT NOT NULL,
            support INTEGER NOT NULL,
            panel_size INTEGER NOT NULL,
            tier TEXT NOT NULL,
            grounding TEXT NOT NULL,
            PRIMARY KEY (decision_id, position)
        );
        CREATE TABLE outcomes (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL CHECK (outcome IN ('upheld', 'overturned', 'superseded')),
            note TEXT,
            recorded_at INTEGER NOT NULL
        );
        CREATE INDEX outcomes_decision ON outcomes(decision_id, id);
        CREATE TABLE response_cache (
            key TEXT PRIMARY KEY,
            provider TEXT NOT NULL,
            model TEXT NOT NULL,
            reply TEXT NOT NULL,
            answered_at INTEGER NOT NULL
        );
        CREATE VIRTUAL TABLE decisions_fts USING fts5(question, summaries, findings, tokenize = 'porter unicode61');
        """,
    ]
}
