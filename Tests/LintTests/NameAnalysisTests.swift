import Testing
@testable import Lint
import Schema

/// The name heuristics several rules share.
@Suite struct NameAnalysisTests {
    @Test(arguments: [
        ("user_id", ["user", "id"]), ("userId", ["user", "id"]), ("UserID", ["user", "id"]),
        ("HTTPServerLog", ["http", "server", "log"]), ("phone2", ["phone2"]), ("a__b", ["a", "b"]),
    ])
    func identifierWords(identifier: String, words: [String]) {
        #expect(IdentifierWords.split(identifier) == words)
    }

    @Test func idSuffix() {
        #expect(IdentifierWords.prefixBeforeIDSuffix("customer_id") == "customer")
        #expect(IdentifierWords.prefixBeforeIDSuffix("customerId") == "customer")
        #expect(IdentifierWords.prefixBeforeIDSuffix("CustomerID") == "Customer")
        #expect(IdentifierWords.prefixBeforeIDSuffix("id") == nil)
        #expect(IdentifierWords.prefixBeforeIDSuffix("paid") == nil)
        #expect(IdentifierWords.prefixBeforeIDSuffix("VOID") == nil)
    }

    @Test(arguments: [
        ("users", GrammaticalNumber.plural), ("categories", .plural), ("people", .plural), ("boxes", .plural),
        ("user", .singular), ("address", .singular), ("status", .singular), ("analysis", .singular), ("city", .singular),
        ("data", .unknown), ("news", .unknown), ("staff", .unknown), ("statistics", .unknown), ("id", .unknown),
    ])
    func grammaticalNumber(word: String, number: GrammaticalNumber) {
        #expect(GrammaticalNumber(of: word) == number)
    }

    @Test func numberedColumnNames() {
        #expect(RepeatingGroups.split("phone2")! == ("phone#", "phone", 2))
        #expect(RepeatingGroups.split("tag_1_name")! == ("tag_#_name", "tag", 1))
        #expect(RepeatingGroups.split("phone2Number")! == ("phone#Number", "phone", 2))
        #expect(RepeatingGroups.split("year2024") == nil, "numbers above 20 are not item numbers")
        #expect(RepeatingGroups.split("2fa_secret") == nil)
        #expect(RepeatingGroups.split("b2b_customer") == nil, "digits inside a word")
    }

    @Test func caseStyles() {
        typealias S = NamingConventions.Style
        #expect(NamingConventions.styles(of: "name") == [S.snake, .camel])
        #expect(NamingConventions.styles(of: "first_name") == [.snake])
        #expect(NamingConventions.styles(of: "firstName") == [.camel])
        #expect(NamingConventions.styles(of: "FirstName") == [.pascal])
        #expect(NamingConventions.styles(of: "ID") == [.upper, .pascal])
        #expect(NamingConventions.styles(of: "FIRST_NAME") == [.upper])
        #expect(NamingConventions.styles(of: "First_Name") == [.pascalSnake])
        #expect(NamingConventions.styles(of: "first name") == [])
        #expect(NamingConventions.styles(of: "first_Name") == [])
    }

    @Test func moneyListAndPasswordNames() {
        #expect(MoneyWords.moneyWord(in: "unitPrice") == "price")
        #expect(MoneyWords.moneyWord(in: "weight_kg") == nil)
        #expect(ListNames.listWord(in: "tag_ids") == "ids")
        #expect(ListNames.listWord(in: "ids") == nil)
        #expect(ListNames.listWord(in: "mailing_list_id") == nil)
        #expect(PasswordNames.looksPlain("password"))
        #expect(PasswordNames.looksPlain("userPassword"))
        #expect(PasswordNames.looksPlain("pass"))
        #expect(!PasswordNames.looksPlain("password_hash"))
        #expect(!PasswordNames.looksPlain("encrypted_password"))
        #expect(!PasswordNames.looksPlain("password_changed_at"))
        #expect(!PasswordNames.looksPlain("pass_count"))
        #expect(!PasswordNames.looksPlain("compass"))
    }

    @Test func sqlFragments() {
        #expect(SQLText.normalized("( ( A  IS NOT NULL ) )") == "a is not null")
        #expect(SQLText.normalized("lower( \"Email\" )") == "lower(email)")
        #expect(SQLText.normalized("(a) AND (b)") == "(a) and (b)")
        #expect(SQLText.normalized("status = 'Open  Case'") == "status = 'Open  Case'")
        #expect(SQLText.notNullColumns(in: "(accepted_by IS NOT NULL)") == ["accepted_by"])
        #expect(SQLText.notNullColumns(in: "a IS NOT NULL AND (b IS NOT NULL)") == ["a", "b"])
        #expect(SQLText.notNullColumns(in: "a IS NOT NULL OR b IS NOT NULL") == nil)
        #expect(SQLText.notNullColumns(in: "deleted_at IS NULL") == nil)
        #expect(SQLText.isNullStringLiteral("'NULL'::character varying"))
        #expect(!SQLText.isNullStringLiteral("NULL"))
    }

    @Test func keysThatServeAForeignKey() {
        let location = SourceLocation(file: "a.sql", line: 1, column: 1)
        func index(_ columns: [String], method: String = "btree", predicate: String? = nil) -> TableKey {
            TableKey(kind: .index, name: "i", elements: columns.map(IndexElement.column), isUnique: false,
                     predicate: predicate.map(SQLText.normalized), method: method, include: [], location: location)
        }
        #expect(index(["b", "a", "c"]).serves(["a", "b"]))
        #expect(!index(["a", "c", "b"]).serves(["a", "b"]))
        #expect(!index(["a"]).serves(["a", "b"]))
        #expect(index(["a"], method: "hash").serves(["a"]))
        #expect(!index(["a"], method: "gin").serves(["a"]))
        #expect(index(["a"], predicate: "a IS NOT NULL").serves(["a"]))
        #expect(!index(["a"], predicate: "archived = false").serves(["a"]))
    }

    @Test func longIdentifiersInTheText() {
        let long = String(repeating: "a", count: 64)
        let sql = """
            -- \(long) in a comment
            CREATE TABLE t (\(long) int, "\(long)B" text, c text DEFAULT '\(long)');
            /* \(long) /* nested */ \(long) */
            CREATE FUNCTION f() RETURNS int AS $body$ SELECT \(long) $body$ LANGUAGE sql;
            """
        let tokens = IdentifierScanner.identifiers(longerThan: 63, in: Array(sql.utf8))
        #expect(tokens.map(\.text) == [long, long + "B"])
        #expect(tokens.map(\.isQuoted) == [false, true])
        #expect(LongNames.truncated(long + "é", toBytes: 65) == long, "never half a character")
    }
}
