/// A small markdown writer: lines, sections, tables with escaped cells, quotes and fenced blocks.
struct Markdown {
    private(set) var text = ""

    mutating func line(_ line: String) { text += line + "\n" }
    mutating func blank() { if !text.hasSuffix("\n\n") { text += "\n" } }

    mutating func section(_ title: String) {
        blank()
        line("## \(title)")
        blank()
    }

    mutating func quote(_ body: String) {
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) { self.line("> \(line)") }
    }

    /// A fence longer than any run of backticks in `body`, so model output cannot close it early.
    mutating func fenced(_ body: String, language: String = "") {
        var longest = 0, run = 0
        for character in body {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        line(fence + language)
        line(body.hasSuffix("\n") ? String(body.dropLast()) : body)
        line(fence)
    }

    mutating func table(_ header: [String], _ rows: [[String]]) {
        line("| " + header.map(Self.cell).joined(separator: " | ") + " |")
        line("|" + header.map { _ in "---|" }.joined())
        for row in rows { line("| " + row.map(Self.cell).joined(separator: " | ") + " |") }
    }

    /// One table cell: pipes escaped, lines joined.
    static func cell(_ text: String) -> String {
        // Most cells need nothing: skip Foundation's string search for them (records hold hundreds of rows).
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == 10 || $0 == 13 }) else { return text }
        return text.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
