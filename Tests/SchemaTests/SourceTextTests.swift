import Testing
@testable import Schema

@Suite struct SourceTextTests {
    @Test func byteOffsetsBecomeLinesAndCharacterColumns() {
        let source = SourceText(path: "a.sql", text: "ab\n-- é\nxyz")
        #expect(source.location(ofByte: 0) == SourceLocation(file: "a.sql", line: 1, column: 1))
        #expect(source.location(ofByte: 1) == SourceLocation(file: "a.sql", line: 1, column: 2))
        #expect(source.location(ofByte: 3) == SourceLocation(file: "a.sql", line: 2, column: 1))
        // "é" is two bytes but one column: the byte after it is column 5.
        #expect(source.location(ofByte: 8) == SourceLocation(file: "a.sql", line: 2, column: 5))
        #expect(source.location(ofByte: 9) == SourceLocation(file: "a.sql", line: 3, column: 1))
        #expect(source.location(ofByte: 11) == SourceLocation(file: "a.sql", line: 3, column: 3))
    }
}
