-- A notes app in SQLite, written for review lint's golden test, with known flaws named in comments;
-- flawed-notes.sqlite.expected.txt lists every finding.

CREATE TABLE notebooks (                       -- cascade-delete-chain (notebooks → notes → note_properties)
    code   TEXT PRIMARY KEY,                    -- nullable-primary-key
    title  TEXT NOT NULL
);

CREATE TABLE notes (
    id             INTEGER PRIMARY KEY,
    notebook_code  TEXT NOT NULL REFERENCES notebooks (code) ON DELETE CASCADE,  -- foreign-key-without-index
    owner_id       TEXT REFERENCES users (id),  -- foreign-key-type-mismatch, foreign-key-without-index
    body           TEXT NOT NULL,
    label1         TEXT,                        -- repeating-column-group
    label2         TEXT,
    "group"        TEXT                         -- reserved-word-identifier
);

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    password   TEXT NOT NULL                    -- plaintext-password-column
);

CREATE TABLE note_properties (                  -- entity-attribute-value
    note_id  INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    value    TEXT,
    PRIMARY KEY (note_id, key)
);

CREATE TABLE sync_log (                         -- missing-primary-key, inconsistent-naming (singular)
    user_id    INTEGER,                         -- likely-missing-foreign-key
    synced_at  TEXT NOT NULL
);
