import Foundation
import Testing
import SelectionMatrix

/// A user's matrix file (`[matrix] file = "..."` in review.toml) adds or replaces profiles.
@Suite struct OverrideTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "matrix-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ text: String) -> String {
        let path = directory + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    private func merged(_ json: String) throws -> SelectionMatrix {
        try SelectionMatrix.builtIn.merging(data: Data(json.utf8), source: "ours.json")
    }

    private func mergeError(_ json: String) -> MatrixError? {
        #expect(throws: MatrixError.self) { try merged(json) }
    }

    static let inHouse = """
        {"profiles": [
          {"id": "acme-ledger", "name": "AcmeLedger", "category": "relational", "aliases": ["acme ledger db"],
           "summary": "Our in-house ledger store.",
           "satisfies": {"horizontal-writes": "sharded by account"},
           "workloads": {"chosen_for": [["acid", "horizontal-writes"]], "ruled_out_by": [["embedded"]]}}
        ]}
        """

    @Test func addsAProfileThatNamesAndRankingsKnow() throws {
        let matrix = try merged(Self.inHouse)
        #expect(matrix.profiles.count == SelectionMatrix.builtIn.profiles.count + 1)
        #expect(matrix.normalize("Acme Ledger DB v2").profileID == "acme-ledger")
        #expect(SelectionMatrix.builtIn.normalize("Acme Ledger DB").profileID == nil)
        let entry = try #require(matrix.rank(for: [.acid, .horizontalWrites]).entry(for: "acme-ledger"))
        #expect(entry.rank == 1)
        // Unstated requirements fall back to the category, as for built-in profiles.
        #expect(matrix.check(.profile("acme-ledger"), against: ["embedded"]).verdict == .violates)
    }

    @Test func replacesAProfileInPlace() throws {
        let matrix = try merged("""
            {"profiles": [{"id": "dynamodb", "name": "Amazon DynamoDB", "category": "key-value",
              "summary": "Our view: with single-table design and GSIs, joins are precomputed.",
              "partly": {"complex-joins": "single-table design precomputes the joins we need"}}]}
            """)
        #expect(matrix.profiles.count == SelectionMatrix.builtIn.profiles.count)
        #expect(matrix.profiles.firstIndex { $0.id == "dynamodb" } == SelectionMatrix.builtIn.profiles.firstIndex { $0.id == "dynamodb" })
        #expect(matrix.check("dynamodb", against: [.complexJoins]).verdict == .partly)
        #expect(matrix.profile("dynamodb")?.seed == nil)
        #expect(SelectionMatrix.builtIn.check("dynamodb", against: [.complexJoins]).verdict == .violates)
    }

    @Test func addsARequirement() throws {
        let matrix = try merged("""
            {"requirements": [{"id": "hipaa-baa", "name": "HIPAA BAA", "description": "The vendor signs a business associate agreement."}],
             "profiles": [{"id": "acme", "name": "Acme", "category": "relational", "summary": "x",
                           "satisfies": {"hipaa-baa": "signed"}}]}
            """)
        #expect(try matrix.parseRequirements(["HIPAA BAA"]) == ["hipaa-baa"])
        #expect(matrix.rank(for: ["hipaa-baa"]).entries.first?.profileID == "acme")
    }

    @Test func misspeltKeysAreErrorsNotSilence() {
        let error = mergeError("""
            {"profiles": [{"id": "x", "name": "X", "category": "relational", "summary": "s", "violate": {"acid": "no"}}]}
            """)
        #expect(error?.code == .invalidFile)
        #expect(error?.description.contains("unknown key 'violate' in a profile") == true)
        #expect(error?.description.hasPrefix("ours.json: ") == true)
    }

    @Test func referencesMustExist() {
        #expect(mergeError(#"{"profiles": [{"id": "x", "name": "X", "category": "nosql", "summary": "s"}]}"#)?
            .description.contains("unknown category 'nosql'") == true)
        #expect(mergeError(#"{"profiles": [{"id": "x", "name": "X", "category": "vector", "host": "postgress", "summary": "s"}]}"#)?
            .description.contains("unknown host 'postgress'") == true)
        let requirement = mergeError(#"{"profiles": [{"id": "x", "name": "X", "category": "vector", "summary": "s", "satisfies": {"vector-serch": "yes"}}]}"#)
        #expect(requirement?.description.contains("unknown requirement 'vector-serch'") == true)
        #expect(requirement?.suggestions.first == "vector-search")
    }

    @Test func profilesMayNotShareANameOrLackASummary() {
        #expect(mergeError(#"{"profiles": [{"id": "x", "name": "X", "category": "relational", "aliases": ["Postgres"], "summary": "s"}]}"#)?
            .description.contains("the name 'Postgres' is used by profiles 'postgresql' and 'x'") == true)
        #expect(mergeError(#"{"profiles": [{"id": "x", "name": "X", "category": "relational"}]}"#)?
            .description.contains("needs a summary") == true)
        #expect(mergeError(#"{"profiles": [{"id": "X Y", "name": "X", "category": "relational", "summary": "s"}]}"#)?
            .description.contains("must be lowercase letters, digits and hyphens") == true)
        #expect(mergeError(#"{"profiles": [{"id": "x", "name": "X", "category": "relational", "summary": "s", "satisfies": {"acid": "a"}, "violates": {"acid": "b"}}]}"#)?
            .description.contains("'acid' is stated as both satisfies and violates") == true)
    }

    @Test func badJSONSaysWhere() {
        #expect(mergeError("{\"profiles\": [}")?.description
            == "ours.json: not valid JSON at line 1, column 15: unexpected character '}' where a value should start")
        #expect(mergeError("{\"profiles\": [{\"id\": \"x\", \"name\": \"X\", \"category\": \"relational\", \"summary\": \"s\", \"satisfies\": {\"acid\": 1}}]}")?
            .description == "ours.json: expected a reason (a string) at profiles[0].satisfies.acid")
        #expect(mergeError(#"{"profiles": [{"id": 3}]}"#)?.description.contains("profiles[0].id") == true)
        #expect(mergeError(#"{"format": 2}"#)?.description.contains("format 2 is not supported") == true)
    }

    @Test func configurationPointsAtAFileRelativeToReviewToml() throws {
        _ = write("ours.json", Self.inHouse)
        let configuration = MatrixConfiguration(file: "ours.json")
        #expect(configuration.resolvedFile(relativeTo: directory) == directory + "/ours.json")
        #expect(MatrixConfiguration(file: "/abs/path.json").resolvedFile(relativeTo: directory) == "/abs/path.json")
        let matrix = try SelectionMatrix.configured(configuration, relativeTo: directory)
        #expect(matrix.profile("acme-ledger") != nil)
        #expect(try SelectionMatrix.configured(nil, relativeTo: directory).profiles.count == SelectionMatrix.builtIn.profiles.count)
        #expect(try SelectionMatrix.configured(MatrixConfiguration(), relativeTo: directory).profile("acme-ledger") == nil)
    }

    @Test func aMissingOrEmptyFileIsAClearError() {
        let missing = #expect(throws: MatrixError.self) {
            try SelectionMatrix.configured(MatrixConfiguration(file: "nope.json"), relativeTo: directory)
        }
        #expect(missing?.code == .unreadableFile)
        #expect(missing?.description == "\(directory)/nope.json: no such matrix file; check `file` under [matrix] in review.toml (relative paths start at review.toml's directory)")
        let empty = write("empty.json", "")
        #expect(throws: MatrixError.self) { try SelectionMatrix.builtIn.merging(contentsOf: empty) }
    }

    @Test func theConfigurationSectionDecodesAndRejectsUnknownKeys() throws {
        let decoded = try JSONDecoder().decode(MatrixConfiguration.self, from: Data(#"{"file": "x.json"}"#.utf8))
        #expect(decoded == MatrixConfiguration(file: "x.json"))
        for (json, message) in [(#"{"files": "x.json"}"#, "unknown key 'files'; the only key is 'file'"),
                                (#"{"file": 3}"#, "'file' must be a quoted path")] {
            let error = #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(MatrixConfiguration.self, from: Data(json.utf8))
            }
            guard case .dataCorrupted(let context) = error else {
                Issue.record("expected dataCorrupted for \(json), got \(String(describing: error))")
                continue
            }
            #expect(context.debugDescription.hasPrefix(message))
        }
    }
}
