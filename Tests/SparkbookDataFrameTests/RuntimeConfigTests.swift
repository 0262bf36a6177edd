import Testing
@testable import SparkbookDataFrame
import SparkbookEngine

/// `spark.conf`: explicit values, Spark's defaults behind them, and the error for unknown keys.
struct RuntimeConfigTests {
    @Test func unsetKeysFallBackToSparkDefaults() {
        let conf = RuntimeConfig([:])
        #expect(conf.get("spark.sql.shuffle.partitions") == "200")
        #expect(conf.get("spark.sql.adaptive.enabled") == "true")
        #expect(conf.get("spark.sql.files.maxPartitionBytes") == "128MB")
        #expect(conf.get("spark.nothing.here") == nil)
    }

    @Test func setGetAndUnset() throws {
        let conf = RuntimeConfig(["spark.app.name": "x"])
        try conf.set("spark.sql.shuffle.partitions", "8")
        #expect(conf.get("spark.sql.shuffle.partitions") == "8")
        conf.unset("spark.sql.shuffle.partitions")
        #expect(conf.get("spark.sql.shuffle.partitions") == "200")
        conf.unset("spark.app.name")
        #expect(conf.get("spark.app.name") == nil)
    }

    @Test func requireOfAnUnknownKeyIsSQLConfNotFound() throws {
        let conf = RuntimeConfig([:])
        #expect(try conf.require("spark.sql.shuffle.partitions") == "200")
        let error = #expect(throws: SparkError.self) { try conf.require("spark.my.setting") }
        #expect(error?.description == "[SQL_CONF_NOT_FOUND] The SQL config \"spark.my.setting\" cannot be found. Please verify that the config exists. SQLSTATE: 42K0I")
    }

    @Test func allListsExplicitValuesSortedByKey() throws {
        let conf = RuntimeConfig(["b": "2", "a": "1"])
        try conf.set("c", "3")
        #expect(conf.all.map(\.key) == ["a", "b", "c"])
        #expect(conf.all.map(\.value) == ["1", "2", "3"])
    }

    /// Spark 4.3's messages, recorded from PySpark: typed SQL properties refuse text of another type.
    @Test func typedSQLPropertiesRefuseValuesOfAnotherType() throws {
        let conf = RuntimeConfig([:])
        let error = #expect(throws: SparkError.self) { try conf.set("spark.sql.shuffle.partitions", "2.5") }
        #expect(error?.description == "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value '2.5' in the config \"spark.sql.shuffle.partitions\" is invalid. It should be a/an 'int' value. SQLSTATE: 22022")
        #expect(throws: SparkError.self) { try conf.set("spark.sql.adaptive.enabled", "yes") }
        #expect(throws: SparkError.self) { try conf.set("spark.sql.files.maxPartitionBytes", "abc") }
        try conf.set("spark.sql.shuffle.partitions", " 7 ")
        try conf.set("spark.sql.adaptive.enabled", "TRUE")
        try conf.set("spark.sql.files.openCostInBytes", "4m")
        try conf.set("spark.my.own.key", "anything")
        #expect(conf.get("spark.sql.shuffle.partitions") == " 7 ")
    }

    @Test func onlySQLPropertiesAreModifiable() {
        let conf = RuntimeConfig([:])
        #expect(conf.isModifiable("spark.sql.shuffle.partitions"))
        #expect(!conf.isModifiable("spark.executor.memory"))
    }

    @Test func integerSettingsTolerateSpacesAndFallBack() {
        let conf = RuntimeConfig(["n": " 12 ", "bad": "x"])
        #expect(conf.int("n", default: 1) == 12)
        #expect(conf.int("bad", default: 7) == 7)
        #expect(conf.int("missing", default: 5) == 5)
    }
}

/// `spark.conf.set` of a core property (fixed once the application runs) is Spark's `CANNOT_MODIFY_CONFIG`.
struct RuntimeConfigCoreKeyTests {
    @Test func corePropertiesCannotBeModified() throws {
        let conf = RuntimeConfig([:])
        let error = #expect(throws: SparkError.self) { try conf.set("spark.dynamicAllocation.enabled", "true") }
        #expect(error?.description == "[CANNOT_MODIFY_CONFIG] Cannot modify the value of the Spark config: \"spark.dynamicAllocation.enabled\".")
        let range = #expect(throws: SparkError.self) { try conf.set("spark.sql.shuffle.partitions", "0") }
        #expect(range?.description.hasPrefix("[INVALID_CONF_VALUE.REQUIREMENT] The value '0'") == true)
    }
}

extension RuntimeConfigCoreKeyTests {
    /// PySpark's builder sets a running session's options with `setConfString`: any key, SQL values checked.
    @Test func builderOptionsOnARunningSessionSkipTheCoreRefusal() throws {
        let conf = RuntimeConfig([:])
        try conf.setConfString("spark.app.name", "two")
        #expect(conf.get("spark.app.name") == "two")
        #expect(throws: SparkError.self) { try conf.setConfString("spark.sql.shuffle.partitions", "abc") }
    }
}
