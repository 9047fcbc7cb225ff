/// `{{name}}` substitution. Values are inserted as they are; names with no value become empty, and the
/// rendering says which names were missing so tests can catch typos in templates.
public enum PromptTemplate {
    public static func render(_ template: String, _ values: [String: String]) -> (text: String, missing: [String]) {
        var out = ""
        out.reserveCapacity(template.utf8.count + values.values.reduce(0) { $0 + $1.utf8.count })
        var missing: [String] = []
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else {
                out += rest[open.lowerBound...]
                rest = rest[rest.endIndex...]
                break
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let value = values[name] { out += value } else { missing.append(name) }
            rest = rest[close.upperBound...]
        }
        out += rest
        return (out, missing)
    }
}

import Foundation
