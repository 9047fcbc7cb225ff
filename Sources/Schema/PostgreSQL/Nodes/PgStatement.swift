/// A parsed top-level statement: the kinds the schema reader uses, or `.other` with the node type.
enum PgStatement: Decodable, Sendable {
    case createTable(PgCreateStmt)
    case alterTable(PgAlterTableStmt)
    case createIndex(PgIndexStmt)
    case createEnum(PgCreateEnumStmt)
    case alterEnum(PgAlterEnumStmt)
    case createDomain(PgCreateDomainStmt)
    case alterDomain(PgAlterDomainStmt)
    /// CREATE TYPE as composite, range or base type.
    case createType(PgNamedTypeStmt)
    case createSequence(PgSeqStmt)
    case alterSequence(PgSeqStmt)
    case createView(PgViewStmt)
    case createTableAs(PgCreateTableAsStmt)
    case createSchema(PgCreateSchemaStmt)
    case comment(PgCommentStmt)
    case drop(PgDropStmt)
    case rename(PgRenameStmt)
    case other(String)

    init(from decoder: any Decoder) throws {
        self = try PgWrapper.decode(decoder, with: Self.decoders) { type, _ in .other(type) } ?? .other("")
    }

    /// `init(from:)` on the tape, without casting the decoder.
    init(tape decoder: PgJSONDecoder) throws {
        self = try PgWrapper.decode(decoder, with: Self.decoders) { type, _ in .other(type) } ?? .other("")
    }

    /// libpg_query's statement type names and how each is decoded, most frequent in pg_dump files first.
    private static let decoders: PgWrapper.Table<PgStatement> = [
        ("IndexStmt", { .createIndex(try $0.decode(PgIndexStmt.self)) }),
        ("AlterTableStmt", { .alterTable(try $0.decode(PgAlterTableStmt.self)) }),
        ("CreateStmt", { .createTable(try $0.decode(PgCreateStmt.self)) }),
        ("CreateSeqStmt", { .createSequence(try $0.decode(PgSeqStmt.self)) }),
        ("AlterSeqStmt", { .alterSequence(try $0.decode(PgSeqStmt.self)) }),
        ("CommentStmt", { .comment(try $0.decode(PgCommentStmt.self)) }),
        ("ViewStmt", { .createView(try $0.decode(PgViewStmt.self)) }),
        ("CreateEnumStmt", { .createEnum(try $0.decode(PgCreateEnumStmt.self)) }),
        ("AlterEnumStmt", { .alterEnum(try $0.decode(PgAlterEnumStmt.self)) }),
        ("CreateDomainStmt", { .createDomain(try $0.decode(PgCreateDomainStmt.self)) }),
        ("AlterDomainStmt", { .alterDomain(try $0.decode(PgAlterDomainStmt.self)) }),
        // CREATE TYPE as composite, range or base type.
        ("CompositeTypeStmt", { .createType(try $0.decode(PgNamedTypeStmt.self)) }),
        ("CreateRangeStmt", { .createType(try $0.decode(PgNamedTypeStmt.self)) }),
        ("DefineStmt", { .createType(try $0.decode(PgNamedTypeStmt.self)) }),
        ("CreateTableAsStmt", { .createTableAs(try $0.decode(PgCreateTableAsStmt.self)) }),
        ("CreateSchemaStmt", { .createSchema(try $0.decode(PgCreateSchemaStmt.self)) }),
        ("DropStmt", { .drop(try $0.decode(PgDropStmt.self)) }),
        ("RenameStmt", { .rename(try $0.decode(PgRenameStmt.self)) }),
    ]
}
