-- The notes app of flawed-notes.sqlite.sql designed to follow every rule: review lint finds nothing.

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    password_hash  BLOB NOT NULL
);

CREATE TABLE notebooks (
    code      TEXT NOT NULL PRIMARY KEY,
    owner_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title     TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX notebooks_owner ON notebooks (owner_id);

CREATE TABLE notes (
    id             INTEGER PRIMARY KEY,
    notebook_code  TEXT NOT NULL REFERENCES notebooks (code) ON DELETE RESTRICT,
    body           TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX notes_notebook ON notes (notebook_code, created_at);

CREATE TABLE labels (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE note_labels (
    note_id   INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    label_id  INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, label_id)
) WITHOUT ROWID;

CREATE INDEX note_labels_label ON note_labels (label_id);

CREATE TABLE syncs (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    synced_at  TEXT NOT NULL
);

CREATE INDEX syncs_user ON syncs (user_id, synced_at);
