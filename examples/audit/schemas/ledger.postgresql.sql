-- A multi-tenant ledger (PostgreSQL), written for review's audit example. Mostly sound; the panel is asked
-- whether the design holds, and the selection question in ../questions uses it as context.

CREATE TABLE tenants (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accounts (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    code      text NOT NULL,
    name      text NOT NULL,
    UNIQUE (tenant_id, code)
);

CREATE TABLE entries (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint NOT NULL REFERENCES tenants (id),
    posted_at   timestamptz NOT NULL DEFAULT now(),
    description text NOT NULL
);
CREATE INDEX entries_tenant_posted ON entries (tenant_id, posted_at);

CREATE TABLE entry_lines (
    entry_id   bigint NOT NULL REFERENCES entries (id),
    line       integer NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    amount     numeric(19, 4) NOT NULL,
    PRIMARY KEY (entry_id, line)
);
CREATE INDEX entry_lines_account ON entry_lines (account_id);
