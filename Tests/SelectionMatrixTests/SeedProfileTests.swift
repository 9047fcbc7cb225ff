import Testing
import SelectionMatrix

/// The 18 databases of the seed's "Strategic Database Selection Framework" are all in the built-in matrix,
/// each with all five fields, copied word for word (sweet spots and a line of each list checked here; the
/// whole of the five fields was compared against the seed when the data was written).
@Suite struct SeedProfileTests {
    let matrix = SelectionMatrix.builtIn

    /// id → the seed's sweet_spot, exactly as the seed writes it.
    static let seedSweetSpots: [(id: String, sweetSpot: String)] = [
        ("postgresql", "Complex enterprise applications requiring ACID with flexibility"),
        ("mysql", "Traditional web applications with known patterns"),
        ("oracle", "Fortune 500 mission-critical systems"),
        ("sqlserver", "Microsoft-stack enterprises"),
        ("mongodb", "Content-heavy applications with evolving schemas"),
        ("cassandra", "Globally distributed write-intensive applications"),
        ("dynamodb", "AWS-native serverless applications"),
        ("redis", "High-performance caching and real-time features"),
        ("memcached", "Simple, ephemeral caching"),
        ("clickhouse", "Real-time analytics on massive datasets"),
        ("snowflake", "Enterprise cloud data warehousing"),
        ("neo4j", "Complex relationship analysis"),
        ("influxdb", "Metrics and monitoring at scale"),
        ("timescaledb", "SQL-based time-series analysis"),
        ("weaviate", "AI-powered semantic search applications"),
        ("pinecone", "Production vector search without ops overhead"),
        ("pgvector", "Adding vector search to PostgreSQL apps"),
        ("elasticsearch", "Enterprise search and analytics"),
    ]

    @Test(arguments: seedSweetSpots)
    func seedProfileIsPresentAndComplete(id: String, sweetSpot: String) throws {
        let profile = try #require(matrix.profile(id), "\(id) is missing")
        let seed = try #require(profile.seed, "\(id) has no seed block")
        #expect(seed.isComplete)
        #expect(seed.whenToUse.count >= 4 && seed.strengths.count >= 4 && seed.limitations.count == 3)
        for line in seed.whenToUse + seed.strengths + seed.limitations + [seed.sweetSpot, seed.costProfile] {
            #expect(!line.trimmingCharacters(in: .whitespaces).isEmpty)
        }
        #expect(seed.sweetSpot == sweetSpot)
        #expect(profile.headline == sweetSpot)
    }

    @Test func exactlyTheSeedsDatabasesCarryASeedBlock() {
        let withSeed = Set(matrix.profiles.filter(\.isFromSeed).map(\.id))
        #expect(withSeed == Set(Self.seedSweetSpots.map(\.id)))
    }

    @Test func fieldsAreCopiedWordForWord() throws {
        let cassandra = try #require(matrix.profile("cassandra")?.seed)
        #expect(cassandra.limitations == ["No joins or subqueries", "Eventually consistent", "Complex operations"])
        #expect(cassandra.costProfile == "Open source, managed: $400-$20,000/month")
        let oracle = try #require(matrix.profile("oracle")?.seed)
        #expect(oracle.costProfile == "$17,500-$47,500 per processor")
        let dynamo = try #require(matrix.profile("dynamodb")?.seed)
        #expect(dynamo.strengths.last == "DAX for microsecond latency")
        let mongo = try #require(matrix.profile("mongodb")?.seed)
        #expect(mongo.limitations.first == "No ACID across documents (until 4.0+)")
        let pgvector = try #require(matrix.profile("pgvector")?.seed)
        #expect(pgvector.whenToUse == ["Vector search with PostgreSQL", "Hybrid SQL + vector queries",
                                        "Existing PostgreSQL infrastructure", "Cost-sensitive vector search"])
    }

    /// Every other system the seed names ("Database Technology Mastery" and its architecture patterns) has
    /// at least a short profile with a category and a summary.
    @Test(arguments: [
        "mariadb", "db2", "sqlite", "cockroachdb", "yugabytedb", "cosmosdb", "couchdb", "ravendb", "arangodb",
        "etcd", "hazelcast", "elasticache", "keydb", "druid", "vertica", "redshift", "bigquery", "neptune",
        "tigergraph", "janusgraph", "dgraph", "prometheus", "victoriametrics", "questdb", "iotdb", "qdrant",
        "milvus", "chroma", "vespa", "opensearch", "solr", "typesense", "meilisearch", "zinc", "rocksdb",
        "leveldb", "berkeleydb", "lmdb", "scylladb", "foundationdb", "tidb", "voltdb", "hbase", "hive",
        "eventstoredb",
    ])
    func otherSeedSystemHasAShortProfile(id: String) throws {
        let profile = try #require(matrix.profile(id), "\(id) is missing")
        #expect(!(profile.summary ?? "").isEmpty)
        #expect(matrix.category(profile.category) != nil)
        #expect(!matrix.statedAssessments(of: profile).filter { $0.level == .satisfies }.isEmpty,
                "\(id) has no capability")
    }

    @Test func extensionsKnowTheirHost() {
        for id in ["pgvector", "timescaledb", "postgis", "citus"] {
            #expect(matrix.profile(id)?.host == "postgresql", "\(id)")
        }
    }

    @Test func hardLimitationsAreViolationsThatQuoteTheSeed() throws {
        let cassandra = try #require(matrix.profile("cassandra"))
        let joins = matrix.assessment(of: cassandra, for: .complexJoins)
        #expect(joins.level == .violates)
        #expect(joins.reason == "No joins or subqueries")
        #expect(joins.seedField == .limitations)
        let pinecone = try #require(matrix.profile("pinecone"))
        #expect(matrix.assessment(of: pinecone, for: .acid).reason == "Limited to vectors")
        let memcached = try #require(matrix.profile("memcached"))
        #expect(matrix.assessment(of: memcached, for: "high-availability").reason == "No replication")
    }
}
