-- A note-taking app's local store (SQLite), written for review's audit example.
-- Flaws on purpose: tags kept as a comma-separated list, and a foreign key without an index.

CREATE TABLE notebooks (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    notebook_id INTEGER NOT NULL REFERENCES notebooks (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    tag_list    TEXT,
    updated_at  TEXT NOT NULL DEFAULT (datetime('now'))
);
