import Testing
@testable import Schema

/// The fingerprint hashes the model, not the text: a pg_dump of a schema (constraints added by ALTER
/// TABLE after the tables, sequences with nextval defaults, schema-qualified names) and the same schema
/// written by hand read to the same fingerprint; a real change does not.
@Suite struct PostgresFingerprintTests {
    static let dumped = """
        SET search_path = '';
        CREATE TABLE public.authors (
            id integer NOT NULL,
            email character varying(100) NOT NULL
        );
        CREATE SEQUENCE public.authors_id_seq AS integer START WITH 1 INCREMENT BY 1;
        ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;
        CREATE TABLE public.books (
            id integer NOT NULL,
            author_id integer NOT NULL,
            title text NOT NULL
        );
        ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);
        ALTER TABLE ONLY public.authors ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
        ALTER TABLE ONLY public.books ADD CONSTRAINT books_pkey PRIMARY KEY (id);
        CREATE UNIQUE INDEX authors_email_key ON public.authors USING btree (email);
        CREATE INDEX books_author_id_idx ON public.books USING btree (author_id);
        ALTER TABLE ONLY public.books
            ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE;
        """

    static let handWritten = """
        create table books (
            id int primary key,
            author_id int not null references authors on delete cascade,
            title text not null
        );
        create index books_author on books (author_id);
        create table authors (id serial primary key, email varchar(100) not null unique);
        """

    private func fingerprint(_ text: String) -> String {
        let result = SchemaReader.read(text: text, path: "f.sql", dialect: .postgresql)
        #expect(result.diagnostics == [])
        return SchemaFingerprint.of(result.model)
    }

    @Test func aDumpAndTheSameSchemaWrittenByHandAgree() {
        let dumped = SchemaReader.read(text: Self.dumped, path: "f.sql", dialect: .postgresql).model
        let written = SchemaReader.read(text: Self.handWritten, path: "f.sql", dialect: .postgresql).model
        #expect(SchemaFingerprint.canonicalText(dumped) == SchemaFingerprint.canonicalText(written))
        #expect(fingerprint(Self.dumped) == fingerprint(Self.handWritten))
    }

    @Test(arguments: [
        ("ON DELETE CASCADE", "ON DELETE RESTRICT"),
        ("email character varying(100)", "email character varying(200)"),
        ("CREATE UNIQUE INDEX", "CREATE INDEX"),
        ("title text NOT NULL", "title text"),
        ("USING btree (author_id)", "USING hash (author_id)"),
        ("author_id integer NOT NULL,", "author_id bigint NOT NULL,"),
    ])
    func aRealChangeChangesIt(_ old: String, _ new: String) {
        let changed = Self.dumped.replacingOccurrences(of: old, with: new)
        #expect(changed != Self.dumped, "the edit must apply")
        #expect(fingerprint(changed) != fingerprint(Self.dumped))
    }
}
