import SQLiteDB

/// Splits an SQLite script into statements by SQLite's own rule: text accumulates up to a semicolon
/// that `sqlite3_complete` says ends a statement, so a semicolon inside a string, a comment or a
/// trigger's BEGIN...END does not split.
///
/// `sqlite3_complete` rescans from the statement's start, so it is asked only where its answer can be
/// yes: at a semicolon outside quotes and comments, and inside a CREATE TRIGGER only at one that follows
/// `END`. That keeps the split linear even when a trigger never ends.
enum SQLiteStatementSplitter {
    /// One statement: bytes from its first token to just after its semicolon (or to the end of the text).
    struct Statement: Equatable {
        var range: Range<Int>
        /// False for a last statement that `sqlite3_complete` does not accept even with a semicolon added
        /// (a CREATE TRIGGER without its END).
        var isComplete: Bool
    }

    /// The statements of `source`; stretches holding only whitespace and comments are dropped.
    static func split(_ source: SourceText) -> [Statement] {
        var buffer = source.utf8
        buffer.append(contentsOf: [0, 0])  // room to try a closing ";" and a terminator after the last byte
        return buffer.withUnsafeMutableBufferPointer { bytes in
            var statements: [Statement] = []
            let end = bytes.count - 2
            var statementStart = 0
            var isTrigger: Bool?
            var afterEnd = false
            var i = 0

            /// Asks `sqlite3_complete` about the text from the statement's start through `last`.
            func isComplete(through last: Int) -> Bool {
                let saved = bytes[last + 1]
                bytes[last + 1] = 0
                defer { bytes[last + 1] = saved }
                return bytes.baseAddress!.advanced(by: statementStart).withMemoryRebound(to: CChar.self, capacity: last + 2 - statementStart) {
                    SQLiteConnection.isComplete($0)
                }
            }
            func emit(_ upper: Int, complete: Bool) {
                let first = SQLiteTokenizer.tokens(UnsafeBufferPointer(bytes), in: statementStart..<upper, limit: 1).first?.start ?? upper
                if first < upper, !(upper - first == 1 && bytes[first] == UInt8(ascii: ";")) {
                    statements.append(Statement(range: first..<upper, isComplete: complete))
                }
                statementStart = upper
                isTrigger = nil
                afterEnd = false
            }

            while i < end {
                let c = bytes[i]
                if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "`") || c == UInt8(ascii: "[") {
                    let close = c == UInt8(ascii: "[") ? UInt8(ascii: "]") : c
                    i = SQLiteTokenizer.closingQuote(UnsafeBufferPointer(bytes), from: i + 1, end: end, quote: close)
                    afterEnd = false
                } else if c == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-") {
                    while i < end, bytes[i] != 0x0A { i += 1 }
                } else if c == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "*") {
                    i += 2
                    while i < end, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                    i = min(i + 2, end)
                } else if SQLByte.isWordByte(c) {
                    let wordStart = i
                    while i < end, SQLByte.isWordByte(bytes[i]) { i += 1 }
                    afterEnd = i - wordStart == 3 && bytes[wordStart] | 0x20 == UInt8(ascii: "e")
                        && bytes[wordStart + 1] | 0x20 == UInt8(ascii: "n") && bytes[wordStart + 2] | 0x20 == UInt8(ascii: "d")
                } else if c == UInt8(ascii: ";") {
                    if isTrigger == nil { isTrigger = startsTrigger(UnsafeBufferPointer(bytes), statementStart..<i) }
                    let complete = isTrigger == true ? afterEnd && isComplete(through: i) : isComplete(through: i)
                    i += 1
                    if complete { emit(i, complete: true) }
                    afterEnd = false
                } else {
                    if !SQLByte.isSpace(c) { afterEnd = false }
                    i += 1
                }
            }
            if statementStart < end {
                bytes[end] = UInt8(ascii: ";")
                let complete = isComplete(through: end)
                bytes[end] = 0
                emit(end, complete: complete)
            }
            return statements
        }
    }

    /// Whether the statement's first words are CREATE [TEMP|TEMPORARY] TRIGGER.
    private static func startsTrigger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let words = SQLiteTokenizer.tokens(bytes, in: range, limit: 3).map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self).uppercased()
        }
        guard words.first == "CREATE" else { return false }
        return words.dropFirst().first { $0 != "TEMP" && $0 != "TEMPORARY" } == "TRIGGER"
    }
}
