import Testing
@testable import Schema

/// The digest is what every panelist is shown of the schema: its exact text for a schema that uses each
/// kind of object (checked by hand), and the rules it writes expressions by.
@Suite struct SchemaDigestTests {
    static let sql = """
        CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
        CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%');
        CREATE SEQUENCE invoice_numbers;
        CREATE TABLE customers (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            email email UNIQUE,
            name text NOT NULL,
            mood mood DEFAULT 'ok'
        );
        COMMENT ON TABLE customers IS 'People who buy';
        CREATE TABLE orders (
            id bigserial PRIMARY KEY,
            customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
            number integer DEFAULT nextval('invoice_numbers'),
            total numeric(12,2) CHECK (total >= 0),
            placed_on date NOT NULL,
            CONSTRAINT orders_number_once UNIQUE (customer_id, number)
        ) PARTITION BY RANGE (placed_on);
        ALTER SEQUENCE invoice_numbers OWNED BY orders.number;
        CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE INDEX customers_lower_email ON customers (lower(email));
        CREATE INDEX customers_name_len ON customers ((length(name) + 1) DESC) WHERE name <> '';
        CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;
        """

    private func digest(_ options: SchemaDigest.Options) throws -> String {
        let result = SchemaReader.read(text: Self.sql, path: "shop.sql", dialect: .postgresql)
        try #require(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        return SchemaDigest.render(result.model, options: options)
    }

    @Test func everyKindOfObjectHasItsLine() throws {
        #expect(try digest(.init(includeLegend: false)) == """
            # postgresql schema: 3 tables, 14 columns
            enum mood {sad,ok,happy}
            domain email: text! check(value LIKE '%@%')
            sequence invoice_numbers owned by orders.number
            view big_orders
            table customers: id bigint! identity pk, email email uq, name text!, mood mood='ok'
              index customers_lower_email (lower(email))
              index customers_name_len ((length(name) + 1) desc) where name <> ''
            table orders: id bigint! serial pk, customer_id bigint! ->customers.id del:cascade, number integer serial, total decimal(12,2), placed_on date!
              uq orders_number_once (customer_id,number)
              check (total >= 0)
              partition by range (placed_on)
            table orders_2024: id bigint! serial, customer_id bigint!, number integer serial, total decimal(12,2), placed_on date!
              partition of orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')

            """)
    }

    @Test func theLegendAndCommentsAreOptional() throws {
        let full = try digest(.init(includeComments: true, includeLegend: true))
        #expect(full.contains(SchemaDigest.legend + "\n"))
        #expect(full.contains("table customers -- People who buy: id bigint!"))
        #expect(try !digest(.init()).contains("People who buy"))
    }

    @Test(arguments: [
        ("lower(email)", true), ("pg_catalog.lower(email)", true), ("f(')', \"a(\")", true), ("coalesce(a, b)::text", false),
        ("lower(a) || b", false), ("f(a)(b)", false), ("(a)", false), ("a + b", false), ("lower", false), ("lower(a", false),
    ])
    func aFunctionCallNeedsNoParenthesesAroundIt(expression: String, isCall: Bool) {
        #expect(SchemaDigest.isFunctionCall(expression) == isCall)
    }
}
