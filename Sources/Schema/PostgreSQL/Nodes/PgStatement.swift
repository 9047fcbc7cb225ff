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

    /// libpg_query's statement type names and how each is decoded, most frequent in pg_dump files first.
    private static let decoders: PgWrapper.Table<PgStatement> = [
        ("IndexStmt", { .createIndex(try PgIndexStmt(from: $0)) }),
        ("AlterTableStmt", { .alterTable(try PgAlterTableStmt(from: $0)) }),
        ("CreateStmt", { .createTable(try PgCreateStmt(from: $0)) }),
        ("CreateSeqStmt", { .createSequence(try PgSeqStmt(from: $0)) }),
        ("AlterSeqStmt", { .alterSequence(try PgSeqStmt(from: $0)) }),
        ("CommentStmt", { .comment(try PgCommentStmt(from: $0)) }),
        ("ViewStmt", { .createView(try PgViewStmt(from: $0)) }),
        ("CreateEnumStmt", { .createEnum(try PgCreateEnumStmt(from: $0)) }),
        ("AlterEnumStmt", { .alterEnum(try PgAlterEnumStmt(from: $0)) }),
        ("CreateDomainStmt", { .createDomain(try PgCreateDomainStmt(from: $0)) }),
        ("AlterDomainStmt", { .alterDomain(try PgAlterDomainStmt(from: $0)) }),
        // CREATE TYPE as composite, range or base type.
        ("CompositeTypeStmt", { .createType(try PgNamedTypeStmt(from: $0)) }),
        ("CreateRangeStmt", { .createType(try PgNamedTypeStmt(from: $0)) }),
        ("DefineStmt", { .createType(try PgNamedTypeStmt(from: $0)) }),
        ("CreateTableAsStmt", { .createTableAs(try PgCreateTableAsStmt(from: $0)) }),
        ("CreateSchemaStmt", { .createSchema(try PgCreateSchemaStmt(from: $0)) }),
        ("DropStmt", { .drop(try PgDropStmt(from: $0)) }),
        ("RenameStmt", { .rename(try PgRenameStmt(from: $0)) }),
    ]
}
