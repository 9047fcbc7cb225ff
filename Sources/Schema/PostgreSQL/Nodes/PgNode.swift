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
        self = try PgWrapper.decode(decoder, with: Self.decoders, other: Self.other) ?? .other(type: "", location: nil)
    }

    /// `init(from:)` on the tape, without casting the decoder.
    init(tape decoder: PgJSONDecoder) throws {
        self = try PgWrapper.decode(decoder, with: Self.decoders, other: Self.other) ?? .other(type: "", location: nil)
    }

    private static func other(_ type: String, _ payload: any Decoder) -> PgNode {
        .other(type: type, location: (try? PgLocated(from: payload))?.location)
    }

    /// libpg_query's node type names and how each is decoded, most frequent in pg_dump files first.
    private static let decoders: PgWrapper.Table<PgNode> = [
        ("String", { .string(try $0.value(String.self) ?? "") }),
        ("Constraint", { .constraint(try $0.decode(PgConstraint.self)) }),
        ("A_Const", { .constant(try $0.decode(PgAConst.self)) }),
        ("ColumnDef", { .columnDef(try $0.decode(PgColumnDef.self)) }),
        ("IndexElem", { .indexElement(try $0.decode(PgIndexElem.self)) }),
        ("List", { .list(try $0.decode(PgList.self).items) }),
        ("DefElem", { .definition(try $0.decode(PgDefElem.self)) }),
        ("ColumnRef", { .columnRef(try $0.decode(PgColumnRef.self)) }),
        ("TypeCast", { .typeCast(try $0.decode(PgTypeCast.self)) }),
        ("Integer", { .integer(try $0.value(Int.self) ?? 0) }),
        ("AlterTableCmd", { .alterTableCommand(try $0.decode(PgAlterTableCmd.self)) }),
        ("FuncCall", { .functionCall(try $0.decode(PgFuncCall.self)) }),
        ("TypeName", { .typeName(try $0.decode(PgTypeName.self)) }),
        ("RangeVar", { .rangeVar(try $0.decode(PgRangeVar.self)) }),
        ("A_Expr", { .expression(try $0.decode(PgAExpr.self)) }),
        ("NullTest", { .nullTest(try $0.decode(PgNullTest.self)) }),
        ("A_ArrayExpr", { .array(try $0.decode(PgAArrayExpr.self)) }),
        ("BoolExpr", { .logic(try $0.decode(PgBoolExpr.self)) }),
        ("Float", { .float(try $0.value(String.self) ?? "0") }),
        ("Boolean", { .bool(try $0.value(Bool.self) ?? false) }),
        ("BitString", { .bitString(try $0.value(String.self) ?? "") }),
        ("A_Star", { _ in .star }),
        ("BooleanTest", { .booleanTest(try $0.decode(PgBooleanTest.self)) }),
        ("SQLValueFunction", { .valueFunction(try $0.decode(PgSQLValueFunction.self)) }),
        ("CaseExpr", { .caseExpression(try $0.decode(PgCaseExpr.self)) }),
        ("CaseWhen", { .caseWhen(try $0.decode(PgCaseWhen.self)) }),
        ("CoalesceExpr", { .coalesce(try $0.decode(PgCoalesceExpr.self)) }),
        ("MinMaxExpr", { .minMax(try $0.decode(PgMinMaxExpr.self)) }),
        ("CollateClause", { .collate(try $0.decode(PgCollateClause.self)) }),
        ("A_Indirection", { .indirection(try $0.decode(PgAIndirection.self)) }),
        ("A_Indices", { .indices(try $0.decode(PgAIndices.self)) }),
        ("RowExpr", { .row(try $0.decode(PgRowExpr.self)) }),
        ("ParamRef", { .parameter(try $0.decode(PgParamRef.self)) }),
        ("NamedArgExpr", { .namedArgument(try $0.decode(PgNamedArgExpr.self)) }),
        ("TableLikeClause", { .tableLike(try $0.decode(PgTableLikeClause.self)) }),
        ("PartitionElem", { .partitionElement(try $0.decode(PgPartitionElem.self)) }),
        ("PartitionCmd", { .partitionCommand(try $0.decode(PgPartitionCmd.self)) }),
    ]

    /// The text of a `String` node.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
