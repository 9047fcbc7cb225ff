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
        let container = try decoder.container(keyedBy: PgAnyKey.self)
        guard let key = container.allKeys.first else {
            self = .other(type: "", location: nil)
            return
        }
        switch key.stringValue {
        case "String": self = .string(try container.decode(PgValue<String>.self, forKey: key).value ?? "")
        case "Integer": self = .integer(try container.decode(PgValue<Int>.self, forKey: key).value ?? 0)
        case "Float": self = .float(try container.decode(PgValue<String>.self, forKey: key).value ?? "0")
        case "Boolean": self = .bool(try container.decode(PgValue<Bool>.self, forKey: key).value ?? false)
        case "BitString": self = .bitString(try container.decode(PgValue<String>.self, forKey: key).value ?? "")
        case "List": self = .list(try container.decode(PgList.self, forKey: key).items)
        case "A_Star": self = .star
        case "A_Const": self = .constant(try container.decode(PgAConst.self, forKey: key))
        case "TypeCast": self = .typeCast(try container.decode(PgTypeCast.self, forKey: key))
        case "FuncCall": self = .functionCall(try container.decode(PgFuncCall.self, forKey: key))
        case "ColumnRef": self = .columnRef(try container.decode(PgColumnRef.self, forKey: key))
        case "A_Expr": self = .expression(try container.decode(PgAExpr.self, forKey: key))
        case "BoolExpr": self = .logic(try container.decode(PgBoolExpr.self, forKey: key))
        case "NullTest": self = .nullTest(try container.decode(PgNullTest.self, forKey: key))
        case "BooleanTest": self = .booleanTest(try container.decode(PgBooleanTest.self, forKey: key))
        case "SQLValueFunction": self = .valueFunction(try container.decode(PgSQLValueFunction.self, forKey: key))
        case "A_ArrayExpr": self = .array(try container.decode(PgAArrayExpr.self, forKey: key))
        case "CaseExpr": self = .caseExpression(try container.decode(PgCaseExpr.self, forKey: key))
        case "CaseWhen": self = .caseWhen(try container.decode(PgCaseWhen.self, forKey: key))
        case "CoalesceExpr": self = .coalesce(try container.decode(PgCoalesceExpr.self, forKey: key))
        case "MinMaxExpr": self = .minMax(try container.decode(PgMinMaxExpr.self, forKey: key))
        case "CollateClause": self = .collate(try container.decode(PgCollateClause.self, forKey: key))
        case "A_Indirection": self = .indirection(try container.decode(PgAIndirection.self, forKey: key))
        case "A_Indices": self = .indices(try container.decode(PgAIndices.self, forKey: key))
        case "RowExpr": self = .row(try container.decode(PgRowExpr.self, forKey: key))
        case "ParamRef": self = .parameter(try container.decode(PgParamRef.self, forKey: key))
        case "NamedArgExpr": self = .namedArgument(try container.decode(PgNamedArgExpr.self, forKey: key))
        case "TypeName": self = .typeName(try container.decode(PgTypeName.self, forKey: key))
        case "RangeVar": self = .rangeVar(try container.decode(PgRangeVar.self, forKey: key))
        case "ColumnDef": self = .columnDef(try container.decode(PgColumnDef.self, forKey: key))
        case "Constraint": self = .constraint(try container.decode(PgConstraint.self, forKey: key))
        case "TableLikeClause": self = .tableLike(try container.decode(PgTableLikeClause.self, forKey: key))
        case "IndexElem": self = .indexElement(try container.decode(PgIndexElem.self, forKey: key))
        case "PartitionElem": self = .partitionElement(try container.decode(PgPartitionElem.self, forKey: key))
        case "PartitionCmd": self = .partitionCommand(try container.decode(PgPartitionCmd.self, forKey: key))
        case "DefElem": self = .definition(try container.decode(PgDefElem.self, forKey: key))
        case "AlterTableCmd": self = .alterTableCommand(try container.decode(PgAlterTableCmd.self, forKey: key))
        default:
            let payload = try? container.decode(PgLocated.self, forKey: key)
            self = .other(type: key.stringValue, location: payload?.location)
        }
    }

    /// The text of a `String` node.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
