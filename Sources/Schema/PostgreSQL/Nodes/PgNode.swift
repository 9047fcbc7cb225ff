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
        self = try PgWrapper.decode(decoder, with: Self.decoders) { type, payload in
            .other(type: type, location: (try? PgLocated(from: payload))?.location)
        } ?? .other(type: "", location: nil)
    }

    /// libpg_query's node type names and how each is decoded, most frequent in pg_dump files first.
    private static let decoders: PgWrapper.Table<PgNode> = [
        ("String", { .string(try PgWrapper.value($0, as: String.self) ?? "") }),
        ("Constraint", { .constraint(try PgConstraint(from: $0)) }),
        ("A_Const", { .constant(try PgAConst(from: $0)) }),
        ("ColumnDef", { .columnDef(try PgColumnDef(from: $0)) }),
        ("IndexElem", { .indexElement(try PgIndexElem(from: $0)) }),
        ("List", { .list(try PgList(from: $0).items) }),
        ("DefElem", { .definition(try PgDefElem(from: $0)) }),
        ("ColumnRef", { .columnRef(try PgColumnRef(from: $0)) }),
        ("TypeCast", { .typeCast(try PgTypeCast(from: $0)) }),
        ("Integer", { .integer(try PgWrapper.value($0, as: Int.self) ?? 0) }),
        ("AlterTableCmd", { .alterTableCommand(try PgAlterTableCmd(from: $0)) }),
        ("FuncCall", { .functionCall(try PgFuncCall(from: $0)) }),
        ("TypeName", { .typeName(try PgTypeName(from: $0)) }),
        ("RangeVar", { .rangeVar(try PgRangeVar(from: $0)) }),
        ("A_Expr", { .expression(try PgAExpr(from: $0)) }),
        ("NullTest", { .nullTest(try PgNullTest(from: $0)) }),
        ("A_ArrayExpr", { .array(try PgAArrayExpr(from: $0)) }),
        ("BoolExpr", { .logic(try PgBoolExpr(from: $0)) }),
        ("Float", { .float(try PgWrapper.value($0, as: String.self) ?? "0") }),
        ("Boolean", { .bool(try PgWrapper.value($0, as: Bool.self) ?? false) }),
        ("BitString", { .bitString(try PgWrapper.value($0, as: String.self) ?? "") }),
        ("A_Star", { _ in .star }),
        ("BooleanTest", { .booleanTest(try PgBooleanTest(from: $0)) }),
        ("SQLValueFunction", { .valueFunction(try PgSQLValueFunction(from: $0)) }),
        ("CaseExpr", { .caseExpression(try PgCaseExpr(from: $0)) }),
        ("CaseWhen", { .caseWhen(try PgCaseWhen(from: $0)) }),
        ("CoalesceExpr", { .coalesce(try PgCoalesceExpr(from: $0)) }),
        ("MinMaxExpr", { .minMax(try PgMinMaxExpr(from: $0)) }),
        ("CollateClause", { .collate(try PgCollateClause(from: $0)) }),
        ("A_Indirection", { .indirection(try PgAIndirection(from: $0)) }),
        ("A_Indices", { .indices(try PgAIndices(from: $0)) }),
        ("RowExpr", { .row(try PgRowExpr(from: $0)) }),
        ("ParamRef", { .parameter(try PgParamRef(from: $0)) }),
        ("NamedArgExpr", { .namedArgument(try PgNamedArgExpr(from: $0)) }),
        ("TableLikeClause", { .tableLike(try PgTableLikeClause(from: $0)) }),
        ("PartitionElem", { .partitionElement(try PgPartitionElem(from: $0)) }),
        ("PartitionCmd", { .partitionCommand(try PgPartitionCmd(from: $0)) }),
    ]

    /// The text of a `String` node.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
