import Consult
import Foundation
import Testing

@Suite("Record numbering and writing")
struct RecordWriterTests {
    @Test("slugs are short, lowercase and ASCII", arguments: [
        ("Schema review of shop.sql", "schema-review-of-shop-sql"),
        ("Which DB for a ledger? (ACID!)", "which-db-for-a-ledger-acid"),
        ("Ünïcode only: ぜんぶ", "n-code-only"),
        ("???", "record"),
        (String(repeating: "word ", count: 30), String(repeating: "word-", count: 12).dropLast().description),
    ])
    func slug(title: String, expected: String) {
        #expect(RecordWriter.slug(title) == expected)
    }

    @Test("numbers follow the highest in the directory and never overwrite, even when racing")
    func numbering() async throws {
        let directory = NSTemporaryDirectory() + "review-writer-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "old".write(toFile: directory + "/0041-an-old-decision.md", atomically: true, encoding: .utf8)
        try "notes".write(toFile: directory + "/README.md", atomically: true, encoding: .utf8)
        let writer = RecordWriter(directory: directory)
        let numbers = await withTaskGroup(of: Int?.self) { group in
            for index in 0..<8 {
                group.addTask {
                    var record = RecordFixtures.minimal
                    record.slug = "race-\(index)"
                    return try? writer.write(record, render: { "# \($0.number)\n" }).record.number
                }
            }
            var numbers: [Int] = []
            for await number in group { if let number { numbers.append(number) } }
            return numbers.sorted()
        }
        #expect(numbers == Array(42..<50))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(names.filter { $0.hasSuffix(".md") }.count == 10)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        #expect(try String(contentsOfFile: directory + "/0041-an-old-decision.md", encoding: .utf8) == "old")
    }

    @Test("an unwritable directory is an error that names it")
    func unwritable() throws {
        let writer = RecordWriter(directory: "/proc/review-cannot-write-here")
        #expect(throws: RecordWriteError.self) { try writer.write(RecordFixtures.minimal, render: { _ in "" }) }
    }
}
