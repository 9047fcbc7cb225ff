import Foundation
@testable import Lint
import Testing

/// `PrettyJSONWriter` held against the `JSONEncoder` output it replaces in the JSON reporter.
@Suite struct PrettyJSONWriterTests {
    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("strings are escaped as JSONEncoder escapes them: every ASCII character, slashes, UTF-8")
    func escaping() throws {
        let strings = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
            + ["a/b\\c\"d", "naïve – 名前 🚀", "tab\there\r\nnext", "\u{7F}\u{2028}\u{2029}", ""]
        var json = PrettyJSONWriter()
        json.beginArray()
        for string in strings {
            json.element()
            json.value(string)
        }
        json.endArray()
        #expect(json.text == (try Self.encoded(strings)))
    }

    private struct Shape: Encodable {
        struct Inner: Encodable { let name: String; let values: [Int] }
        let empty: [String]
        let missing: String?
        let nested: [Inner]
        let number: Int
        let present: String?
    }

    @Test("layout: nesting, empty arrays, nil members left out, negative numbers")
    func layout() throws {
        let shape = Shape(empty: [], missing: nil,
                          nested: [.init(name: "x", values: []), .init(name: "y", values: [1, -2])],
                          number: -40, present: "p")
        var json = PrettyJSONWriter()
        json.beginObject()
        json.key("empty")
        json.beginArray()
        json.endArray()
        json.member("missing", shape.missing)
        json.key("nested")
        json.beginArray()
        for inner in shape.nested {
            json.element()
            json.beginObject()
            json.member("name", inner.name)
            json.key("values")
            json.beginArray()
            for value in inner.values {
                json.element()
                json.value(value)
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.member("number", shape.number)
        json.member("present", shape.present)
        json.endObject()
        #expect(json.text == (try Self.encoded(shape)))
    }

    @Test("a report without files, findings or input errors renders like JSONEncoder's empty arrays")
    func emptyReport() throws {
        let text = try JSONReporter(toolVersion: "1.0").render(LintReport(files: [], rules: []))
        #expect(text.hasPrefix("{\n  \"files\" : [\n\n  ],\n  \"findings\" : [\n\n  ],\n  \"inputErrors\" : [\n\n  ],\n"))
    }
}
