import Foundation

/// Columns padded to line up; the last column is cut to `width` characters when a width is given.
struct TextTable {
    /// Column titles, or nil for a table without a header line.
    var header: [String]?
    let columns: Int
    var rows: [[String]] = []

    init(_ header: String...) {
        self.header = header
        columns = header.count
    }

    init(columns: Int) {
        header = nil
        self.columns = columns
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    func render(width: Int?) -> String {
        let all = (header.map { [$0] } ?? []) + rows
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (column, cell) in row.enumerated() where column < columns - 1 {
                widths[column] = max(widths[column], cell.count)
            }
        }
        var lines: [String] = []
        for row in all {
            var line = ""
            for (column, cell) in row.enumerated() {
                if column < columns - 1 {
                    line += cell.padding(toLength: widths[column] + 2, withPad: " ", startingAt: 0)
                } else {
                    line += cell
                }
            }
            if let width, line.count > width, width > 1 {
                line = String(line.prefix(width - 1)) + "…"
            }
            lines.append(line.trimmingTrailingSpaces())
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
