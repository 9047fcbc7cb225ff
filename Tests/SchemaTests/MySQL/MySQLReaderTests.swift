import Testing
@testable import Schema

@Suite struct MySQLReaderTests {
    static let dump = MarkedSQL("""
        -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
        --
        -- Host: localhost    Database: shop
        -- ------------------------------------------------------
        /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
        /*!40101 SET NAMES utf8mb4 */;
        DROP TABLE IF EXISTS `customers`;
        /*!40101 SET @saved_cs_client     = @@character_set_client */;
        CREATE TABLE ⟪customers⟫`customers` (
          ⟪c.id⟫`id` int(10) unsigned NOT NULL AUTO_INCREMENT,
          ⟪c.email⟫`email` varchar(255) COLLATE utf8mb4_bin NOT NULL COMMENT 'login, case-sensitive',
          ⟪c.name⟫`name` varchar(100) CHARACTER SET utf8mb4 NOT NULL DEFAULT 'anonymous',
          ⟪c.active⟫`active` tinyint(1) NOT NULL DEFAULT '1',
          ⟪c.created⟫`created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
          ⟪c.updated⟫`updated_at` timestamp NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
          ⟪c.score⟫`score` double DEFAULT NULL,
          ⟪c.kind⟫`kind` enum('person','company') NOT NULL DEFAULT 'person',
          ⟪c.flags⟫`flags` set('vip','it''s') DEFAULT NULL,
          ⟪c.lower⟫`email_lower` varchar(255) GENERATED ALWAYS AS (lower(`email`)) VIRTUAL,
          ⟪c.pk⟫PRIMARY KEY (`id`),
          UNIQUE KEY ⟪c.uq⟫`customers_email` (`email`),
          KEY ⟪c.ix⟫`customers_name_prefix` (`name`(10),`created_at` DESC) USING BTREE,
          FULLTEXT KEY ⟪c.ft⟫`customers_name_text` (`name`),
          CONSTRAINT ⟪c.check⟫`score_positive` CHECK ((`score` >= 0))
        ) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='People who buy';
        /*!40101 SET character_set_client = @saved_cs_client */;
        LOCK TABLES `customers` WRITE;
        /*!40000 ALTER TABLE `customers` DISABLE KEYS */;
        INSERT INTO `customers` VALUES (1,'a@b.c','A; \\'B\\' \\\\',1,'2024-01-01 00:00:00.000000',NULL,NULL,'person',NULL);
        /*!40000 ALTER TABLE `customers` ENABLE KEYS */;
        UNLOCK TABLES;

        CREATE TABLE IF NOT EXISTS ⟪orders⟫orders (
          ⟪o.id⟫id BIGINT UNSIGNED ⟪o.pk⟫PRIMARY KEY AUTO_INCREMENT,
          ⟪o.customer⟫customer_id INT UNSIGNED NOT NULL,
          ⟪o.total⟫total DECIMAL(10,2) NOT NULL DEFAULT 0.00 ⟪o.check⟫CHECK (total >= 0),
          ⟪o.code⟫code CHAR(8) NOT NULL ⟪o.uq⟫UNIQUE,
          ⟪o.year⟫placed_year YEAR,
          ⟪o.weight⟫weight FLOAT,
          ⟪o.geo⟫delivered_to POINT SRID 4326,
          ⟪o.bits⟫bits BIT(4) DEFAULT b'0000',
          ⟪o.doc⟫doc JSON,
          ⟪o.net⟫net DECIMAL(10,2) AS (total * 0.8) STORED,
          CONSTRAINT ⟪o.fk⟫fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT ON UPDATE CASCADE,
          ⟪o.ix⟫INDEX (placed_year),
          ⟪o.check2⟫CHECK (weight > 0) NOT ENFORCED
        ) ENGINE = MyISAM ROW_FORMAT=DYNAMIC
        PARTITION BY RANGE (placed_year) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);

        # a hash comment; and -- a dash comment
        CREATE TABLE ⟪items⟫shop.order_items (
          ⟪i.order⟫order_id BIGINT UNSIGNED NOT NULL ⟪i.ref⟫REFERENCES orders (id),
          ⟪i.line⟫line SMALLINT NOT NULL,
          ⟪i.pk⟫PRIMARY KEY (order_id, line)
        );

        /*!50001 DROP VIEW IF EXISTS `open_orders`*/;
        /*!50001 CREATE ALGORITHM=UNDEFINED */
        /*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
        /*!50001 VIEW ⟪v⟫`open_orders` AS select `orders`.`id` AS `id` from `orders` */;

        DELIMITER ;;
        /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW BEGIN
          SET NEW.total = NEW.total; -- a semicolon inside the body
        END */;;
        DELIMITER ;
        """)

    @Test func readsAMysqldumpWithEveryConstruct() throws {
        let sql = Self.dump
        let result = sql.read(.mysql)
        #expect(result.diagnostics == [
            Diagnostic(ruleID: "mysql-inline-references", severity: .warning,
                       message: "MySQL 8.4 and earlier parse and ignore a REFERENCES clause written on a column; the foreign key is modelled but may not exist",
                       location: sql["i.ref"], fix: "declare it as FOREIGN KEY (column) REFERENCES table (column) in the table"),
        ])
        #expect(result.statementCount == 16)
        #expect(result.skipped == ["set": 4, "drop table": 1, "lock": 1, "unlock": 1, "alter table": 2, "insert": 1,
                                   "drop view": 1, "create trigger": 1])
        let model = result.model
        #expect(model.namespaces == [])
        #expect(model.views == [View(name: QualifiedName("open_orders"), location: sql["v"])])
        #expect(model.tables.map(\.name) == [QualifiedName("customers"), QualifiedName("orders"), QualifiedName("order_items")])
        try #require(model.tables.count == 3)

        #expect(model.tables[0] == Table(
            name: QualifiedName("customers"),
            columns: [
                Column(name: "id", type: DataType(kind: .integer, raw: "int(10) unsigned", isUnsigned: true), isNullable: false,
                       identity: .autoIncrement, location: sql["c.id"]),
                Column(name: "email", type: DataType(kind: .varchar, raw: "varchar(255)", length: 255), isNullable: false,
                       collation: "utf8mb4_bin", comment: "login, case-sensitive", location: sql["c.email"]),
                Column(name: "name", type: DataType(kind: .varchar, raw: "varchar(100)", length: 100), isNullable: false,
                       defaultExpression: "'anonymous'", location: sql["c.name"]),
                Column(name: "active", type: DataType(kind: .boolean, raw: "tinyint(1)"), isNullable: false,
                       defaultExpression: "'1'", location: sql["c.active"]),
                Column(name: "created_at", type: DataType(kind: .timestamp, raw: "datetime(6)", precision: 6), isNullable: false,
                       defaultExpression: "CURRENT_TIMESTAMP(6)", location: sql["c.created"]),
                Column(name: "updated_at", type: DataType(kind: .timestamptz, raw: "timestamp"), location: sql["c.updated"]),
                Column(name: "score", type: DataType(kind: .double, raw: "double"), location: sql["c.score"]),
                Column(name: "kind", type: DataType(kind: .enumeration, raw: "enum('person','company')", values: ["person", "company"]),
                       isNullable: false, defaultExpression: "'person'", location: sql["c.kind"]),
                Column(name: "flags", type: DataType(kind: .set, raw: "set('vip','it''s')", values: ["vip", "it's"]),
                       location: sql["c.flags"]),
                Column(name: "email_lower", type: DataType(kind: .varchar, raw: "varchar(255)", length: 255),
                       generated: GeneratedColumn(expression: "lower(`email`)", isStored: false), location: sql["c.lower"]),
            ],
            primaryKey: PrimaryKey(columns: ["id"], location: sql["c.pk"]),
            checks: [CheckConstraint(name: "score_positive", expression: "(`score` >= 0)", location: sql["c.check"])],
            indexes: [
                Index(name: "customers_email", isUnique: true, elements: [.column("email")], location: sql["c.uq"]),
                Index(name: "customers_name_prefix",
                      elements: [IndexElement(.column("name"), prefixLength: 10), IndexElement(.column("created_at"), isDescending: true)],
                      location: sql["c.ix"]),
                Index(name: "customers_name_text", elements: [.column("name")], method: "fulltext", location: sql["c.ft"]),
            ],
            options: ["engine": "InnoDB", "charset": "utf8mb4", "collate": "utf8mb4_0900_ai_ci"],
            comment: "People who buy",
            location: sql["customers"]))

        #expect(model.tables[1] == Table(
            name: QualifiedName("orders"),
            columns: [
                Column(name: "id", type: DataType(kind: .bigint, raw: "BIGINT UNSIGNED", isUnsigned: true), isNullable: false,
                       identity: .autoIncrement, location: sql["o.id"]),
                Column(name: "customer_id", type: DataType(kind: .integer, raw: "INT UNSIGNED", isUnsigned: true), isNullable: false,
                       location: sql["o.customer"]),
                Column(name: "total", type: DataType(kind: .decimal, raw: "DECIMAL(10,2)", precision: 10, scale: 2), isNullable: false,
                       defaultExpression: "0.00", location: sql["o.total"]),
                Column(name: "code", type: DataType(kind: .char, raw: "CHAR(8)", length: 8), isNullable: false, location: sql["o.code"]),
                Column(name: "placed_year", type: DataType(kind: .year, raw: "YEAR"), location: sql["o.year"]),
                Column(name: "weight", type: DataType(kind: .real, raw: "FLOAT"), location: sql["o.weight"]),
                Column(name: "delivered_to", type: DataType(kind: .geometry, raw: "POINT"), location: sql["o.geo"]),
                Column(name: "bits", type: DataType(kind: .bit, raw: "BIT(4)", length: 4), defaultExpression: "b'0000'", location: sql["o.bits"]),
                Column(name: "doc", type: DataType(kind: .json, raw: "JSON"), location: sql["o.doc"]),
                Column(name: "net", type: DataType(kind: .decimal, raw: "DECIMAL(10,2)", precision: 10, scale: 2),
                       generated: GeneratedColumn(expression: "total * 0.8", isStored: true), location: sql["o.net"]),
            ],
            primaryKey: PrimaryKey(columns: ["id"], location: sql["o.pk"]),
            uniqueConstraints: [UniqueConstraint(columns: ["code"], location: sql["o.uq"])],
            foreignKeys: [ForeignKey(name: "fk_orders_customer", columns: ["customer_id"], referencedTable: QualifiedName("customers"),
                                     referencedColumns: ["id"], onDelete: .restrict, onUpdate: .cascade, location: sql["o.fk"])],
            checks: [
                CheckConstraint(expression: "total >= 0", location: sql["o.check"]),
                CheckConstraint(expression: "weight > 0", isNotValid: true, location: sql["o.check2"]),
            ],
            indexes: [Index(elements: [.column("placed_year")], location: sql["o.ix"])],
            partitioning: Partitioning(strategy: .range, key: ["placed_year"]),
            options: ["engine": "MyISAM", "row_format": "DYNAMIC"],
            location: sql["orders"]))

        #expect(model.tables[2] == Table(
            name: QualifiedName("order_items"),
            columns: [
                Column(name: "order_id", type: DataType(kind: .bigint, raw: "BIGINT UNSIGNED", isUnsigned: true), isNullable: false,
                       location: sql["i.order"]),
                Column(name: "line", type: DataType(kind: .smallint, raw: "SMALLINT"), isNullable: false, location: sql["i.line"]),
            ],
            primaryKey: PrimaryKey(columns: ["order_id", "line"], location: sql["i.pk"]),
            foreignKeys: [ForeignKey(columns: ["order_id"], referencedTable: QualifiedName("orders"), referencedColumns: ["id"],
                                     location: sql["i.ref"])],
            location: sql["items"]))
    }

    @Test func theDatabaseSelectedFirstIsTheDefaultNamespace() {
        let result = SchemaReader.read(text: """
            CREATE DATABASE IF NOT EXISTS shop;
            CREATE DATABASE archive;
            USE shop;
            CREATE TABLE a (id INT PRIMARY KEY, b_id INT, FOREIGN KEY (b_id) REFERENCES archive.b (id));
            CREATE TABLE shop.c (id INT);
            USE `archive`;
            CREATE TABLE b (id INT PRIMARY KEY, a_id INT, FOREIGN KEY (a_id) REFERENCES shop.a (id));
            CREATE TABLE ledger.d (id INT);
            CREATE VIEW v AS SELECT 1;
            """, path: "n.sql", dialect: .mysql)
        #expect(result.diagnostics == [])
        #expect(result.model.tables.map(\.name) == [
            QualifiedName("a"), QualifiedName("c"), QualifiedName(schema: "archive", "b"), QualifiedName(schema: "ledger", "d"),
        ])
        #expect(result.model.tables.flatMap(\.foreignKeys).map(\.referencedTable) == [
            QualifiedName(schema: "archive", "b"), QualifiedName("a"),
        ])
        #expect(result.model.views.map(\.name) == [QualifiedName(schema: "archive", "v")])
        #expect(result.model.namespaces == ["archive", "ledger"])
    }

    @Test func withoutUseOrDumpHeaderQualifiedNamesKeepTheirDatabase() {
        let result = SchemaReader.read(text: "CREATE TABLE t (id INT);\nCREATE TABLE other.u (id INT);\n", path: "q.sql", dialect: .mysql)
        #expect(result.model.tables.map(\.name) == [QualifiedName("t"), QualifiedName(schema: "other", "u")])
        #expect(result.model.namespaces == ["other"])
    }
}
