import Testing
import SelectionMatrix

@Suite struct CheckAndCompatibilityTests {
    let matrix = SelectionMatrix.builtIn

    @Test func aKeyValueStoreForAJoinHeavyLedgerViolates() {
        let result = matrix.check("AWS DynamoDB", against: [.complexJoins, .acid])
        #expect(result.verdict == .violates)
        #expect(result.database.profileID == "dynamodb")
        #expect(result.violations.map(\.requirement) == [.complexJoins])
        #expect(result.violations.first?.reason == "Limited query flexibility")
        #expect(result.violations.first?.seedField == .limitations)
        #expect(result.assessments.map(\.level) == [.violates, .partly])
        #expect(result.summary == "Amazon DynamoDB violates complex-joins (Limited query flexibility)")
        #expect(!result.alternatives.isEmpty && !result.alternatives.contains("dynamodb"))
        #expect(result.alternatives.allSatisfy { matrix.check(.profile($0), against: [.complexJoins, .acid]).verdict != .violates })
    }

    @Test func cassandraNamesTheLimitationThatRulesItOut() {
        let result = matrix.check("Apache Cassandra", against: [.writeHeavy, .complexJoins])
        #expect(result.verdict == .violates)
        #expect(result.violations.map(\.reason) == ["No joins or subqueries"])
    }

    @Test func verdictsForConsistentPartlyAndUnknown() {
        let consistent = matrix.check("Postgres 16", against: [.acid, .geospatial])
        #expect(consistent.verdict == .consistent)
        #expect(consistent.alternatives.isEmpty)
        #expect(consistent.database.version == "16")

        let partly = matrix.check("MongoDB", against: [.documentFlexibility, .acid])
        #expect(partly.verdict == .partly)
        #expect(partly.summary == "MongoDB only partly meets acid")

        let unknown = matrix.check("Kafka", against: [.writeHeavy])
        #expect(unknown.verdict == .unknown)
        #expect(unknown.assessments.isEmpty)
        #expect(unknown.summary == "'Kafka' is not in the selection matrix")
    }

    @Test func twoValidChoicesAreASplit() {
        let result = matrix.compatibility(matrix.normalize("PostgreSQL"), matrix.normalize("MySQL"), for: [.acid, .readHeavy])
        #expect(result.kind == .bothValid)
        #expect(result.areCompatible)
        #expect(matrix.areCompatible(matrix.normalize("PostgreSQL"), matrix.normalize("MySQL"), for: [.acid, .readHeavy]))
    }

    @Test func aChoiceThatViolatesMakesAConflict() {
        let result = matrix.compatibility(matrix.normalize("PostgreSQL"), matrix.normalize("Cassandra"),
                                          for: [.complexJoins, .acid])
        #expect(result.kind == .conflicting)
        #expect(!result.areCompatible)
        #expect(result.explanation.contains("No joins or subqueries"))
        #expect(!SelectionMatrix.areCompatible(.profile("postgresql"), .profile("cassandra"), for: [.complexJoins]))
    }

    @Test func theSameProfileSpeltTwoWaysIsTheSame() {
        let result = matrix.compatibility(matrix.normalize("Postgres 16"), matrix.normalize("Amazon Aurora PostgreSQL"),
                                          for: [.horizontalWrites])
        #expect(result.kind == .same)
        #expect(result.areCompatible)
    }

    @Test func anExtensionAndItsHostOrForksAreRelated() {
        let vector = matrix.compatibility(matrix.normalize("pgvector"), matrix.normalize("PostgreSQL"), for: [.vectorSearch, .acid])
        #expect(vector.kind == .related)
        #expect(vector.explanation == "both are valid, and pgvector runs inside PostgreSQL")
        let siblings = matrix.compatibility(.profile("postgis"), .profile("pgvector"), for: [.acid])
        #expect(siblings.kind == .related && siblings.explanation.contains("both run inside PostgreSQL"))
        let fork = matrix.compatibility(.profile("mysql"), .profile("mariadb"), for: ["mysql-compatible"])
        #expect(fork.kind == .related && fork.explanation.contains("MariaDB is compatible with MySQL"))
        // Related, but one violates: still a conflict.
        let scaling = matrix.compatibility(.profile("postgresql"), .profile("citus"), for: [.horizontalWrites])
        #expect(scaling.kind == .conflicting)
    }

    @Test func anUnknownDatabaseCannotBeVouchedFor() {
        let result = matrix.compatibility(matrix.normalize("Kafka"), matrix.normalize("PostgreSQL"), for: [.acid])
        #expect(result.kind == .unknown)
        #expect(!result.areCompatible)
        #expect(result.explanation.contains("'Kafka'"))
    }

    @Test func withoutRequirementsAnyTwoKnownDatabasesAreASplit() {
        #expect(matrix.compatibility(.profile("redis"), .profile("snowflake"), for: []).kind == .bothValid)
    }

    @Test func aPanelIsSplitOnlyWhenEveryPairIsCompatible() {
        let valid = ["PostgreSQL", "MySQL", "CockroachDB"].map(matrix.normalize)
        #expect(matrix.allCompatible(valid, for: [.acid, .complexJoins]))
        let mixed = ["PostgreSQL", "MySQL", "DynamoDB"].map(matrix.normalize)
        #expect(!matrix.allCompatible(mixed, for: [.acid, .complexJoins]))
        #expect(matrix.allCompatible([], for: [.acid]))
    }
}
