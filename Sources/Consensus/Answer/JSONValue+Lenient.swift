import Foundation
import Support

/// How the answer parser reads values: leniently, since models spell the same field in several ways (a
/// number as text, a percentage, a bool as a word).
extension JSONValue {
    /// A string, or a number or bool written out as one.
    var lenientText: String? {
        switch self {
        case .string(let s): s
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): String(b)
        default: nil
        }
    }

    /// A number, or a string that holds one (a trailing `%` allowed).
    var lenientNumber: Double? {
        switch self {
        case .number(let n): n
        case .string(let s): Double(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: ""))
        default: nil
        }
    }
}
