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
        guard let (type, payload) = try PgWrapper.open(decoder) else {
            self = .other("")
            return
        }
        switch type {
        case "CreateStmt": self = .createTable(try PgCreateStmt(from: payload))
        case "AlterTableStmt": self = .alterTable(try PgAlterTableStmt(from: payload))
        case "IndexStmt": self = .createIndex(try PgIndexStmt(from: payload))
        case "CreateEnumStmt": self = .createEnum(try PgCreateEnumStmt(from: payload))
        case "AlterEnumStmt": self = .alterEnum(try PgAlterEnumStmt(from: payload))
        case "CreateDomainStmt": self = .createDomain(try PgCreateDomainStmt(from: payload))
        case "AlterDomainStmt": self = .alterDomain(try PgAlterDomainStmt(from: payload))
        case "CompositeTypeStmt", "CreateRangeStmt", "DefineStmt":
            self = .createType(try PgNamedTypeStmt(from: payload))
        case "CreateSeqStmt": self = .createSequence(try PgSeqStmt(from: payload))
        case "AlterSeqStmt": self = .alterSequence(try PgSeqStmt(from: payload))
        case "ViewStmt": self = .createView(try PgViewStmt(from: payload))
        case "CreateTableAsStmt": self = .createTableAs(try PgCreateTableAsStmt(from: payload))
        case "CreateSchemaStmt": self = .createSchema(try PgCreateSchemaStmt(from: payload))
        case "CommentStmt": self = .comment(try PgCommentStmt(from: payload))
        case "DropStmt": self = .drop(try PgDropStmt(from: payload))
        case "RenameStmt": self = .rename(try PgRenameStmt(from: payload))
        default: self = .other(type)
        }
    }
}
