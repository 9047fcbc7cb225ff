import Schema

extension Rule {
    public static let entityAttributeValue = Rule(
        id: "entity-attribute-value",
        name: "Entity-attribute-value table",
        category: .design,
        severity: .warning,
        rationale: """
            A table of (entity, attribute, value) rows stores what should be columns as data: values lose their \
            types (everything is text), NOT NULL, CHECK and foreign keys cannot apply per attribute, and reading \
            one entity back needs a join or pivot per attribute. Reported when a table has a reference to an \
            entity (a foreign key or an `_id` column), an attribute-name column (attribute, key, meta_key, \
            property, field, name, ...) and a value column (value, meta_value, attribute_value, ...).
            """,
        fix: "Make frequently used attributes real columns (or subtype tables); keep truly open-ended data in one jsonb column with the entity.",
        triggering: [
            RuleExample("""
                CREATE TABLE products (id bigint PRIMARY KEY);
                CREATE TABLE ↓product_attributes (
                    id bigint PRIMARY KEY,
                    product_id bigint NOT NULL REFERENCES products (id),
                    attribute text NOT NULL,
                    value text
                );
                """, .postgresql),
            RuleExample("""
                CREATE TABLE ↓wp_postmeta (meta_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, post_id BIGINT UNSIGNED NOT NULL,
                    meta_key VARCHAR(255), meta_value LONGTEXT, PRIMARY KEY (meta_id), KEY (post_id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE ↓user_properties (user_id INTEGER NOT NULL, name TEXT NOT NULL, value TEXT,
                    PRIMARY KEY (user_id, name));
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
                CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, attributes jsonb NOT NULL DEFAULT '{}');
                """, .postgresql),
            RuleExample("""
                CREATE TABLE readings (id INTEGER PRIMARY KEY, sensor_id INTEGER NOT NULL, value REAL NOT NULL);
                """, .sqlite),
        ],
        check: { context in
            context.model.tables.compactMap { table in
                guard let value = table.columns.first(where: { EAVNames.isValue($0, context) }),
                      let attribute = table.columns.first(where: { EAVNames.attributeNames.contains($0.name.lowercased()) }),
                      let entity = EAVNames.entityColumn(of: table, excluding: [value.name, attribute.name]) else { return nil }
                return RuleFinding(.eav(context.target(table), entity: entity, attribute: attribute.name, value: value.name),
                                   at: table.location, target: context.target(table))
            }
        })
}

/// Column names that mark the parts of an entity-attribute-value table.
enum EAVNames {
    static let attributeNames: Set<String> = [
        "attribute", "attr", "attribute_name", "attr_name", "attribute_id", "attribute_key", "key", "meta_key",
        "metakey", "property", "property_name", "property_id", "prop", "field", "field_name", "field_id", "name",
        "param", "param_name", "parameter", "parameter_name", "option_name", "setting", "setting_name",
    ]
    static let valueNames: Set<String> = [
        "value", "val", "attribute_value", "attr_value", "property_value", "prop_value", "meta_value", "metavalue",
        "field_value", "param_value", "parameter_value", "option_value", "setting_value", "value_text",
        "string_value", "text_value",
    ]

    /// A value column: named like one, holding text, JSON or bytes (typed measurements are not EAV values).
    static func isValue(_ column: Column, _ context: RuleContext) -> Bool {
        guard valueNames.contains(column.name.lowercased()) else { return false }
        let kind = context.resolvedType(column.type).kind
        return kind.isText || kind == .json || kind == .jsonb || kind == .blob || kind == .other
    }

    /// A column that names the entity: part of a foreign key, or an `_id` column that is not the table's
    /// own single-column key.
    static func entityColumn(of table: Table, excluding names: [String]) -> String? {
        let excluded = Set(names.map { $0.lowercased() })
        let ownKey = table.primaryKey.flatMap { $0.columns.count == 1 ? $0.columns[0].lowercased() : nil }
        if let foreignKey = table.foreignKeys.first(where: { !$0.columns.contains { excluded.contains($0.lowercased()) } }) {
            return foreignKey.columns.joined(separator: ", ")
        }
        return table.columns.first { column in
            let name = column.name.lowercased()
            return !excluded.contains(name) && name != ownKey && IdentifierWords.prefixBeforeIDSuffix(column.name) != nil
        }?.name
    }
}

extension RuleFinding.Message {
    fileprivate static func eav(_ table: String, entity: String, attribute: String, value: String) -> Self {
        "table \(table) stores attributes as rows (entity \(entity), attribute \(attribute), value \(value)): values lose their types and constraints"
    }
}
