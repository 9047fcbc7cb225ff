/// A node of libpg_query's JSON parse tree, where a generic `Node *` field is written as an object with
/// one key, the node's type: `{"ColumnRef": {...}}`. Only the node types the reader uses are decoded;
/// any other becomes `.other` with its type name and location, so an unexpected node never fails a read.
indirect enum PgNode: Decodable, Sendable {
    case string(String)
    case integer(Int)
    case float(String)
    case bool(Bool)
    case bitString(String)
    case list([PgNode])
    case star
    case constant(PgAConst)
    case typeCast(PgTypeCast)
    case functionCall(PgFuncCall)
    case columnRef(PgColumnRef)
    case expression(PgAExpr)
    case logic(PgBoolExpr)
    case nullTest(PgNullTest)
    case booleanTest(PgBooleanTest)
    case valueFunction(PgSQLValueFunction)
    case array(PgAArrayExpr)
    case caseExpression(PgCaseExpr)
    case caseWhen(PgCaseWhen)
    case coalesce(PgCoalesceExpr)
    case minMax(PgMinMaxExpr)
    case collate(PgCollateClause)
    case indirection(PgAIndirection)
    case indices(PgAIndices)
    case row(PgRowExpr)
    case parameter(PgParamRef)
    case namedArgument(PgNamedArgExpr)
    case typeName(PgTypeName)
    case rangeVar(PgRangeVar)
    case columnDef(PgColumnDef)
    case constraint(PgConstraint)
    case tableLike(PgTableLikeClause)
    case indexElement(PgIndexElem)
    case partitionElement(PgPartitionElem)
    case partitionCommand(PgPartitionCmd)
    case definition(PgDefElem)
    case alterTableCommand(PgAlterTableCmd)
    /// A node type the reader does not decode, with its location when it has one.
    case other(type: String, location: Int?)

    init(from decoder: any Decoder) throws {
        guard let (type, payload) = try PgWrapper.open(decoder) else {
            self = .other(type: "", location: nil)
            return
        }
        switch type {
        case "String": self = .string(try PgValue<String>(from: payload).value ?? "")
        case "Integer": self = .integer(try PgValue<Int>(from: payload).value ?? 0)
        case "Float": self = .float(try PgValue<String>(from: payload).value ?? "0")
        case "Boolean": self = .bool(try PgValue<Bool>(from: payload).value ?? false)
        case "BitString": self = .bitString(try PgValue<String>(from: payload).value ?? "")
        case "List": self = .list(try PgList(from: payload).items)
        case "A_Star": self = .star
        case "A_Const": self = .constant(try PgAConst(from: payload))
        case "TypeCast": self = .typeCast(try PgTypeCast(from: payload))
        case "FuncCall": self = .functionCall(try PgFuncCall(from: payload))
        case "ColumnRef": self = .columnRef(try PgColumnRef(from: payload))
        case "A_Expr": self = .expression(try PgAExpr(from: payload))
        case "BoolExpr": self = .logic(try PgBoolExpr(from: payload))
        case "NullTest": self = .nullTest(try PgNullTest(from: payload))
        case "BooleanTest": self = .booleanTest(try PgBooleanTest(from: payload))
        case "SQLValueFunction": self = .valueFunction(try PgSQLValueFunction(from: payload))
        case "A_ArrayExpr": self = .array(try PgAArrayExpr(from: payload))
        case "CaseExpr": self = .caseExpression(try PgCaseExpr(from: payload))
        case "CaseWhen": self = .caseWhen(try PgCaseWhen(from: payload))
        case "CoalesceExpr": self = .coalesce(try PgCoalesceExpr(from: payload))
        case "MinMaxExpr": self = .minMax(try PgMinMaxExpr(from: payload))
        case "CollateClause": self = .collate(try PgCollateClause(from: payload))
        case "A_Indirection": self = .indirection(try PgAIndirection(from: payload))
        case "A_Indices": self = .indices(try PgAIndices(from: payload))
        case "RowExpr": self = .row(try PgRowExpr(from: payload))
        case "ParamRef": self = .parameter(try PgParamRef(from: payload))
        case "NamedArgExpr": self = .namedArgument(try PgNamedArgExpr(from: payload))
        case "TypeName": self = .typeName(try PgTypeName(from: payload))
        case "RangeVar": self = .rangeVar(try PgRangeVar(from: payload))
        case "ColumnDef": self = .columnDef(try PgColumnDef(from: payload))
        case "Constraint": self = .constraint(try PgConstraint(from: payload))
        case "TableLikeClause": self = .tableLike(try PgTableLikeClause(from: payload))
        case "IndexElem": self = .indexElement(try PgIndexElem(from: payload))
        case "PartitionElem": self = .partitionElement(try PgPartitionElem(from: payload))
        case "PartitionCmd": self = .partitionCommand(try PgPartitionCmd(from: payload))
        case "DefElem": self = .definition(try PgDefElem(from: payload))
        case "AlterTableCmd": self = .alterTableCommand(try PgAlterTableCmd(from: payload))
        default:
            self = .other(type: type, location: (try? PgLocated(from: payload))?.location)
        }
    }

    /// The text of a `String` node.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
