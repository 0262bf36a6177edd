/// The `spark.sql` commands over the catalog's tables and databases (as opposed to temporary views), parsed
/// here and run by SparkbookDataFrame's session catalog.
public enum SQLTableCommand: Sendable {
    /// `CREATE [OR REPLACE] TABLE [IF NOT EXISTS] t [(cols)] [USING fmt] [PARTITIONED BY (...)] [LOCATION '...']
    /// [OPTIONS (...)] [TBLPROPERTIES (...)] [COMMENT '...'] [AS query]`.
    public struct CreateTable: Sendable {
        public var name = ""
        public var replace = false
        public var ifNotExists = false
        /// The column list's DDL (`a INT, b STRING`), nil for `AS SELECT` without one.
        public var columns: StructType?
        public var provider: String?
        public var partitionColumns: [String] = []
        public var location: String?
        public var options: [String: String] = [:]
        public var properties: [String: String] = [:]
        public var comment: String?
        public var query: SQLSelect?
    }

    /// `INSERT INTO|OVERWRITE [TABLE] t [PARTITION (p = v, ...)] [(cols)] VALUES ... | query`.
    public struct Insert: Sendable {
        public enum Source: Sendable {
            case values([[Expression]])
            case query(SQLSelect)
        }
        public var table = ""
        public var overwrite = false
        /// Static partition values (`p = 'v'`), nil for a dynamic one (`PARTITION (p)`).
        public var partition: [(column: String, value: Expression?)] = []
        public var columns: [String]?
        public var source = Source.values([])
    }

    case createTable(CreateTable)
    case insert(Insert)
    case dropTable(String, ifExists: Bool)
    case createDatabase(String, ifNotExists: Bool, comment: String?, location: String?)
    case dropDatabase(String, ifExists: Bool, cascade: Bool)
    case use(String)
    /// `SHOW DATABASES|SCHEMAS [[LIKE] 'pattern']`.
    case showDatabases(pattern: String?)
    case truncate(String)
    /// `ALTER TABLE a RENAME TO b`.
    case rename(String, to: String)
    case showCreateTable(String)
}
