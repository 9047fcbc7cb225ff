-- The helpdesk of flawed-helpdesk.postgresql.sql designed to follow every rule: review lint finds nothing.

CREATE TABLE tenants (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (char_length(name) <= 200),
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,60}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agents (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      bigint NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    email          text NOT NULL,
    password_hash  text NOT NULL,
    display_name   text NOT NULL,
    is_admin       boolean NOT NULL DEFAULT false,
    UNIQUE (tenant_id, email)
);

CREATE INDEX agents_admins_idx ON agents (tenant_id) WHERE is_admin;

CREATE TABLE tenant_owners (
    tenant_id  bigint PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    agent_id   bigint NOT NULL REFERENCES agents (id) ON DELETE RESTRICT
);

CREATE INDEX tenant_owners_agent_idx ON tenant_owners (agent_id);

CREATE TABLE customers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       bigint NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    email           text NOT NULL,
    balance_cents   bigint NOT NULL DEFAULT 0,
    country_code    text CHECK (country_code ~ '^[A-Z]{2}$'),
    notes           text
);

CREATE INDEX customers_tenant_email_idx ON customers (tenant_id, email);

CREATE TABLE customer_phones (
    customer_id  bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position     smallint NOT NULL CHECK (position > 0),
    phone        text NOT NULL,
    PRIMARY KEY (customer_id, position)
);

CREATE TABLE priorities (
    code        text PRIMARY KEY,
    label       text NOT NULL,
    sort_order  smallint NOT NULL UNIQUE
);

CREATE TABLE tickets (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        bigint NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    customer_id      bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    agent_id         bigint REFERENCES agents (id) ON DELETE SET NULL,
    external_number  text NOT NULL,
    priority         text NOT NULL REFERENCES priorities (code),
    subject          text NOT NULL,
    metadata         jsonb NOT NULL DEFAULT '{}',
    opened_at        timestamptz NOT NULL DEFAULT now(),
    closed_at        timestamptz,
    UNIQUE (tenant_id, external_number)
);

CREATE INDEX tickets_tenant_opened_idx ON tickets (tenant_id, opened_at);
CREATE INDEX tickets_customer_idx ON tickets (customer_id);
CREATE INDEX tickets_agent_idx ON tickets (agent_id);
CREATE INDEX tickets_priority_idx ON tickets (priority, opened_at);

CREATE TABLE tags (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  bigint NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    label      text NOT NULL,
    UNIQUE (tenant_id, label)
);

CREATE TABLE ticket_tags (
    ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    tag_id     bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (ticket_id, tag_id)
);

CREATE INDEX ticket_tags_tag_idx ON ticket_tags (tag_id);

CREATE TABLE messages (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id         bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    agent_author      bigint REFERENCES agents (id) ON DELETE SET NULL,
    customer_author   bigint REFERENCES customers (id) ON DELETE SET NULL,
    body              text NOT NULL,
    sent_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(agent_author, customer_author) = 1)
);

CREATE INDEX messages_ticket_sent_idx ON messages (ticket_id, sent_at);
CREATE INDEX messages_agent_author_idx ON messages (agent_author);
CREATE INDEX messages_customer_author_idx ON messages (customer_author);

CREATE TABLE audit_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    happened_at  timestamptz NOT NULL,
    actor        text,
    action       text NOT NULL,
    details      jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_events_tenant_happened_idx ON audit_events (tenant_id, happened_at);

CREATE TABLE sla_policies (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         bigint NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    priority          text NOT NULL REFERENCES priorities (code),
    response_minutes  integer NOT NULL CHECK (response_minutes > 0),
    breach_fee        numeric(10, 2),
    UNIQUE (tenant_id, priority)
);

CREATE INDEX sla_policies_priority_idx ON sla_policies (priority);
