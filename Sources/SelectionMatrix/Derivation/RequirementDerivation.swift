import Foundation
import Schema

/// Derives the requirements a schema implies, each with its evidence:
///
/// | schema feature | requirement |
/// |---|---|
/// | foreign keys between different tables | `complex-joins` and `acid` |
/// | `json`/`jsonb` columns | `document-flexibility` |
/// | `tsvector` columns, FULLTEXT indexes, `to_tsvector` or trigram indexes | `full-text` |
/// | `vector` (pgvector) columns | `vector-search` |
/// | `geometry`/`geography` and other spatial columns, SPATIAL indexes | `geospatial` |
/// | tables range-partitioned on a date or time column | `time-series` |
///
/// Self-referencing foreign keys (a `parent_id` tree) do not count as joins across tables.
public enum RequirementDerivation {
    public static func derive(from model: SchemaModel) -> [DerivedRequirement] {
        var joins: [String] = []
        var documents: [String] = []
        var text: [String] = []
        var vectors: [String] = []
        var spatial: [String] = []
        var series: [String] = []
        for table in model.tables {
            let tableName = table.name.description
            for key in table.foreignKeys where key.referencedTable.folded != table.name.folded {
                joins.append("\(tableName).\(key.columns.joined(separator: ",")) → \(key.referencedTable)")
            }
            for column in table.columns {
                let place = "\(tableName).\(column.name)"
                switch column.type.kind {
                case .json, .jsonb: documents.append("\(place) (\(column.type.kind.rawValue))")
                case .tsvector: text.append("\(place) (tsvector)")
                case .vector: vectors.append("\(place) (\(column.type.normalized))")
                case .geometry, .geography: spatial.append("\(place) (\(column.type.kind.rawValue))")
                default:
                    let typeName = column.type.typeName?.name.lowercased() ?? ""
                    if vectorTypeNames.contains(typeName) { vectors.append("\(place) (\(typeName))") }
                    if spatialTypeNames.contains(typeName) { spatial.append("\(place) (\(typeName))") }
                }
            }
            for index in table.indexes {
                let place = "\(tableName)(\(index.elements.map(describe).joined(separator: ", ")))"
                let method = index.method.lowercased()
                if method == "fulltext" {
                    text.append("\(place) (FULLTEXT index)")
                } else if index.elements.contains(where: isTextSearch) {
                    text.append("\(place) (\(method) text-search index)")
                }
                if method == "spatial" { spatial.append("\(place) (SPATIAL index)") }
            }
            if let partitioning = table.partitioning, partitioning.strategy == .range,
               let column = temporalKey(partitioning.key, in: table) {
                series.append("\(tableName).\(column) (PARTITION BY RANGE)")
            }
        }
        var derived: [DerivedRequirement] = []
        if !joins.isEmpty {
            derived.append(DerivedRequirement(
                requirement: .complexJoins,
                reason: "\(count(joins.count, "foreign key")) between tables: queries join these tables",
                evidence: joins))
            derived.append(DerivedRequirement(
                requirement: .acid,
                reason: "rows that reference each other across tables are written together and must stay consistent",
                evidence: joins))
        }
        if !documents.isEmpty {
            derived.append(DerivedRequirement(
                requirement: .documentFlexibility,
                reason: "\(count(documents.count, "JSON column")) hold semi-structured documents",
                evidence: documents))
        }
        if !text.isEmpty {
            derived.append(DerivedRequirement(
                requirement: .fullText, reason: "the schema indexes text for search", evidence: text))
        }
        if !vectors.isEmpty {
            derived.append(DerivedRequirement(
                requirement: .vectorSearch, reason: "embedding columns are queried by similarity", evidence: vectors))
        }
        if !spatial.isEmpty {
            derived.append(DerivedRequirement(
                requirement: .geospatial, reason: "spatial columns or indexes hold locations and shapes",
                evidence: spatial))
        }
        if !series.isEmpty {
            derived.append(DerivedRequirement(
                requirement: .timeSeries, reason: "tables are partitioned by time ranges", evidence: series))
        }
        return derived
    }

    /// pgvector's types when a reader keeps them by name.
    static let vectorTypeNames: Set<String> = ["vector", "halfvec", "sparsevec"]
    /// PostGIS, MySQL and PostgreSQL geometric types when a reader keeps them by name.
    static let spatialTypeNames: Set<String> = [
        "geometry", "geography", "point", "linestring", "polygon", "multipoint", "multilinestring",
        "multipolygon", "geometrycollection", "box", "circle", "lseg", "path",
    ]

    private static func describe(_ element: IndexElement) -> String {
        switch element.target {
        case .column(let name): name
        case .expression(let expression): expression
        }
    }

    private static func isTextSearch(_ element: IndexElement) -> Bool {
        if case .expression(let expression) = element.target, expression.lowercased().contains("to_tsvector") {
            return true
        }
        return element.operatorClass?.lowercased().contains("trgm") ?? false
    }

    /// The first partition key that is, or mentions, a date or time column.
    private static func temporalKey(_ key: [String], in table: Table) -> String? {
        let temporal = table.columns.filter { $0.type.kind.isTemporal }
        for part in key {
            if let column = table.column(named: part), column.type.kind.isTemporal { return column.name }
            let lowered = part.lowercased()
            if let column = temporal.first(where: { mentions(lowered, $0.name.lowercased()) }) { return column.name }
        }
        return nil
    }

    /// Whether `expression` names `identifier` as a whole word (`date_trunc('day', created_at)`).
    private static func mentions(_ expression: String, _ identifier: String) -> Bool {
        var searchStart = expression.startIndex
        while let range = expression.range(of: identifier, range: searchStart..<expression.endIndex) {
            let before = range.lowerBound == expression.startIndex ? nil : expression[expression.index(before: range.lowerBound)]
            let after = range.upperBound == expression.endIndex ? nil : expression[range.upperBound]
            let isWord = { (c: Character?) in c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
            if !isWord(before), !isWord(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
