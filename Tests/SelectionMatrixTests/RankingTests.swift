import Testing
import SelectionMatrix

@Suite struct RankingTests {
    let matrix = SelectionMatrix.builtIn

    @Test func everyProfileIsRankedWithOneAssessmentPerRequirement() {
        let requirements: [Requirement] = [.acid, .geospatial, .readHeavy]
        let ranking = matrix.rank(for: requirements)
        #expect(ranking.entries.count == matrix.profiles.count)
        #expect(Set(ranking.entries.map(\.profileID)).count == matrix.profiles.count)
        for entry in ranking.entries {
            #expect(entry.assessments.map(\.requirement) == requirements)
            #expect(entry.maxScore == 6)
            #expect(entry.score == entry.assessments.reduce(0) { $0 + $1.level.points })
        }
    }

    @Test func profilesWithoutViolationsComeFirstAndTiesShareARank() {
        let ranking = matrix.rank(for: [.complexJoins, .writeHeavy])
        let firstViolation = ranking.entries.firstIndex { $0.verdict == .violates } ?? ranking.entries.count
        #expect(ranking.entries[firstViolation...].allSatisfy { $0.verdict == .violates })
        #expect(ranking.entries[..<firstViolation].allSatisfy { $0.verdict != .violates })
        for (previous, next) in zip(ranking.entries, ranking.entries.dropFirst()) {
            let tied = previous.violations.count == next.violations.count && previous.score == next.score
            #expect(tied ? next.rank == previous.rank : next.rank > previous.rank)
            if previous.violations.count == next.violations.count { #expect(previous.score >= next.score) }
        }
        #expect(ranking.entries.first?.rank == 1)
    }

    @Test func aJoinHeavyLedgerRanksRelationalFirstAndKeyValueStoresLast() throws {
        let ranking = matrix.rank(for: [.acid, .complexJoins, .compliance])
        let top = ranking.entries.prefix { $0.rank == 1 }.map(\.profileID)
        #expect(top.contains("postgresql") && top.contains("oracle"))
        let dynamo = try #require(ranking.entry(for: "dynamodb"))
        let cassandra = try #require(ranking.entry(for: "cassandra"))
        #expect(dynamo.verdict == .violates && cassandra.verdict == .violates)
        #expect(dynamo.rank > 20 && cassandra.rank > 20)
    }

    @Test func explanationsQuoteTheProfilesOwnWords() throws {
        let ranking = matrix.rank(for: [.acid, .horizontalWrites, .readHeavy])
        let postgres = try #require(ranking.entry(for: "postgresql"))
        let acid = postgres.assessments[0]
        #expect(acid.reason == "Complex queries with ACID requirements")
        #expect(acid.seedField == .whenToUse)
        #expect(acid.explanation == "acid: Complex queries with ACID requirements (when to use)")
        let writes = postgres.assessments[1]
        #expect(writes.level == .violates)
        #expect(writes.explanation == "horizontal-writes: Single master write bottleneck (limitation)")
        let reads = postgres.assessments[2]
        #expect(reads.source == .category)
        #expect(reads.attribution == "typical of a relational database")
    }

    @Test func extensionsInheritFromTheirHostAndSayFromWhom() throws {
        let pgvector = try #require(matrix.profile("pgvector"))
        let writes = matrix.assessment(of: pgvector, for: .horizontalWrites)
        #expect(writes.level == .violates)
        #expect(writes.source == .host)
        #expect(writes.attribution == "from PostgreSQL, limitation")
        let ownVector = matrix.assessment(of: pgvector, for: .vectorSearch)
        #expect(ownVector.source == .profile && ownVector.level == .satisfies)
        // The host's statement wins over what is typical of the extension's own category (vector stores
        // have no transactions; pgvector lives in PostgreSQL and does).
        let postgis = try #require(matrix.profile("postgis"))
        #expect(matrix.assessment(of: postgis, for: .acid).level == .satisfies)
        let citus = try #require(matrix.profile("citus"))
        #expect(matrix.assessment(of: citus, for: .horizontalWrites).level == .satisfies)
    }

    @Test func aRequirementNobodyStatesIsUnassessedAndScoresNothing() throws {
        let memcached = try #require(matrix.profile("memcached"))
        let assessment = matrix.assessment(of: memcached, for: .geospatial)
        #expect(assessment.level == .unassessed && assessment.source == .none)
        #expect(FitLevel.unassessed.points == 0)
        #expect(matrix.rank(for: [.geospatial]).entry(for: "memcached")?.verdict == .partly)
    }

    @Test func anEmptyWorkloadRanksEverythingEqually() {
        let ranking = matrix.rank(for: [])
        #expect(ranking.entries.allSatisfy { $0.rank == 1 && $0.score == 0 && $0.verdict == .consistent })
    }
}
