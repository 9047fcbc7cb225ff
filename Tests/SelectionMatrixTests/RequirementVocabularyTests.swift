import Testing
import SelectionMatrix

@Suite struct RequirementVocabularyTests {
    let matrix = SelectionMatrix.builtIn

    @Test(arguments: Requirement.named)
    func namedRequirementIsInTheVocabularyWithADescription(requirement: Requirement) throws {
        let definition = try #require(matrix.definition(of: requirement))
        #expect(definition.description.count > 20)
        #expect(!definition.dimension.isEmpty)
    }

    @Test func theIssuesRequirementsAndTheSeedsDimensionsAreCovered() {
        let ids = Set(matrix.requirements.map(\.id.rawValue))
        for id in ["acid", "complex-joins", "horizontal-writes", "multi-region", "read-heavy", "write-heavy",
                   "document-flexibility", "full-text", "vector-search", "time-series", "geospatial",
                   "graph-traversal", "olap-analytics", "caching", "serverless", "low-latency", "budget",
                   "managed-only", "open-source", "compliance"] {
            #expect(ids.contains(id), "\(id)")
        }
        let dimensions = Set(matrix.requirements.map(\.dimension))
        for dimension in ["volume", "velocity", "variety", "veracity", "value", "read/write ratio",
                          "query complexity", "real-time vs batch", "geographic distribution",
                          "team expertise", "budget limitations", "compliance requirements",
                          "infrastructure constraints", "maintenance overhead"] {
            #expect(dimensions.contains { $0.contains(dimension) }, "no requirement refines \(dimension)")
        }
    }

    @Test func namesAreReadInAnyCaseSpacingOrAlias() throws {
        let parsed = try matrix.parseRequirements(["ACID, Full Text", "geo,complex_joins", "acid", " olap "])
        #expect(parsed == [.acid, .fullText, .geospatial, .complexJoins, .olapAnalytics])
        #expect(matrix.requirement(named: "Transactions") == .acid)
        #expect(matrix.requirement(named: "vector search") == .vectorSearch)
        #expect(matrix.requirement(named: "ACID transactions") == .acid)
        #expect(try matrix.parseRequirements(["", " , "]).isEmpty)
    }

    @Test func unknownRequirementsListTheClosestOnes() {
        let error = #expect(throws: MatrixError.self) { try matrix.parseRequirements(["acid,geospatail"]) }
        #expect(error?.code == .unknownRequirement)
        #expect(error?.suggestions.first == "geospatial")
        #expect(error?.description.hasPrefix("unknown requirement 'geospatail'; closest: geospatial") == true)
        #expect(matrix.closestRequirements(to: "horizontal-write").first == "horizontal-writes")
        #expect(matrix.closestRequirements(to: "vectr").first == "vector-search")
    }
}
