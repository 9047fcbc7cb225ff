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
        let container = try decoder.container(keyedBy: PgAnyKey.self)
        guard let key = container.allKeys.first else {
            self = .other("")
            return
        }
        switch key.stringValue {
        case "CreateStmt": self = .createTable(try container.decode(PgCreateStmt.self, forKey: key))
        case "AlterTableStmt": self = .alterTable(try container.decode(PgAlterTableStmt.self, forKey: key))
        case "IndexStmt": self = .createIndex(try container.decode(PgIndexStmt.self, forKey: key))
        case "CreateEnumStmt": self = .createEnum(try container.decode(PgCreateEnumStmt.self, forKey: key))
        case "AlterEnumStmt": self = .alterEnum(try container.decode(PgAlterEnumStmt.self, forKey: key))
        case "CreateDomainStmt": self = .createDomain(try container.decode(PgCreateDomainStmt.self, forKey: key))
        case "AlterDomainStmt": self = .alterDomain(try container.decode(PgAlterDomainStmt.self, forKey: key))
        case "CompositeTypeStmt", "CreateRangeStmt", "DefineStmt":
            self = .createType(try container.decode(PgNamedTypeStmt.self, forKey: key))
        case "CreateSeqStmt": self = .createSequence(try container.decode(PgSeqStmt.self, forKey: key))
        case "AlterSeqStmt": self = .alterSequence(try container.decode(PgSeqStmt.self, forKey: key))
        case "ViewStmt": self = .createView(try container.decode(PgViewStmt.self, forKey: key))
        case "CreateTableAsStmt": self = .createTableAs(try container.decode(PgCreateTableAsStmt.self, forKey: key))
        case "CreateSchemaStmt": self = .createSchema(try container.decode(PgCreateSchemaStmt.self, forKey: key))
        case "CommentStmt": self = .comment(try container.decode(PgCommentStmt.self, forKey: key))
        case "DropStmt": self = .drop(try container.decode(PgDropStmt.self, forKey: key))
        case "RenameStmt": self = .rename(try container.decode(PgRenameStmt.self, forKey: key))
        default: self = .other(key.stringValue)
        }
    }
}
