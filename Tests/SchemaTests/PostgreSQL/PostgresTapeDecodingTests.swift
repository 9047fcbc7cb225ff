import CPgQuery
import Foundation
import Testing
@testable import Schema

/// The node types that read themselves from the tape (`PgTapeDecodable`) must decode exactly what their
/// synthesized `Decodable` conformance decodes: each statement's libpg_query JSON is decoded once through
/// the tape and once through Foundation's `JSONDecoder` (Codable only), and the two trees must print alike.
@Suite struct PostgresTapeDecodingTests {
    /// Every field of every tape-read node type is set by at least one statement here (every node type the
    /// reader decodes reads from the tape).
    static let statements = [
        """
        CREATE TABLE IF NOT EXISTS s.t (
            id bigint NOT NULL DEFAULT nextval('s.t_id_seq'::regclass),
            name varchar(20) COLLATE "C" CHECK (name <> ''),
            price numeric(10,2)[] DEFAULT 0.5,
            flag boolean DEFAULT true,
            bits bit(3) DEFAULT B'101',
            created timestamptz DEFAULT now(),
            tally int DEFAULT count(DISTINCT 1) FILTER (WHERE true) OVER (),
            zero int DEFAULT 0, empty text DEFAULT '', off boolean DEFAULT false, nothing int DEFAULT NULL,
            PRIMARY KEY (id) INCLUDE (name),
            UNIQUE NULLS NOT DISTINCT (name),
            EXCLUDE USING gist (created WITH =),
            FOREIGN KEY (id) REFERENCES s.u (id) ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
        ) INHERITS (s.base) WITH (fillfactor = 70) TABLESPACE fast
        """,
        "CREATE TABLE p PARTITION OF s.t FOR VALUES FROM (MINVALUE) TO ('2024-01-01') PARTITION BY LIST (lower(name))",
        "CREATE UNLOGGED TABLE g (a int GENERATED ALWAYS AS IDENTITY, b int GENERATED ALWAYS AS (a * 2) STORED) USING heap",
        """
        CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY s.t USING btree
            (lower(name) COLLATE "C" text_pattern_ops DESC NULLS LAST, id) INCLUDE (price) NULLS NOT DISTINCT WHERE flag IS NOT NULL
        """,
        "ALTER TABLE IF EXISTS ONLY s.t ADD CONSTRAINT c CHECK (price > 0) NOT VALID, ALTER COLUMN name SET DEFAULT 'x'",
        "ALTER TABLE s.t ADD CONSTRAINT pk PRIMARY KEY USING INDEX i, DROP CONSTRAINT IF EXISTS old",
        "CREATE SEQUENCE s.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE CACHE 1",
        "ALTER SEQUENCE s.t_id_seq OWNED BY s.t.id",
        "COMMENT ON TABLE s.t IS 'it''s'",
        "CREATE TYPE mood AS ENUM ('a', 'b')",
        "SELECT count(*) FROM t",
        "CREATE VIEW s.v AS SELECT 1",
        """
        CREATE TABLE q (a int CHECK (a > 0 AND (a < 10 OR NOT a = 5)),
            b int DEFAULT CASE WHEN true THEN 1 WHEN false THEN 2 ELSE 3 END, c int[] DEFAULT ARRAY[1, 2],
            d int DEFAULT CASE 1 WHEN 1 THEN 2 END, e text CHECK (e IS NULL OR e COLLATE "C" > ''))
        """,
        "CREATE TABLE h PARTITION OF s.t FOR VALUES WITH (MODULUS 4, REMAINDER 1) PARTITION BY HASH (id)",
        "CREATE TABLE l PARTITION OF s.t FOR VALUES IN ('a', 'b')",
        "CREATE TABLE d PARTITION OF s.t DEFAULT",
        """
        CREATE TABLE m (a timestamptz DEFAULT CURRENT_TIMESTAMP(3), b date DEFAULT CURRENT_DATE,
            c int DEFAULT COALESCE(1, 2), d int DEFAULT GREATEST(1, 2), e int DEFAULT f(x => 1), g int DEFAULT $1,
            arr int[] CHECK ((arr)[1] > 0 AND (arr)[1:2] IS NOT NULL), flag boolean CHECK (flag IS NOT FALSE),
            CHECK ((a, b) IS NOT NULL), LIKE s.t INCLUDING ALL) PARTITION BY RANGE (name COLLATE "C" text_ops)
        """,
        "COMMENT ON COLUMN s.t.a IS NULL",
        #"COMMENT ON TABLE s.t IS E'line\nnext \"quoted\" \\ tab\t\u0001 é ☃ 😀'"#,
        #"CREATE DOMAIN s.d AS text COLLATE "C" CHECK (VALUE <> '') NOT NULL"#,
        "ALTER DOMAIN s.d ADD CONSTRAINT c CHECK (VALUE <> 'x')",
        "ALTER DOMAIN s.d SET DEFAULT 'y'",
        "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'c' AFTER 'b'",
        "ALTER TYPE mood RENAME VALUE 'a' TO 'z'",
        "DROP TABLE IF EXISTS s.t, u CASCADE",
        "ALTER TABLE s.t RENAME COLUMN a TO b",
        "CREATE TYPE s.c AS (a int)",
        "CREATE TYPE r AS RANGE (subtype = int4)",
        "CREATE TYPE b",
        "ALTER TABLE s.t ATTACH PARTITION p FOR VALUES IN (1)",
        "ALTER TABLE s.t DETACH PARTITION p",
        "CREATE SCHEMA s2 CREATE TABLE t2 (a int)",
        "CREATE TABLE x AS SELECT 1",
        "CREATE MATERIALIZED VIEW mv AS SELECT 1",
    ]

    @Test(arguments: statements)
    func theTapeDecodesWhatCodableDecodes(_ sql: String) throws {
        let result = pg_query_parse(sql)
        defer { pg_query_free_parse_result(result) }
        #expect(result.error == nil)
        let json = try #require(result.parse_tree)
        let viaTape = try PgJSONDecoder.decode(PgParseTree.self, from: UnsafeRawBufferPointer(start: json, count: strlen(json)))
        let viaCodable = try JSONDecoder().decode(PgParseTree.self, from: Data(String(cString: json).utf8))
        #expect(String(describing: viaTape) == String(describing: viaCodable))
        #expect(viaTape.stmts?.count == 1)
    }
}
