import Testing
import Schema
import SelectionMatrix

/// Requirements derived from schema models written here (the dialect readers are tested elsewhere).
@Suite struct RequirementDerivationTests {
    private let here = SourceLocation(file: "test.sql", line: 1, column: 1)

    private func column(_ name: String, _ kind: TypeKind, raw: String? = nil, typeName: String? = nil) -> Column {
        Column(name: name, type: DataType(kind: kind, raw: raw ?? kind.rawValue,
                                          typeName: typeName.map { QualifiedName($0) }), location: here)
    }

    private func derived(_ tables: [Table], dialect: Dialect = .postgresql) -> [Requirement: DerivedRequirement] {
        let model = SchemaModel(dialect: dialect, tables: tables)
        return Dictionary(uniqueKeysWithValues: RequirementDerivation.derive(from: model).map { ($0.requirement, $0) })
    }

    @Test func foreignKeysAcrossTablesNeedJoinsAndTransactions() throws {
        let customers = Table(name: QualifiedName("customers"), columns: [column("id", .bigint)], location: here)
        let orders = Table(name: QualifiedName("orders"),
                           columns: [column("id", .bigint), column("customer_id", .bigint)],
                           foreignKeys: [ForeignKey(columns: ["customer_id"], referencedTable: QualifiedName("customers"),
                                                    referencedColumns: ["id"], location: here)],
                           location: here)
        let lines = Table(name: QualifiedName(schema: "sales", "order_lines"),
                          columns: [column("order_id", .bigint)],
                          foreignKeys: [ForeignKey(columns: ["order_id"], referencedTable: QualifiedName("orders"),
                                                   referencedColumns: [], location: here)],
                          location: here)
        let result = derived([customers, orders, lines])
        let joins = try #require(result[.complexJoins])
        #expect(joins.evidence == ["orders.customer_id → customers", "sales.order_lines.order_id → orders"])
        #expect(joins.reason.hasPrefix("2 foreign keys between tables"))
        #expect(result[.acid]?.evidence == joins.evidence)
        #expect(result.count == 2)
    }

    @Test func aSelfReferenceIsATreeNotAJoinAcrossTables() {
        let categories = Table(name: QualifiedName("categories"),
                               columns: [column("id", .integer), column("parent_id", .integer)],
                               foreignKeys: [ForeignKey(columns: ["parent_id"], referencedTable: QualifiedName("Categories"),
                                                        referencedColumns: ["id"], location: here)],
                               location: here)
        #expect(derived([categories]).isEmpty)
    }

    @Test func documentTextVectorAndSpatialColumns() throws {
        let products = Table(
            name: QualifiedName("products"),
            columns: [column("attributes", .jsonb), column("legacy", .json), column("search", .tsvector),
                      column("embedding", .vector, raw: "vector(1536)"), column("small", .other, raw: "halfvec(256)", typeName: "halfvec"),
                      column("shop_location", .geography), column("area", .other, raw: "polygon", typeName: "polygon"),
                      column("name", .text)],
            location: here)
        let result = derived([products])
        #expect(result[.documentFlexibility]?.evidence == ["products.attributes (jsonb)", "products.legacy (json)"])
        #expect(result[.fullText]?.evidence == ["products.search (tsvector)"])
        #expect(result[.vectorSearch]?.evidence == ["products.embedding (vector)", "products.small (halfvec)"])
        #expect(result[.geospatial]?.evidence == ["products.shop_location (geography)", "products.area (polygon)"])
        #expect(result[.complexJoins] == nil)
    }

    @Test func textSearchAndSpatialIndexes() {
        let articles = Table(
            name: QualifiedName("articles"), columns: [column("body", .text), column("title", .varchar), column("at", .geometry)],
            indexes: [
                Index(elements: [.column("body")], method: "FULLTEXT", location: here),
                Index(elements: [IndexElement(.expression("to_tsvector('english', title)"))], method: "gin", location: here),
                Index(elements: [IndexElement(.column("title"), operatorClass: "gin_trgm_ops")], method: "gin", location: here),
                Index(elements: [.column("at")], method: "spatial", location: here),
                Index(elements: [.column("title")], location: here),
            ],
            location: here)
        let result = derived([articles], dialect: .mysql)
        #expect(result[.fullText]?.evidence == [
            "articles(body) (FULLTEXT index)",
            "articles(to_tsvector('english', title)) (gin text-search index)",
            "articles(title) (gin text-search index)",
        ])
        #expect(result[.geospatial]?.evidence == ["articles.at (geometry)", "articles(at) (SPATIAL index)"])
    }

    @Test func rangePartitionsOnTimeMeanTimeSeries() {
        let events = Table(name: QualifiedName("events"),
                           columns: [column("id", .bigint), column("created_at", .timestamptz)],
                           partitioning: Partitioning(strategy: .range, key: ["created_at"]), location: here)
        let metrics = Table(name: QualifiedName("metrics"),
                            columns: [column("ts", .timestamp), column("value", .double)],
                            partitioning: Partitioning(strategy: .range, key: ["date_trunc('day', ts)"]), location: here)
        let byTenant = Table(name: QualifiedName("tenants_data"),
                             columns: [column("tenant_id", .integer), column("created_at", .date)],
                             partitioning: Partitioning(strategy: .list, key: ["tenant_id"]), location: here)
        let byNumber = Table(name: QualifiedName("ledger"),
                             columns: [column("id", .bigint), column("tsx", .text)],
                             partitioning: Partitioning(strategy: .range, key: ["id"]), location: here)
        let result = derived([events, metrics, byTenant, byNumber])
        #expect(result[.timeSeries]?.evidence == ["events.created_at (PARTITION BY RANGE)", "metrics.ts (PARTITION BY RANGE)"])
    }

    @Test func derivedRequirementsFeedTheRanking() throws {
        let places = Table(name: QualifiedName("places"),
                           columns: [column("geom", .geometry), column("owner_id", .bigint)],
                           foreignKeys: [ForeignKey(columns: ["owner_id"], referencedTable: QualifiedName("owners"),
                                                    referencedColumns: ["id"], location: here)],
                           location: here)
        let requirements = RequirementDerivation.derive(from: SchemaModel(dialect: .postgresql, tables: [places]))
            .map(\.requirement)
        #expect(requirements == [.complexJoins, .acid, .geospatial])
        let ranking = SelectionMatrix.builtIn.rank(for: requirements)
        #expect(try #require(ranking.entry(for: "postgis")).rank == 1)
        #expect(try #require(ranking.entry(for: "mongodb")).verdict != .consistent)
    }
}
