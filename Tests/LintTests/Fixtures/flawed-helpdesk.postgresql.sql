-- A multi-tenant helpdesk, written for review lint's golden test. It has known design flaws, each named
-- in a comment next to it; flawed-helpdesk.postgresql.expected.txt lists every finding.

CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');  -- enum-type

CREATE TABLE tenants (
    id          serial PRIMARY KEY,                    -- int-primary-key, serial-instead-of-identity
    -- review-ignore varchar-with-length
    name        varchar(200) NOT NULL,                 -- (suppressed)
    slug        varchar(60) NOT NULL UNIQUE,           -- varchar-with-length
    owner_id    bigint NOT NULL,                       -- foreign-key-without-index (the FK is added below)
    created_at  timestamp NOT NULL DEFAULT now()       -- timestamp-without-time-zone
);

CREATE TABLE agents (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email          text NOT NULL,
    password       text NOT NULL,                      -- plaintext-password-column
    "displayName"  text NOT NULL,                      -- inconsistent-naming
    is_admin       boolean NOT NULL DEFAULT false,
    UNIQUE (tenant_id, email)
);

CREATE INDEX agents_is_admin_idx ON agents (is_admin);  -- low-cardinality-index

-- circular-foreign-keys: tenants → agents → tenants, both NOT NULL and checked at once
ALTER TABLE tenants ADD CONSTRAINT tenants_owner_fk FOREIGN KEY (owner_id) REFERENCES agents (id);

CREATE TABLE customers (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,  -- foreign-key-without-index
    email         text NOT NULL,
    phone1        text,                                -- repeating-column-group
    phone2        text,
    balance       double precision NOT NULL DEFAULT 0, -- float-for-money
    country_code  char(2),                             -- char-column
    notes         text DEFAULT 'NULL'                  -- default-null-string
);

CREATE TABLE tickets (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,     -- foreign-key-type-mismatch
    customer_id      bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    agent_id         bigint,                           -- likely-missing-foreign-key
    external_number  text,
    priority         ticket_priority NOT NULL DEFAULT 'normal',
    subject          text NOT NULL,
    tag_ids          text,                             -- multi-valued-attribute
    metadata         json,                             -- json-instead-of-jsonb
    opened_at        timestamptz NOT NULL DEFAULT now(),
    closed_at        timestamptz,
    UNIQUE (tenant_id, external_number)                -- nullable-column-in-unique-constraint
);

CREATE INDEX tickets_tenant_idx ON tickets (tenant_id);              -- redundant-index
CREATE INDEX tickets_tenant_opened_idx ON tickets (tenant_id, opened_at);
CREATE INDEX tickets_customer_idx ON tickets (customer_id);
CREATE INDEX tickets_customer_idx2 ON tickets (customer_id);         -- duplicate-index
-- wide-composite-index
CREATE INDEX tickets_report_idx ON tickets (tenant_id, priority, opened_at, closed_at, customer_id, agent_id);

CREATE TABLE messages (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id    bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,  -- cascade-delete-chain (3 levels)
    author_type  text NOT NULL,                        -- polymorphic-association
    author_id    bigint NOT NULL,
    body         text NOT NULL,
    sent_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX messages_ticket_sent_idx ON messages (ticket_id, sent_at);

CREATE TABLE ticket_fields (                           -- entity-attribute-value
    ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    name       text NOT NULL,
    value      text,
    PRIMARY KEY (ticket_id, name)
);

CREATE TABLE audit_log (                               -- missing-primary-key, inconsistent-naming (singular)
    tenant_id    bigint,                               -- likely-missing-foreign-key
    happened_at  timestamptz NOT NULL,
    "user"       text,                                 -- reserved-word-identifier
    action       text NOT NULL
);

CREATE TABLE sla_policies (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         integer NOT NULL REFERENCES tenants (id),
    priority          ticket_priority NOT NULL,
    response_minutes  integer NOT NULL,
    breach_fee        money,                           -- money-type
    UNIQUE (tenant_id, priority)
);

-- identifier-too-long (PostgreSQL would truncate this name to 63 bytes)
CREATE INDEX sla_policies_by_tenant_and_priority_and_response_minutes_for_reports
    ON sla_policies (tenant_id, priority, response_minutes);
