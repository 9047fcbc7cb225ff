@testable import Lint
import Testing

/// The byte-level paths for ASCII names held against the Character code they stand in for.
@Suite struct ASCIINameTests {
    static let names = [
        "user_id", "userId", "UserID", "HTTPServerLog", "phone2", "a__b", "phone2Number", "tag_1_name", "year2024",
        "2fa_secret", "b2b_customer", "Address_Line_3", "addr3line", "X", "", "_", "__x__", "a-b.c$d e", "ABC",
        "aB", "Ab", "A1b", "a1B", "IDs", "getHTTP2Response", "Line10", "line21", "col007", "COLUMN_9_X", "zip0",
        "x20", "x-1", "mixed.Case$Name", "tab\tname", "uuid_v4", "lf\nname",
    ]

    @Test("IdentifierWords on bytes gives the Character code's words", arguments: names)
    func identifierWords(name: String) throws {
        let bytes = try #require(ASCIIName.bytes(of: name))
        #expect(IdentifierWords.splitASCII(bytes) == IdentifierWords.splitCharacters(name))
    }

    @Test("RepeatingGroups on bytes gives the Character code's answer", arguments: names)
    func repeatingGroups(name: String) throws {
        let bytes = try #require(ASCIIName.bytes(of: name))
        let fast = RepeatingGroups.splitASCII(bytes), slow = RepeatingGroups.splitCharacters(name)
        #expect(fast?.pattern == slow?.pattern && fast?.stem == slow?.stem && fast?.number == slow?.number)
    }

    @Test("names that are not ASCII, or hold a CR (\"\\r\\n\" is one Character), take the Character path")
    func notASCII() {
        #expect(ASCIIName.bytes(of: "naïve_name") == nil)
        #expect(ASCIIName.bytes(of: "a\r\nb") == nil)
        #expect(IdentifierWords.split("ÜberName") == ["über", "name"])
    }

    @Test("trimmingSpaces trims spaces only, on ASCII and otherwise")
    func trimming() {
        #expect("  a b  ".trimmingSpaces == "a b")
        #expect("   ".trimmingSpaces == "")
        #expect("".trimmingSpaces == "")
        #expect("\ta ".trimmingSpaces == "\ta")
        #expect(" é ".trimmingSpaces == "é")
        #expect(" (x IS NOT NULL) ".trimmingSpaces == "(x IS NOT NULL)")
    }
}
