extension PgAConst {
    /// The literal as PostgreSQL prints it: `42`, `1.5`, `'it''s'`, `true`, `NULL`, `B'101'`, `X'1F'`.
    var text: String? {
        if isnull == true { return "NULL" }
        if let ival { return "\(ival.value ?? 0)" }
        if let fval { return fval.value ?? "0" }
        if let boolval { return boolval.value == true ? "true" : "false" }
        if let sval { return Self.literal(sval.value ?? "") }
        if let bsval, let bits = bsval.value, let kind = bits.first {
            return (kind == "x" ? "X'" : "B'") + bits.dropFirst() + "'"
        }
        return nil
    }

    var isNegativeNumber: Bool {
        if let ival { return (ival.value ?? 0) < 0 }
        if let fval { return fval.value?.hasPrefix("-") ?? false }
        return false
    }

    /// A string literal with quotes doubled.
    static func literal(_ value: String) -> String {
        "'" + value.doublingQuote("'") + "'"
    }
}
