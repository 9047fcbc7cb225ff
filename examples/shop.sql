-- A small online shop, written for review's examples. It has a few deliberate design flaws
-- (see examples/README.md) so that `review lint` and `review` have something to say.

CREATE TYPE order_status AS ENUM ('cart', 'placed', 'paid', 'shipped', 'cancelled');

CREATE TABLE customers (
    id          serial PRIMARY KEY,
    email       varchar(255) NOT NULL UNIQUE,
    password    varchar(64) NOT NULL,
    full_name   text NOT NULL,
    phone1      varchar(20),
    phone2      varchar(20),
    phone3      varchar(20),
    created_at  timestamp NOT NULL DEFAULT now()
);

COMMENT ON TABLE customers IS 'People who can log in and place orders.';

CREATE TABLE categories (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id  bigint REFERENCES categories (id) ON DELETE CASCADE,
    name       text NOT NULL
);

CREATE TABLE products (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_id  bigint NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    sku          text NOT NULL,
    name         text NOT NULL,
    price        float NOT NULL,
    is_active    boolean NOT NULL DEFAULT true,
    attributes   json,
    related_ids  text,
    CONSTRAINT products_price_check CHECK (price >= 0)
);

CREATE UNIQUE INDEX products_sku_key ON products (sku);
CREATE INDEX products_is_active_idx ON products (is_active);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers (id),
    status       order_status NOT NULL DEFAULT 'cart',
    total        numeric(12, 2) NOT NULL DEFAULT 0,
    coupon_id    bigint,
    placed_at    timestamptz
);

CREATE TABLE order_items (
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id  bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12, 2) NOT NULL
);

CREATE INDEX order_items_order_idx ON order_items (order_id);
CREATE INDEX order_items_order_product_idx ON order_items (order_id, product_id);

CREATE TABLE coupons (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    percent_off numeric(5, 2) NOT NULL CHECK (percent_off > 0 AND percent_off <= 100)
);

CREATE TABLE comments (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commentable_type  text NOT NULL,
    commentable_id    bigint NOT NULL,
    customer_id       integer NOT NULL REFERENCES customers (id),
    body              text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX comments_commentable_idx ON comments (commentable_type, commentable_id);
CREATE INDEX comments_customer_id_idx ON comments (customer_id);
