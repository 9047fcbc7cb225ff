/// Normalizes the object a finding names, so that `"public"."Orders"."user_id"`, `orders (user_id)`,
/// `` `orders`.`user_id` `` and `orders.user_id` compare equal.
public enum TargetName {
    public static func normalize(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        text.removeAll { $0 == "\"" || $0 == "`" || $0 == "[" || $0 == "]" }
        // "orders (user_id)" and "orders(user_id)" → "orders.user_id"
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let table = text[..<open].trimmingCharacters(in: .whitespaces)
            let inner = text[text.index(after: open)..<close].split(separator: ",").first.map(String.init) ?? ""
            text = table + "." + inner.trimmingCharacters(in: .whitespaces)
        }
        // Several targets: keep the first.
        if let comma = text.firstIndex(where: { $0 == "," || $0 == ";" }) { text = String(text[..<comma]) }
        text = text.replacingOccurrences(of: " ", with: "")
        for prefix in ["public.", "main.", "dbo."] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        if text.hasPrefix("table") && text.count > 5 && !text.hasPrefix("table_") && !text.hasPrefix("tables") {
            // "table:orders" or "table orders"
            let rest = text.dropFirst(5).drop { $0 == ":" || $0 == " " }
            if !rest.isEmpty { text = String(rest) }
        }
        return text
    }

    /// The table part of a normalized target (`orders.user_id` → `orders`; `app.orders.user_id` → `app.orders`).
    public static func table(of target: String) -> String {
        let parts = target.split(separator: ".")
        return parts.count >= 3 ? parts.prefix(2).joined(separator: ".") : String(parts.first ?? "")
    }

    /// The column part, when the target names one.
    public static func column(of target: String) -> String? {
        let parts = target.split(separator: ".")
        return parts.count >= 2 ? String(parts.last!) : nil
    }
}

import Foundation
