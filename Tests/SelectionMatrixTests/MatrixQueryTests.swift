import Foundation
import Testing
import SelectionMatrix

/// Every form of `review matrix`, through `MatrixQuery` (the command only parses options into it and prints).
@Suite struct MatrixQueryTests {
    let matrix = SelectionMatrix.builtIn

    private func answer(_ query: MatrixQuery) throws -> String {
        try query.answer(using: matrix).output
    }

    private func json(_ query: MatrixQuery) throws -> [String: Any] {
        var query = query
        query.format = .json
        let object = try JSONSerialization.jsonObject(with: Data(try answer(query).utf8))
        return try #require(object as? [String: Any])
    }

    private func queryError(_ query: MatrixQuery) -> MatrixError? {
        #expect(throws: MatrixError.self) { try query.answer(using: matrix) }
    }

    @Test func theOverviewListsEveryProfileInEachFormat() throws {
        let text = try answer(MatrixQuery())
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        for profile in matrix.profiles {
            #expect(lines.contains { $0.hasPrefix(profile.id + " ") }, "\(profile.id) missing from the table")
        }
        #expect(text.contains("\(matrix.profiles.count) databases; * marks the 18"))

        let markdown = try answer(MatrixQuery(format: .markdown))
        #expect(markdown.split(separator: "\n").count { $0.hasPrefix("| `") } == matrix.profiles.count)

        let object = try json(MatrixQuery())
        let profiles = try #require(object["profiles"] as? [[String: Any]])
        #expect(profiles.count == matrix.profiles.count)
        #expect((object["requirements"] as? [Any])?.count == matrix.requirements.count)
    }

    @Test func aTerminalWidthCutsTheTable() throws {
        let text = try answer(MatrixQuery(width: 60))
        let rows = text.split(separator: "\n").prefix(matrix.profiles.count + 1)
        #expect(rows.allSatisfy { $0.count <= 60 })
        #expect(rows.contains { $0.hasSuffix("…") })
    }

    @Test func oneProfileShowsTheSeedsFiveFieldsAndItsRequirements() throws {
        let text = try answer(MatrixQuery(database: "Apache Cassandra"))
        #expect(text.hasPrefix("Apache Cassandra (cassandra)\n"))
        for heading in ["Sweet spot:", "Cost profile:", "When to use", "Strengths", "Limitations", "Requirements"] {
            #expect(text.contains(heading), "\(heading)")
        }
        #expect(text.contains("  - No joins or subqueries\n"))
        #expect(text.contains("complex-joins") && text.contains("Globally distributed write-intensive applications"))

        let object = try json(MatrixQuery(database: "cassandra"))
        let profile = try #require(object["profile"] as? [String: Any])
        #expect(profile["id"] as? String == "cassandra")
        let assessments = try #require(object["assessments"] as? [[String: Any]])
        #expect(assessments.contains { $0["requirement"] as? String == "complex-joins" && $0["level"] as? String == "violates" })
    }

    @Test func aRankingExplainsEachScoreInTheProfilesWords() throws {
        let text = try answer(MatrixQuery(require: ["acid,geospatial", "read-heavy"], top: 3))
        #expect(text.hasPrefix("Requirements: acid, geospatial, read-heavy\n"))
        #expect(text.contains("  1  PostgreSQL"))
        #expect(text.contains("✓ geospatial: Geospatial data (PostGIS) (when to use)"))
        #expect(text.contains("Showing 3 of \(matrix.profiles.count); --top 0 shows all."))

        let all = try answer(MatrixQuery(require: ["complex-joins"], top: 0))
        #expect(!all.contains("Showing"))
        #expect(all.contains("✗ complex-joins: No joins or subqueries (limitation)"))

        let object = try json(MatrixQuery(require: ["acid", "geospatial"], top: 2))
        #expect(object["total"] as? Int == matrix.profiles.count)
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries.first?["profileID"] as? String == "postgresql")
        let first = try #require(entries.first?["assessments"] as? [[String: Any]])
        #expect(first.first?["reason"] as? String == "Complex queries with ACID requirements")
        #expect(first.first?["seedField"] as? String == "when-to-use")
    }

    @Test func aCheckGivesTheVerdictAndTheLimitationText() throws {
        let query = MatrixQuery(check: "dynamodb", require: ["complex-joins"])
        let answer = try query.answer(using: matrix)
        #expect(answer.verdict == .violates)
        #expect(answer.output.hasPrefix("Amazon DynamoDB (dynamodb): violates\n"))
        #expect(answer.output.contains("✗ complex-joins: Limited query flexibility (limitation)"))
        #expect(answer.output.contains("Better fits for these requirements: PostgreSQL"))

        // The positional form with requirements is a check too.
        #expect(try MatrixQuery(database: "Postgres 16", require: ["acid"]).answer(using: matrix).verdict == .consistent)

        let object = try json(query)
        #expect(object["summary"] as? String == "Amazon DynamoDB violates complex-joins (Limited query flexibility)")
        let violations = try #require(object["violations"] as? [[String: Any]])
        #expect(violations.map { $0["reason"] as? String } == ["Limited query flexibility"])
        #expect((object["check"] as? [String: Any])?["verdict"] as? String == "violates")

        let markdown = try self.answer(MatrixQuery(check: "dynamodb", require: ["complex-joins"], format: .markdown))
        #expect(markdown.contains("| ✗ | `complex-joins` | Limited query flexibility | limitation |"))
    }

    @Test func requirementsDerivedFromASchemaAreShownWithTheirEvidence() throws {
        let derived = [DerivedRequirement(requirement: .geospatial, reason: "spatial columns",
                                          evidence: ["places.geom (geometry)"])]
        let text = try answer(MatrixQuery(require: ["acid"], derived: derived, top: 1))
        #expect(text.hasPrefix("Requirements: acid, geospatial\nDerived from the schema:\n  geospatial ← places.geom (geometry)\n"))
        // A derived requirement already asked for is not added twice.
        let view = try MatrixQuery(require: ["geospatial"], derived: derived).view(in: matrix)
        guard case .ranking(let ranking, _, _) = view else {
            Issue.record("expected a ranking, got \(view)")
            return
        }
        #expect(ranking.requirements == [.geospatial])
    }

    @Test func theRequirementVocabularyIsListed() throws {
        let text = try answer(MatrixQuery(listRequirements: true))
        for definition in matrix.requirements {
            #expect(text.contains("\n" + definition.id.rawValue + " "), "\(definition.id)")
        }
        let list = try JSONSerialization.jsonObject(with: Data(try answer(MatrixQuery(listRequirements: true, format: .json)).utf8))
        #expect((list as? [Any])?.count == matrix.requirements.count)
    }

    @Test func unknownNamesListTheClosestValidOnes() {
        let database = queryError(MatrixQuery(database: "clikhouse"))
        #expect(database?.code == .unknownDatabase)
        #expect(database?.suggestions.first == "clickhouse")
        let checked = queryError(MatrixQuery(check: "Kafka", require: ["write-heavy"]))
        #expect(checked?.code == .unknownDatabase)
        #expect(checked?.description.hasPrefix("unknown database 'Kafka'") == true)
        let requirement = queryError(MatrixQuery(require: ["acid,geospatail"]))
        #expect(requirement?.code == .unknownRequirement)
        #expect(requirement?.suggestions.first == "geospatial")
    }

    @Test func optionsThatDoNotFitTogetherAreUsageErrors() {
        let cases: [(MatrixQuery, String)] = [
            (MatrixQuery(check: "redis"), "--check needs requirements"),
            (MatrixQuery(database: "redis", check: "memcached", require: ["caching"]), "give the database once"),
            (MatrixQuery(database: "redis", listRequirements: true), "--list-requirements takes no database"),
            (MatrixQuery(require: ["acid"], top: -1), "--top must be 0 (all) or more"),
            (MatrixQuery(top: 5), "--top applies to rankings"),
        ]
        for (query, message) in cases {
            let error = queryError(query)
            #expect(error?.code == .invalidQuery)
            #expect(error?.description.hasPrefix(message) == true, "\(String(describing: error))")
        }
    }
}
