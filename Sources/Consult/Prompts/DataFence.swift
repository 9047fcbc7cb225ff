import Support

/// Fences untrusted text (a schema, a context document) for a prompt: a notice that it is data, then
/// markers whose tag is derived from the content's hash and checked not to occur in it, so the content
/// cannot close the fence early and pose as instructions.
public enum DataFence {
    public static func wrap(_ content: String, label: String, notice: String) -> String {
        var tag = "DATA-" + String(SHA256.hex(content).prefix(8)).uppercased()
        while content.containsBytes(of: tag) { tag += "X" }
        let body = content.utf8.last == UInt8(ascii: "\n") ? String(decoding: content.utf8.dropLast(), as: UTF8.self) : content
        return """
            \(notice.trimmingCharacters(in: .whitespacesAndNewlines))
            <<<\(tag) \(label)>>>
            \(body)
            <<<END-\(tag)>>>
            """
    }
}
