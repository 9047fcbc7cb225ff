/// Operator expressions (`A_Expr`) and AND/OR/NOT (`BoolExpr`).
extension PgDeparser {
    private static let comparisons: Set<String> = ["=", "<", ">", "<=", ">=", "<>", "!="]

    private static func precedence(ofOperator name: String) -> Precedence {
        switch name {
        case _ where comparisons.contains(name): .comparison
        case "+", "-": .additive
        case "*", "/", "%": .multiplicative
        case "^": .exponent
        default: .otherOperator
        }
    }

    func operatorExpression(_ expression: PgAExpr) -> (text: String, precedence: Precedence)? {
        let names = (expression.name ?? []).compactMap(\.stringValue)
        guard let op = names.last else { return nil }
        switch expression.kind {
        case "AEXPR_OP":
            let spelled = names.count > 1 ? "OPERATOR(" + names.joined(separator: ".") + ")" : op
            let precedence = names.count > 1 ? .otherOperator : Self.precedence(ofOperator: op)
            guard let right = expression.rexpr else { return nil }
            guard let left = expression.lexpr else {
                return operand(right, above: .unary).map { (spelled + $0, .unary) }
            }
            let isComparison = precedence == .comparison
            guard let lhs = operand(left, above: precedence, strictly: isComparison),
                  let rhs = operand(right, above: precedence, strictly: true) else { return nil }
            return (lhs + " " + spelled + " " + rhs, precedence)
        case "AEXPR_OP_ANY", "AEXPR_OP_ALL":
            guard let left = expression.lexpr, let right = expression.rexpr,
                  let lhs = operand(left, above: .comparison, strictly: true), let rhs = deparse(right) else { return nil }
            let quantifier = expression.kind == "AEXPR_OP_ANY" ? "ANY" : "ALL"
            return (lhs + " " + op + " " + quantifier + " (" + rhs + ")", .comparison)
        case "AEXPR_DISTINCT", "AEXPR_NOT_DISTINCT":
            guard let left = expression.lexpr, let right = expression.rexpr,
                  let lhs = operand(left, above: .isTest, strictly: true),
                  let rhs = operand(right, above: .isTest, strictly: true) else { return nil }
            let keyword = expression.kind == "AEXPR_DISTINCT" ? " IS DISTINCT FROM " : " IS NOT DISTINCT FROM "
            return (lhs + keyword + rhs, .isTest)
        case "AEXPR_NULLIF":
            guard let left = expression.lexpr, let right = expression.rexpr,
                  let lhs = deparse(left), let rhs = deparse(right) else { return nil }
            return ("NULLIF(" + lhs + ", " + rhs + ")", .atom)
        case "AEXPR_IN":
            guard let left = expression.lexpr, case .list(let items)? = expression.rexpr,
                  let lhs = operand(left, above: .like, strictly: true), let values = list(items) else { return nil }
            return (lhs + (op == "<>" ? " NOT IN (" : " IN (") + values + ")", .like)
        case "AEXPR_LIKE", "AEXPR_ILIKE", "AEXPR_SIMILAR":
            return patternMatch(expression, op: op)
        case "AEXPR_BETWEEN", "AEXPR_NOT_BETWEEN", "AEXPR_BETWEEN_SYM", "AEXPR_NOT_BETWEEN_SYM":
            guard let left = expression.lexpr, case .list(let bounds)? = expression.rexpr, bounds.count == 2,
                  let lhs = operand(left, above: .like, strictly: true),
                  let low = operand(bounds[0], above: .like, strictly: true),
                  let high = operand(bounds[1], above: .like, strictly: true) else { return nil }
            let keyword = [
                "AEXPR_BETWEEN": " BETWEEN ", "AEXPR_NOT_BETWEEN": " NOT BETWEEN ",
                "AEXPR_BETWEEN_SYM": " BETWEEN SYMMETRIC ", "AEXPR_NOT_BETWEEN_SYM": " NOT BETWEEN SYMMETRIC ",
            ][expression.kind] ?? " BETWEEN "
            return (lhs + keyword + low + " AND " + high, .like)
        default:
            return nil
        }
    }

    /// LIKE, ILIKE, SIMILAR TO and their negations; an ESCAPE clause arrives as a function around the pattern.
    private func patternMatch(_ expression: PgAExpr, op: String) -> (text: String, precedence: Precedence)? {
        guard let left = expression.lexpr, let right = expression.rexpr,
              let lhs = operand(left, above: .like, strictly: true) else { return nil }
        let negated = op.hasPrefix("!")
        let keyword: String
        switch expression.kind {
        case "AEXPR_LIKE": keyword = negated ? "NOT LIKE" : "LIKE"
        case "AEXPR_ILIKE": keyword = negated ? "NOT ILIKE" : "ILIKE"
        default: keyword = negated ? "NOT SIMILAR TO" : "SIMILAR TO"
        }
        var pattern = right
        var escape: PgNode?
        if case .functionCall(let call) = right,
           let function = call.funcname.last?.stringValue, function == "like_escape" || function == "similar_to_escape",
           let args = call.args, !args.isEmpty {
            pattern = args[0]
            escape = args.count > 1 ? args[1] : nil
        }
        guard let rhs = operand(pattern, above: .like, strictly: true) else { return nil }
        var text = lhs + " " + keyword + " " + rhs
        if let escape {
            guard let escaped = deparse(escape) else { return nil }
            text += " ESCAPE " + escaped
        }
        return (text, .like)
    }

    func boolExpression(_ expression: PgBoolExpr) -> (text: String, precedence: Precedence)? {
        switch expression.boolop {
        case "NOT_EXPR":
            guard let arg = expression.args.first, let text = operand(arg, above: .not) else { return nil }
            return ("NOT " + text, .not)
        case "AND_EXPR", "OR_EXPR":
            let precedence: Precedence = expression.boolop == "AND_EXPR" ? .and : .or
            var parts: [String] = []
            for arg in expression.args {
                guard let text = operand(arg, above: precedence, strictly: true) else { return nil }
                parts.append(text)
            }
            return (parts.joined(separator: precedence == .and ? " AND " : " OR "), precedence)
        default:
            return nil
        }
    }
}
