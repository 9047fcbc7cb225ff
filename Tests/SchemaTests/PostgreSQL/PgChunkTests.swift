import Support
import Testing
@testable import Schema

/// The PostgreSQL reader parses a file in chunks of many statements and falls back to the split,
/// statement by statement, from the first chunk that does not parse. Whatever the chunk size, the
/// result must be that of reading every statement alone.
@Suite("PostgreSQL: reading in chunks")
struct PgChunkTests {
    /// A pg_dump-like script with what a wrong cut could fall into: a function body whose lines end in `;`
    /// and start at the first column, a multi-line string, a block comment, COPY data, psql meta-commands,
    /// a `;` in a line comment inside a statement that is complete without what follows; and the noise
    /// that is counted, not read.
    static func script(tables: Int = 12, extra: String = "") -> String {
        var parts = ["""
            --
            -- PostgreSQL database dump
            --
            \\restrict abc123
            SET statement_timeout = 0;
            SELECT pg_catalog.set_config('search_path', '', false);

            CREATE SCHEMA audit -- one statement, with the table below in it;
            CREATE TABLE audit.log (id bigint, note text);

            """]
        for index in 0..<tables {
            let reference = index == 0 ? "" : ",\n    parent_id bigint REFERENCES public.t\(index - 1) (id) ON DELETE CASCADE"
            parts.append("""
                --
                -- Name: t\(index); Type: TABLE; Schema: public; Owner: app
                --

                CREATE TABLE public.t\(index) (
                    id bigint NOT NULL,
                    name text DEFAULT 'line one;
                Line two; still the string' NOT NULL,
                    updated_at timestamptz\(reference)
                );

                ALTER TABLE public.t\(index) OWNER TO app;
                /* a block comment;
                CREATE TABLE not_a_table (x int);
                */
                COMMENT ON TABLE public.t\(index) IS 'Table \(index); with a semicolon';
                COPY public.t\(index) (id, name) FROM stdin;
                1\tCREATE TABLE in the data;
                \\.

                ALTER TABLE ONLY public.t\(index)
                    ADD CONSTRAINT t\(index)_pkey PRIMARY KEY (id);
                CREATE INDEX t\(index)_name ON public.t\(index) USING btree (lower(name)) WHERE (id > \(index));

                """)
            if index == tables / 2 { parts.append(extra) }
            // Late in the file, so that wrong cuts in it leave most of the file read in chunks.
            if index == tables - 3 {
                parts.append("""
                    CREATE FUNCTION public.touch() RETURNS trigger
                        LANGUAGE plpgsql
                        AS $$
                    BEGIN
                    NEW.updated_at := now();
                    -- a comment line after a semicolon;
                    RETURN NEW;
                    END;
                    $$;

                    """)
            }
        }
        parts.append("GRANT SELECT ON public.t0 TO reader;\n")
        return parts.joined(separator: "\n")
    }

    /// The reader's output, every field that can differ. Compared as values: two equal dictionaries in the
    /// model can print their entries in different orders.
    struct Output: Equatable, CustomStringConvertible {
        let model: SchemaModel
        let diagnostics: [String]
        let statementCount: Int
        let skipped: [String: Int]

        var description: String { "\(model)\n\(diagnostics)\n\(statementCount)\n\(skipped.sorted { $0.key < $1.key })" }

        func contains(_ text: String) -> Bool { description.contains(text) }
    }

    static func read(_ text: String, chunkSize: Int?) -> Output {
        let output = PostgresReader.read(SourceText(path: "dump.sql", text: text), chunkSize: chunkSize)
        return Output(model: output.model, diagnostics: output.diagnostics.map { "\($0.location): \($0.severity) \($0.ruleID): \($0.message)" },
                      statementCount: output.statementCount, skipped: output.skipped)
    }

    static let chunkSizes = [1, 40, 200, 700, 3000, PgChunk.targetSize]

    @Test("any chunk size reads a valid script as the statement-by-statement reading does")
    func validScript() {
        let text = Self.script()
        let reference = Self.read(text, chunkSize: nil)
        #expect(reference.contains("t11_pkey") && reference.contains("updated_at"), "the reference read the tables")
        #expect(!reference.contains("not_a_table"))
        for size in Self.chunkSizes {
            #expect(Self.read(text, chunkSize: size) == reference, "chunks of \(size) bytes")
        }
    }

    @Test("a syntax error in the middle: the same diagnostic, and everything after it read", arguments: [
        "CREATE TABLE broken (id bigint PRIMARY KEY,, x int);\n",
        "CREATE TABLE public.t_new (id int) WITH (fillfactor = 70) PARTITION BY RANGE;\n",
        "ALTER TABLE public.t0 ADD CONSTRAINT x CHECK (;\n",
    ])
    func syntaxError(statement: String) {
        let text = Self.script(extra: statement)
        let reference = Self.read(text, chunkSize: nil)
        #expect(reference.contains("syntax error"))
        #expect(reference.contains("t11_pkey"), "the statements after the error are read")
        for size in Self.chunkSizes {
            #expect(Self.read(text, chunkSize: size) == reference, "chunks of \(size) bytes")
        }
    }

    @Test("a quote never closed: the same scan error, and the statements before it read")
    func unclosedQuote() {
        let text = Self.script(extra: "DO $never$ BEGIN;\nCREATE TABLE after (x int);\n")
        let reference = Self.read(text, chunkSize: nil)
        #expect(reference.contains("unterminated dollar-quoted string"))
        #expect(reference.contains("t6_pkey") && !reference.contains("t7_pkey"))
        for size in Self.chunkSizes {
            #expect(Self.read(text, chunkSize: size) == reference, "chunks of \(size) bytes")
        }
    }

    @Test("chunks cover the file end to end and end on a semicolon that ends a line")
    func cuts() {
        let text = Self.script()
        let bytes = Array(text.utf8)
        let chunks = bytes.withUnsafeBufferPointer { PgChunk.cut($0, length: bytes.count, targetSize: 200) }
        #expect(chunks.count > 10)
        #expect(chunks.first?.start == 0 && chunks.last?.end == bytes.count && chunks.last?.terminator == nil)
        for (chunk, next) in zip(chunks, chunks.dropFirst()) {
            #expect(chunk.end == next.start)
            #expect(chunk.terminator == chunk.end - 1 && bytes[chunk.end - 1] == UInt8(ascii: ";"))
            #expect(bytes[chunk.end] == 0x0A, "the semicolon ends its line")
            #expect(chunk.end - chunk.start >= 200)
        }
        let small = Array("CREATE TABLE a (x int);\nCREATE TABLE b (y int);\n".utf8)
        #expect(small.withUnsafeBufferPointer { PgChunk.cut($0, length: small.count) } == [PgChunk(start: 0, end: small.count, terminator: nil)])
    }

    @Test("a chunk counts only if it parses and its last statement ends at the chunk's semicolon")
    func verification() {
        let text = "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\nSELECT 1;\nSELECT 2;\n$$;\nCREATE TABLE t (x int);\n"
        let bytes = Array(text.utf8)
        let parser = PgChunkParser(classifier: PgStatementClassifier(lexer: PgLexer(bytes: bytes)))
        func outcome(_ end: Int, terminator: Int?) -> PgChunkParser.Outcome {
            var chunkText = Array(bytes[0..<end])
            chunkText.append(0)
            let chunk = PgChunk(start: 0, end: end, terminator: terminator)
            return chunkText.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { parser.parse(chunk, text: $0.baseAddress!) } }
        }
        /// The offset of the semicolon that ends the first occurrence of `marker`.
        func semicolon(ending marker: String) -> Int {
            text.utf8.distance(from: text.startIndex, to: text.range(of: marker)!.upperBound) - 1
        }
        // Cut inside the function body: the `$$` is never closed.
        let inBody = semicolon(ending: "SELECT 1;")
        guard case .unreadable = outcome(inBody + 1, terminator: inBody) else {
            Issue.record("a chunk cut inside a $$ body was accepted")
            return
        }
        // Cut after the function: one statement, skipped as CREATE FUNCTION, ending at the semicolon.
        let afterFunction = semicolon(ending: "$$;")
        guard case .read(let statements) = outcome(afterFunction + 1, terminator: afterFunction) else {
            Issue.record("a chunk cut between two statements was refused")
            return
        }
        #expect(statements.count == 1)
        if case .skipped(let kind) = statements.first?.content { #expect(kind == "CREATE FUNCTION") } else { Issue.record("not skipped") }
        // The same text, but told to end at another semicolon: refused.
        guard case .unreadable = outcome(afterFunction + 1, terminator: inBody) else {
            Issue.record("a chunk whose last statement ends elsewhere was accepted")
            return
        }
        // The whole text as the last chunk: both statements, the table decoded with its place.
        guard case .read(let all) = outcome(bytes.count, terminator: nil), all.count == 2, case .parsed(let tree, let base) = all[1].content else {
            Issue.record("the whole text did not read as two statements")
            return
        }
        #expect(base == 0 && all[1].span.keywordStart == afterFunction + 2)
        if case .createTable(let create) = tree { #expect(create.relation.relname == "t") } else { Issue.record("not a CREATE TABLE") }
    }

    @Test("a chunk that does not parse is split alone when it was cut between two statements")
    func chunkSplitAlone() {
        let text = "CREATE TABLE a (x int);\nCREATE TABLE b (,);\nCREATE TABLE c (y int);\nSELECT $$ body;\nmore; $$;\nCREATE TABLE d (z int);\n"
        let script = PgScript(SourceText(path: "x.sql", text: text), splittingFrom: nil)
        let bytes = Array(text.utf8)
        func semicolon(ending marker: String) -> Int {
            text.utf8.distance(from: text.startIndex, to: text.range(of: marker)!.upperBound) - 1
        }
        let afterC = semicolon(ending: "(y int);")
        let spans = script.statements(in: PgChunk(start: 0, end: afterC + 1, terminator: afterC))
        #expect(spans?.map { String(decoding: bytes[$0.keywordStart..<$0.end], as: UTF8.self) }
                == ["CREATE TABLE a (x int)", "CREATE TABLE b (,)", "CREATE TABLE c (y int)"])
        // Cut inside the $$ string: the scanner does not get through.
        let inBody = semicolon(ending: "body;")
        #expect(script.statements(in: PgChunk(start: afterC + 1, end: inBody + 1, terminator: inBody)) == nil)
        // Told to end at a semicolon that is not where the split's last statement ends.
        #expect(script.statements(in: PgChunk(start: 0, end: afterC + 1, terminator: semicolon(ending: "(,);"))) == nil)
        // The last chunk ends with the file.
        #expect(script.statements(in: PgChunk(start: afterC + 1, end: bytes.count, terminator: nil))?.count == 2)
    }

    @Test("the script with quotes, brackets and semicolons put in at random: chunks read it as one by one does")
    func randomDamage() {
        var generator = SplitMix64(state: 20261123)  // the same damage on every run
        let pieces = ["'", "$$", "$a$", "/*", "*/", "(", ")", ";", "\"", "--", "\n;\n", "E'\\'", "CREATE TABLE x (", "BEGIN ATOMIC "]
        let script = Array(Self.script().utf8)
        var damaged = 0
        for _ in 0..<40 {
            var bytes = script
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                bytes.insert(contentsOf: Array(pieces.randomElement(using: &generator)!.utf8), at: at)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let reference = Self.read(text, chunkSize: nil)
            if !reference.diagnostics.isEmpty { damaged += 1 }
            for size in [40, 700] {
                #expect(Self.read(text, chunkSize: size) == reference, "chunks of \(size) bytes, text:\n\(text)")
            }
        }
        #expect(damaged > 20, "most damaged scripts have a diagnostic (\(damaged) of 40)")
    }
}
