import Foundation
import Support
import Testing

@Suite struct JSONParserTests {
    /// Foundation's reading of the same text: the reference the parser must agree with.
    private func foundation(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Data(text.utf8))
    }

    @Test func everyKindOfValueReadsAsFoundationReadsIt() throws {
        let text = #"""
            {"s": "plain", "e": "q\" b\\ s\/ \b\f\n\r\t \u00e9 \u20AC \ud83d\ude00", "u": "größe → 😀",
             "n": [0, -0, 1, -17, 3.25, -2.5e-3, 1E+2, 123456789012345, 1234567890123456789, 0.1],
             "b": [true, false], "z": null, "o": {"nested": {"deeper": [[], {}]}}, "dup": 1, "dup": 2}
            """#
        let parsed = try parse(text)
        #expect(parsed == foundation(text))
        #expect(parsed["e"]?.string == "q\" b\\ s/ \u{8}\u{C}\n\r\t é € 😀")
        #expect(parsed["u"]?.string == "größe → 😀")
        #expect(parsed["n"]?[4]?.double == 3.25)
        #expect(parsed["n"]?[8]?.double == 1234567890123456789)
        #expect(parsed["dup"] == 1, "a repeated key keeps its first value")
    }

    @Test func aTrailingCommaIsToleratedAsFoundationToleratesIt() throws {
        for text in [#"{"a": [1, 2,],}"#, "[{\"a\": 1\n,\n}\n,\n]"] {
            #expect(try parse(text) == foundation(text))
        }
    }

    @Test func anyValueMayStandAtTheTopWithWhitespaceAround() throws {
        #expect(try parse(" \n\t42\r\n") == 42)
        #expect(try parse(#""x""#) == "x")
        #expect(try parse("null") == .null)
        #expect(try parse("[]") == [])
    }

    @Test(arguments: [
        ("", 1, 1, "the text ends where a value should start"),
        ("{\"a\": 1,,}", 1, 9, "expected a quoted key"),
        ("{,}", 1, 2, "expected a quoted key"),
        ("[1, 2,,]", 1, 7, "unexpected character ',' where a value should start"),
        ("[,]", 1, 2, "unexpected character ',' where a value should start"),
        ("{\"a\" 1}", 1, 6, "expected ':' after the key"),
        ("{\"a\": 1\n \"b\": 2}", 2, 2, "expected ',' or '}' after an object member"),
        ("[1 2]", 1, 4, "expected ',' or ']' after an array element"),
        ("[01]", 1, 3, "a number may not start with 0"),
        ("[1.]", 1, 4, "a decimal point without digits after it"),
        ("[1e]", 1, 4, "an exponent without digits"),
        ("-", 1, 2, "a minus sign without digits"),
        ("[tru]", 1, 2, "unexpected character 't' where a value should start"),
        ("{\"a\": \"x\ny\"}", 1, 9, "a control character (byte 0xA) inside a string must be escaped"),
        ("[\"a\\qb\"]", 1, 4, "unknown escape sequence \\'q'"),
        ("[\"\\u12G4\"]", 1, 7, "a \\u escape needs four hex digits"),
        ("[\"\\ud83d\"]", 1, 9, "a high surrogate \\uD83D without its low surrogate"),
        ("[\"\\ude00\"]", 1, 3, "a low surrogate \\uDE00 without its high surrogate"),
        ("\n\n  \"open", 3, 3, "the text ends inside a string"),
        ("[1] [2]", 1, 5, "unexpected text after the value"),
        ("{\"a\": [1, 2", 1, 12, "the text ends inside an array"),
        ("// comment\n1", 1, 1, "unexpected character '/' where a value should start"),
    ])
    func invalidTextSaysWhereAndWhy(text: String, line: Int, column: Int, problem: String) {
        let error = #expect(throws: JSONSyntaxError.self) { try parse(text) }
        #expect(error == JSONSyntaxError(line: line, column: column, problem: problem), "\(text.debugDescription)")
        #expect(foundation(text) == nil, "Foundation rejects \(text.debugDescription) too")
    }

    @Test func aStringsContentsUnescapeAsTheWholeStringParses() throws {
        for literal in [#""plain""#, #""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#, #""é ☃""#] {
            let contents = Array(literal.utf8.dropFirst().dropLast())
            let unescaped = try contents.withUnsafeBytes { try JSONParser.unescapedString($0) }
            #expect(JSONValue.string(unescaped) == (try JSONParser.parse(Data(literal.utf8))))
        }
        let broken = Array(#"a\x"#.utf8)
        #expect(throws: JSONSyntaxError.self) { try broken.withUnsafeBytes { try JSONParser.unescapedString($0) } }
    }

    @Test func invalidUTF8InAStringIsAnErrorNotARepair() {
        let bytes: [UInt8] = Array(#"{"k": "a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
        #expect(error?.problem == "a string is not valid UTF-8")
        #expect(error?.column == 8)
    }

    @Test func nestingIsLimitedSoThatNoReplyCanExhaustTheStack() throws {
        let deepest = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(try parse(deepest).array?.count == 1)
        let tooDeep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        let error = #expect(throws: JSONSyntaxError.self) { try parse(tooDeep) }
        #expect(error?.problem == "nested more than 512 levels deep")
        #expect(error?.column == JSONParser.maximumDepth + 1)
    }

    /// A random JSON value with every kind of member, strings with escapes and non-ASCII included.
    private func randomValue(_ random: inout SplitMix64, depth: Int = 0) -> JSONValue {
        let pieces = ["a", "ß", "\"", "\\", "\n", "\u{1}", "/", "😀", "key", " ", "\u{7F}", "€"]
        func text(_ random: inout SplitMix64) -> String {
            (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
        switch random.next() % (depth > 3 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2:
            let whole = Double(Int64(bitPattern: random.next()) >> 20)
            return .number(random.next() % 2 == 0 ? whole : whole / 1024)
        case 3: return .string(text(&random))
        case 4: return .array((0..<Int(random.next() % 4)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int(random.next() % 4) { members[text(&random)] = randomValue(&random, depth: depth + 1) }
            return .object(members)
        }
    }

    @Test func encodedTextReadsBackAsTheSameValueByBothParsers() throws {
        var random = SplitMix64(state: 0x5EED)
        for _ in 0..<500 {
            let value = randomValue(&random)
            let text = value.encoded()
            #expect(try JSONParser.parse(text) == value)
            #expect(try JSONDecoder().decode(JSONValue.self, from: text) == value)
        }
    }

    @Test func encodedTextIsCompactWithSortedKeysAndWholeNumbersWithoutFractions() {
        let value: JSONValue = ["b": [1, 2.5, -3], "a": "x/y \"q\" \u{1}", "c": ["z": true, "y": .null]]
        #expect(String(decoding: value.encoded(), as: UTF8.self)
            == #"{"a":"x/y \"q\" \u0001","b":[1,2.5,-3],"c":{"y":null,"z":true}}"#)
        #expect(String(decoding: JSONValue.number(.nan).encoded(), as: UTF8.self) == "null")
    }
}
