extension PgNode {
    /// The smallest location in the node and everything below it: where the expression's text starts
    /// (an operator's own location is that of the operator, so the minimum is needed), or nil when no
    /// node in it has a location.
    var startLocation: Int? {
        var lowest: Int?
        func note(_ location: Int?) {
            guard let location, location >= 0 else { return }
            lowest = min(lowest ?? location, location)
        }
        func visit(_ node: PgNode?) {
            guard let node else { return }
            switch node {
            case .list(let items): items.forEach(visit)
            case .constant(let c): note(c.location)
            case .typeCast(let c): note(c.location); visit(c.arg); note(c.typeName.location)
            case .functionCall(let f): note(f.location); f.args?.forEach(visit)
            case .columnRef(let r): note(r.location)
            case .expression(let e): note(e.location); visit(e.lexpr); visit(e.rexpr)
            case .logic(let b): note(b.location); b.args.forEach(visit)
            case .nullTest(let t): note(t.location); visit(t.arg)
            case .booleanTest(let t): note(t.location); visit(t.arg)
            case .valueFunction(let f): note(f.location)
            case .array(let a): note(a.location); a.elements?.forEach(visit)
            case .caseExpression(let c): note(c.location); visit(c.arg); c.args.forEach(visit); visit(c.defresult)
            case .caseWhen(let w): note(w.location); visit(w.expr); visit(w.result)
            case .coalesce(let c): note(c.location); c.args.forEach(visit)
            case .minMax(let m): note(m.location); m.args.forEach(visit)
            case .collate(let c): note(c.location); visit(c.arg)
            case .indirection(let i): visit(i.arg)
            case .row(let r): note(r.location); r.args?.forEach(visit)
            case .parameter(let p): note(p.location)
            case .namedArgument(let n): note(n.location); visit(n.arg)
            case .typeName(let t): note(t.location)
            case .rangeVar(let r): note(r.location)
            case .other(_, let location): note(location)
            default: break
            }
        }
        visit(self)
        return lowest
    }
}
