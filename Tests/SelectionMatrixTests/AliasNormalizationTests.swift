import Testing
import SelectionMatrix

/// Database names as models and people write them, and the profile each must resolve to (nil: must stay
/// unknown, with the text kept).
@Suite struct AliasNormalizationTests {
    static let spellings: [(text: String, profile: String?)] = [
        // The forms the issue names.
        ("Postgres 16", "postgresql"),
        ("Amazon Aurora PostgreSQL", "postgresql"),
        ("AWS DynamoDB", "dynamodb"),
        ("Mongo", "mongodb"),
        ("ElasticSearch/OpenSearch", "elasticsearch"),
        ("pgvector on Postgres", "pgvector"),
        ("MySQL 8.0 (InnoDB)", "mysql"),
        // Versions, vendors, managed offerings, case and punctuation.
        ("PostgreSQL 15.4", "postgresql"),
        ("postgresql", "postgresql"),
        ("POSTGRES", "postgresql"),
        ("PG16", "postgresql"),
        ("PostgresSQL", "postgresql"),
        ("Amazon RDS for PostgreSQL", "postgresql"),
        ("Cloud SQL for PostgreSQL", "postgresql"),
        ("Azure Database for PostgreSQL – Flexible Server", "postgresql"),
        ("Supabase (Postgres)", "postgresql"),
        ("AlloyDB", "postgresql"),
        ("Aurora MySQL 3", "mysql"),
        ("My SQL", "mysql"),
        ("Percona Server for MySQL", "mysql"),
        ("Oracle Database 19c", "oracle"),
        ("Oracle 23ai", "oracle"),
        ("Oracle RAC", "oracle"),
        ("Microsoft SQL Server 2022", "sqlserver"),
        ("MS SQL", "sqlserver"),
        ("MSSQL", "sqlserver"),
        ("Azure SQL Database", "sqlserver"),
        ("T-SQL", "sqlserver"),
        ("MongoDB Atlas", "mongodb"),
        ("mongo-db", "mongodb"),
        ("Apache Cassandra 4.1", "cassandra"),
        ("DataStax Astra DB", "cassandra"),
        ("Amazon Keyspaces (for Apache Cassandra)", "cassandra"),
        ("Dynamo DB", "dynamodb"),
        ("DynamoDB (on-demand)", "dynamodb"),
        ("Redis 7.x", "redis"),
        ("Redis Cluster", "redis"),
        ("Azure Cache for Redis", "redis"),
        ("Redis or Memcached", "redis"),
        ("memcache", "memcached"),
        ("ClickHouse Cloud", "clickhouse"),
        ("Click House", "clickhouse"),
        ("Snowflake Data Cloud", "snowflake"),
        ("Neo4j 5", "neo4j"),
        ("Neo4j AuraDB", "neo4j"),
        ("InfluxDB 2.7", "influxdb"),
        ("Influx", "influxdb"),
        ("Timescale", "timescaledb"),
        ("PostgreSQL with TimescaleDB", "timescaledb"),
        ("Weaviate Cloud", "weaviate"),
        ("Pinecone serverless", "pinecone"),
        ("pg_vector", "pgvector"),
        ("PostgreSQL + pgvector", "pgvector"),
        ("Elastic Cloud", "elasticsearch"),
        ("ELK stack", "elasticsearch"),
        ("Elasticsearch 8", "elasticsearch"),
        ("Amazon OpenSearch Service", "opensearch"),
        ("OpenSearch (Elasticsearch fork)", "opensearch"),
        ("PostGIS", "postgis"),
        ("PostgreSQL 16 + PostGIS 3.4", "postgis"),
        ("Citus", "citus"),
        ("Azure Cosmos DB for PostgreSQL", "citus"),
        ("Azure Cosmos DB", "cosmosdb"),
        ("CosmosDB", "cosmosdb"),
        ("MariaDB Galera Cluster", "mariadb"),
        ("Maria DB 10.11", "mariadb"),
        ("IBM Db2 11.5", "db2"),
        ("DB2", "db2"),
        ("SQLite3", "sqlite"),
        ("CockroachDB Serverless", "cockroachdb"),
        ("CRDB", "cockroachdb"),
        ("YugabyteDB (YSQL)", "yugabytedb"),
        ("TiDB Cloud", "tidb"),
        ("Volt Active Data", "voltdb"),
        ("Google Cloud Spanner", "spanner"),
        ("Apache CouchDB", "couchdb"),
        ("RavenDB", "ravendb"),
        ("ArangoDB", "arangodb"),
        ("Scylla", "scylladb"),
        ("ScyllaDB (Cassandra-compatible)", "scylladb"),
        ("Cassandra/ScyllaDB", "cassandra"),
        ("Apache HBase", "hbase"),
        ("etcd v3", "etcd"),
        ("Hazelcast IMDG", "hazelcast"),
        ("Amazon ElastiCache for Redis", "elasticache"),
        ("KeyDB", "keydb"),
        ("Valkey 8", "valkey"),
        ("FoundationDB", "foundationdb"),
        ("Apache Druid", "druid"),
        ("Vertica", "vertica"),
        ("Amazon Redshift Serverless", "redshift"),
        ("Google BigQuery", "bigquery"),
        ("Big Query", "bigquery"),
        ("Apache Hive", "hive"),
        ("DuckDB", "duckdb"),
        ("MotherDuck", "duckdb"),
        ("Amazon Neptune", "neptune"),
        ("TigerGraph", "tigergraph"),
        ("JanusGraph", "janusgraph"),
        ("Dgraph", "dgraph"),
        ("Prometheus", "prometheus"),
        ("Victoria Metrics", "victoriametrics"),
        ("QuestDB", "questdb"),
        ("Apache IoTDB", "iotdb"),
        ("Qdrant", "qdrant"),
        ("Milvus / Zilliz Cloud", "milvus"),
        ("ChromaDB", "chroma"),
        ("Vespa.ai", "vespa"),
        ("Apache Solr", "solr"),
        ("SolrCloud", "solr"),
        ("Typesense", "typesense"),
        ("Meilisearch", "meilisearch"),
        ("ZincSearch", "zinc"),
        ("RocksDB", "rocksdb"),
        ("LevelDB", "leveldb"),
        ("Berkeley DB", "berkeleydb"),
        ("Oracle Berkeley DB", "berkeleydb"),
        ("Lightning Memory-Mapped Database", "lmdb"),
        ("LMDB", "lmdb"),
        ("EventStoreDB", "eventstoredb"),
        ("KurrentDB", "eventstoredb"),
        ("Event Store", "eventstoredb"),
        ("Oracle MySQL HeatWave", "mysql"),
        ("Pósťgres", "postgresql"),
        // Words are joined only where a spelling of the name splits them.
        ("Mongo DB", "mongodb"),
        ("Elastic Search", "elasticsearch"),
        ("Click-House", "clickhouse"),
        ("Neo 4j", "neo4j"),
        ("Post GIS", "postgis"),
        ("cosmos-db", "cosmosdb"),
        // Names the matrix must not guess at.
        ("Kafka", nil),
        ("Apache Kafka", nil),
        ("Amazon S3", nil),
        ("Couchbase", nil),
        ("SingleStore (formerly MemSQL)", nil),
        ("Firebase", nil),
        ("Google Sheets", nil),
        ("Microsoft Access", nil),
        ("NoSQL", nil),
        ("a relational database", nil),
        ("SQL", nil),
        ("none", nil),
        ("", nil),
        ("   ", nil),
        ("Amazon Aurora", nil),
        ("Amazon RDS", nil),
        ("Google Cloud SQL", nil),
        ("Azure Synapse Analytics", nil),
        ("Dragonfly", nil),
        ("Apache Ignite", nil),
        ("Bigtable", nil),
        ("Vitess", nil),
        ("Elastic Beanstalk", nil),
        ("Apache Spark", nil),
        ("Hadoop HDFS", nil),
        ("Amazon Timestream", nil),
        ("Firestore", nil),
        ("time-series database", nil),
        ("vector database", nil),
        ("Red is fine", nil),
        ("in flux", nil),
        ("red shift", nil),
        ("on a time scale of days", nil),
    ]

    @Test(arguments: spellings)
    func resolves(text: String, profile: String?) {
        let reference = SelectionMatrix.normalize(text)
        #expect(reference.profileID == profile, "\(text) → \(reference)")
        #expect(reference.raw == text, "the text is kept as given")
    }

    @Test func theTableIsLargeAndHoldsUnknowns() {
        #expect(Self.spellings.count >= 60)
        #expect(Self.spellings.count { $0.profile == nil } >= 20)
    }

    @Test(arguments: [
        ("Postgres 16", "16"), ("MySQL 8.0 (InnoDB)", "8.0"), ("Oracle Database 19c", "19c"), ("Oracle 23ai", "23ai"),
        ("Redis 7.x", "7.x"), ("Microsoft SQL Server 2022", "2022"), ("PG16", "16"), ("IBM Db2 11.5", "11.5"),
        ("etcd v3", "3"), ("SQLite3", "3"), ("Neo4j 5", "5"), ("Elasticsearch 8.11.3 cluster", "8.11.3"),
    ])
    func keepsTheVersion(text: String, version: String) {
        #expect(SelectionMatrix.normalize(text).version == version)
    }

    @Test func aNameWithoutVersionHasNone() {
        #expect(SelectionMatrix.normalize("PostgreSQL with PostGIS").version == nil)
        #expect(SelectionMatrix.normalize("Neo4j").version == nil)
    }

    @Test(arguments: SelectionMatrix.builtIn.profiles)
    func everyIdNameAndAliasResolvesToItsProfile(profile: DatabaseProfile) {
        for name in [profile.id, profile.name] + profile.aliases {
            #expect(SelectionMatrix.normalize(name).profileID == profile.id, "\(name)")
        }
    }

    @Test func unknownNamesGroupByTheirTextAndKnownOnesByProfile() {
        #expect(SelectionMatrix.normalize("Kafka").key == SelectionMatrix.normalize(" kafka ").key)
        #expect(SelectionMatrix.normalize("Kafka").key != SelectionMatrix.normalize("Pulsar").key)
        #expect(SelectionMatrix.normalize("Postgres 16").key == SelectionMatrix.normalize("Aurora PostgreSQL").key)
        #expect(SelectionMatrix.normalize("Postgres 16").key == "postgresql")
        #expect(!SelectionMatrix.normalize("Kafka").isKnown)
    }

    @Test func reportsWhatItMatched() {
        #expect(SelectionMatrix.normalize("Amazon Aurora PostgreSQL").matched == "postgresql")
        #expect(SelectionMatrix.normalize("Cosmos DB (NoSQL API)").matched == "cosmos db")
        #expect(SelectionMatrix.normalize("Oracle MySQL").matched == "mysql")
    }

    @Test func unknownProfileNamesGetTheClosestSpellings() throws {
        let matrix = SelectionMatrix.builtIn
        #expect(matrix.closestProfiles(to: "mongodbb").first == "mongodb")
        #expect(matrix.closestProfiles(to: "cassandr").first == "cassandra")
        #expect(matrix.closestProfiles(to: "elasticsaerch").first == "elasticsearch")
        let error = #expect(throws: MatrixError.self) { try matrix.resolveProfile("clikhouse") }
        #expect(error?.code == .unknownDatabase)
        #expect(error?.suggestions.first == "clickhouse")
        #expect(error?.description.contains("unknown database 'clikhouse'") == true)
    }
}
