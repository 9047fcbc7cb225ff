/// Turns expression nodes back into SQL text, in the style PostgreSQL prints them (`'draft'::text`,
/// `now()`, `CURRENT_TIMESTAMP`, `price > 0 AND price < 1000`), with the fewest parentheses operator
/// precedence needs. Returns nil for any node it does not know (subqueries, window functions, ...);
/// callers then take the expression's text from the source (`PgStatementContext.expressionText`).
struct PgDeparser {
    /// Binding strength, loosest first, as in PostgreSQL's grammar.
    enum Precedence: Int, Comparable {
        case or = 1, and, not, isTest, comparison, like, otherOperator, additive, multiplicative, exponent
        case collate, unary, cast, atom

        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
    }

    func deparse(_ node: PgNode) -> String? {
        render(node)?.text
    }

    /// Text and precedence of `node`.
    func render(_ node: PgNode) -> (text: String, precedence: Precedence)? {
        switch node {
        case .constant(let constant): return constant.isNegativeNumber ? constant.text.map { ($0, .unary) } : constant.text.map { ($0, .atom) }
        case .integer(let value): return ("\(value)", value < 0 ? .unary : .atom)
        case .float(let value): return (value, value.hasPrefix("-") ? .unary : .atom)
        case .string(let value): return (PgAConst.literal(value), .atom)
        case .bool(let value): return (value ? "true" : "false", .atom)
        case .columnRef(let ref): return columnRef(ref).map { ($0, .atom) }
        case .typeCast(let cast):
            guard let arg = cast.arg, let operand = operand(arg, above: .cast),
                  let type = PgTypeFormatter.format(cast.typeName, deparser: self) else { return nil }
            return (operand + "::" + type, .cast)
        case .functionCall(let call): return functionCall(call).map { ($0, .atom) }
        case .expression(let expression): return operatorExpression(expression)
        case .logic(let expression): return boolExpression(expression)
        case .nullTest(let test):
            guard let arg = test.arg, let operand = operand(arg, above: .isTest) else { return nil }
            return (operand + (test.nulltesttype == "IS_NOT_NULL" ? " IS NOT NULL" : " IS NULL"), .isTest)
        case .booleanTest(let test):
            guard let arg = test.arg, let operand = operand(arg, above: .isTest),
                  let suffix = Self.booleanTests[test.booltesttype] else { return nil }
            return (operand + suffix, .isTest)
        case .valueFunction(let function): return Self.valueFunction(function).map { ($0, .atom) }
        case .array(let array):
            guard let elements = list(array.elements ?? []) else { return nil }
            return ("ARRAY[" + elements + "]", .atom)
        case .caseExpression(let expression): return caseExpression(expression).map { ($0, .atom) }
        case .coalesce(let expression):
            return list(expression.args).map { ("COALESCE(" + $0 + ")", .atom) }
        case .minMax(let expression):
            return list(expression.args).map { ((expression.op == "IS_LEAST" ? "LEAST(" : "GREATEST(") + $0 + ")", .atom) }
        case .collate(let clause):
            guard let arg = clause.arg, let operand = operand(arg, above: .collate) else { return nil }
            return (operand + " COLLATE " + PgIdentifier.quoted(clause.collname.compactMap(\.stringValue)), .collate)
        case .indirection(let indirection): return self.indirection(indirection).map { ($0, .atom) }
        case .row(let row):
            guard let args = list(row.args ?? []) else { return nil }
            return ((row.rowFormat == "COERCE_EXPLICIT_CALL" ? "ROW(" : "(") + args + ")", .atom)
        case .parameter(let parameter): return ("$\(parameter.number ?? 0)", .atom)
        case .namedArgument(let argument):
            return deparse(argument.arg).map { (PgIdentifier.quoted(argument.name) + " => " + $0, .atom) }
        case .list(let items): return list(items).map { ("(" + $0 + ")", .atom) }
        default: return nil
        }
    }

    /// `node`'s text, in parentheses when it binds more loosely than `precedence` (or equally, when `strictly`).
    func operand(_ node: PgNode, above precedence: Precedence, strictly: Bool = false) -> String? {
        guard let (text, own) = render(node) else { return nil }
        let needsParentheses = strictly ? own <= precedence : own < precedence
        return needsParentheses ? "(" + text + ")" : text
    }

    /// Comma-separated texts of `nodes`.
    func list(_ nodes: [PgNode]) -> String? {
        var parts: [String] = []
        parts.reserveCapacity(nodes.count)
        for node in nodes {
            guard let text = deparse(node) else { return nil }
            parts.append(text)
        }
        return parts.joined(separator: ", ")
    }

    private func columnRef(_ ref: PgColumnRef) -> String? {
        var parts: [String] = []
        for field in ref.fields {
            switch field {
            case .string(let name): parts.append(PgIdentifier.quoted(name))
            case .star: parts.append("*")
            default: return nil
            }
        }
        return parts.joined(separator: ".")
    }

    private func functionCall(_ call: PgFuncCall) -> String? {
        guard call.over == nil, call.aggOrder == nil, call.aggFilter == nil else { return nil }
        var names = call.funcname.compactMap(\.stringValue)
        // SQL syntax (EXTRACT, AT TIME ZONE, ...) arrives as pg_catalog functions; write the plain call.
        if call.funcformat == "COERCE_SQL_SYNTAX", names.count == 2, names[0] == "pg_catalog" { names.removeFirst() }
        var text = PgIdentifier.quoted(names) + "("
        if call.aggStar == true {
            text += "*"
        } else {
            var args: [String] = []
            for (index, arg) in (call.args ?? []).enumerated() {
                guard var argument = deparse(arg) else { return nil }
                if call.funcVariadic == true, index == (call.args?.count ?? 0) - 1 { argument = "VARIADIC " + argument }
                args.append(argument)
            }
            text += (call.aggDistinct == true ? "DISTINCT " : "") + args.joined(separator: ", ")
        }
        return text + ")"
    }

    private func caseExpression(_ expression: PgCaseExpr) -> String? {
        var text = "CASE"
        if let arg = expression.arg {
            guard let subject = deparse(arg) else { return nil }
            text += " " + subject
        }
        for branch in expression.args {
            guard case .caseWhen(let when) = branch, let condition = deparse(when.expr), let result = deparse(when.result) else {
                return nil
            }
            text += " WHEN " + condition + " THEN " + result
        }
        if let fallback = expression.defresult {
            guard let result = deparse(fallback) else { return nil }
            text += " ELSE " + result
        }
        return text + " END"
    }

    private func indirection(_ indirection: PgAIndirection) -> String? {
        guard var text = deparse(indirection.arg) else { return nil }
        if case .columnRef = indirection.arg {} else if case .parameter = indirection.arg {} else { text = "(" + text + ")" }
        for item in indirection.indirection {
            switch item {
            case .indices(let indices):
                let lower = indices.lidx.flatMap(deparse) ?? ""
                let upper = indices.uidx.flatMap(deparse) ?? ""
                text += indices.isSlice == true ? "[\(lower):\(upper)]" : "[\(upper)]"
            case .string(let field): text += "." + PgIdentifier.quoted(field)
            case .star: text += ".*"
            default: return nil
            }
        }
        return text
    }

    private static let booleanTests = [
        "IS_TRUE": " IS TRUE", "IS_NOT_TRUE": " IS NOT TRUE", "IS_FALSE": " IS FALSE",
        "IS_NOT_FALSE": " IS NOT FALSE", "IS_UNKNOWN": " IS UNKNOWN", "IS_NOT_UNKNOWN": " IS NOT UNKNOWN",
    ]

    private static func valueFunction(_ function: PgSQLValueFunction) -> String? {
        let precision = (function.typmod ?? -1) >= 0 ? "(\(function.typmod ?? 0))" : ""
        switch function.op {
        case "SVFOP_CURRENT_DATE": return "CURRENT_DATE"
        case "SVFOP_CURRENT_TIME", "SVFOP_CURRENT_TIME_N": return "CURRENT_TIME" + precision
        case "SVFOP_CURRENT_TIMESTAMP", "SVFOP_CURRENT_TIMESTAMP_N": return "CURRENT_TIMESTAMP" + precision
        case "SVFOP_LOCALTIME", "SVFOP_LOCALTIME_N": return "LOCALTIME" + precision
        case "SVFOP_LOCALTIMESTAMP", "SVFOP_LOCALTIMESTAMP_N": return "LOCALTIMESTAMP" + precision
        case "SVFOP_CURRENT_ROLE": return "CURRENT_ROLE"
        case "SVFOP_CURRENT_USER": return "CURRENT_USER"
        case "SVFOP_USER": return "USER"
        case "SVFOP_SESSION_USER": return "SESSION_USER"
        case "SVFOP_CURRENT_CATALOG": return "CURRENT_CATALOG"
        case "SVFOP_CURRENT_SCHEMA": return "CURRENT_SCHEMA"
        default: return nil
        }
    }
}
