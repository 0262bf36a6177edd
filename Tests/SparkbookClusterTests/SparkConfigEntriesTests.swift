import Testing
@testable import SparkbookCluster

/// The typed-property table against PySpark 4.3.0's own messages (recorded with `spark.conf.set` and the builder).
struct SparkConfigEntriesTests {
    func message(_ key: String, _ value: String) -> String? {
        do {
            try SparkConfigEntries.entry(for: key)?.check(value)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func intsRefuseTextAndOutOfRangeValues() {
        #expect(message("spark.sql.shuffle.partitions", "abc") == "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value 'abc' in the config \"spark.sql.shuffle.partitions\" is invalid. It should be a/an 'int' value. SQLSTATE: 22022")
        #expect(message("spark.sql.shuffle.partitions", "99999999999")?.contains("'int' value") == true)
        #expect(message("spark.sql.shuffle.partitions", "0") == "[INVALID_CONF_VALUE.REQUIREMENT] The value '0' in the config \"spark.sql.shuffle.partitions\" is invalid. The value of spark.sql.shuffle.partitions must be positive SQLSTATE: 22022")
        #expect(message("spark.sql.shuffle.partitions", " 8 ") == nil)
        #expect(message("spark.sql.adaptive.coalescePartitions.initialPartitionNum", "0") == "[INVALID_CONF_VALUE.REQUIREMENT] The value '0' in the config \"spark.sql.adaptive.coalescePartitions.initialPartitionNum\" is invalid. The initial number of partitions must be positive. SQLSTATE: 22022")
    }

    @Test func booleansAcceptOnlyTrueAndFalse() {
        #expect(message("spark.dynamicAllocation.enabled", "yes") == "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value 'yes' in the config \"spark.dynamicAllocation.enabled\" is invalid. It should be a/an 'boolean' value. SQLSTATE: 22022")
        #expect(message("spark.sql.adaptive.enabled", "1")?.contains("'boolean' value") == true)
        #expect(message("spark.shuffle.service.enabled", "TRUE") == nil)
    }

    @Test func sizesAndTimesUseSparkUnitsAndRenderings() {
        #expect(message("spark.sql.adaptive.advisoryPartitionSizeInBytes", "1.5g") == "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value '1.5g' in the config \"spark.sql.adaptive.shuffle.targetPostShuffleInputSize\" is invalid. It should be a/an 'bytes in BYTE' value. SQLSTATE: 22022")
        #expect(message("spark.sql.adaptive.coalescePartitions.minPartitionSize", "0") == "[INVALID_CONF_VALUE.REQUIREMENT] The value '0b' in the config \"spark.sql.adaptive.coalescePartitions.minPartitionSize\" is invalid. minPartitionSize must be positive SQLSTATE: 22022")
        #expect(message("spark.driver.maxResultSize", "abc") == "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value 'abc' in the config \"spark.driver.maxResultSize\" is invalid. It should be a/an 'bytes in BYTE' value. SQLSTATE: 22022")
        #expect(message("spark.network.timeout", "abc")?.contains("'time in SECONDS' value") == true)
        #expect(message("spark.executor.heartbeatInterval", "abc")?.contains("'time in MILLISECONDS' value") == true)
        #expect(message("spark.sql.broadcastTimeout", "5min") == nil)
        #expect(message("spark.dynamicAllocation.executorIdleTimeout", "-1s") == "[INVALID_CONF_VALUE.REQUIREMENT] The value '-1000ms' in the config \"spark.dynamicAllocation.executorIdleTimeout\" is invalid. Timeout must be >= 0. SQLSTATE: 22022")
        #expect(message("spark.sql.adaptive.skewJoin.skewedPartitionFactor", "-1") == "[INVALID_CONF_VALUE.REQUIREMENT] The value '-1.0' in the config \"spark.sql.adaptive.skewJoin.skewedPartitionFactor\" is invalid. The skew factor cannot be negative. SQLSTATE: 22022")
    }

    @Test func choicesAndTimeZones() {
        #expect(message("spark.sql.legacy.timeParserPolicy", "legacy") == nil)
        #expect(message("spark.sql.legacy.timeParserPolicy", "FOO") == "[INVALID_CONF_VALUE.OUT_OF_RANGE_OF_OPTIONS] The value 'FOO' in the config \"spark.sql.legacy.timeParserPolicy\" is invalid. It should be one of 'EXCEPTION, LEGACY, CORRECTED'. SQLSTATE: 22022")
        #expect(message("spark.sql.parquet.compression.codec", "FOO")?.contains("The value 'foo'") == true)
        #expect(message("spark.sql.session.timeZone", "Mars/Olympus") == "[INVALID_CONF_VALUE.TIME_ZONE] The value 'Mars/Olympus' in the config \"spark.sql.session.timeZone\" is invalid. Cannot resolve the given timezone. SQLSTATE: 22022")
        #expect(message("spark.sql.session.timeZone", "+25:00") != nil)
        #expect(message("spark.sql.session.timeZone", "+02:00") == nil)
        #expect(message("spark.sql.session.timeZone", "America/Los_Angeles") == nil)
    }

    /// Spark reads the allocation settings only with dynamic allocation on; other keys always.
    @Test func startUpChecksSkipAllocationKeysWhenAllocationIsOff() throws {
        try SparkConfigEntries.check(["spark.dynamicAllocation.minExecutors": "abc", "spark.my.key": "x"])
        #expect(throws: ConfigError.self) {
            try SparkConfigEntries.check(["spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.minExecutors": "abc"])
        }
        #expect(throws: ConfigError.self) { try SparkConfigEntries.check(["spark.dynamicAllocation.enabled": "yes"]) }
        #expect(throws: ConfigError.self) { try SparkConfigEntries.check(["spark.sql.shuffle.partitions": "abc"]) }
        // Recorded: local[2] accepts spark.task.maxFailures=abc (never read); a cluster refuses it.
        try SparkConfigEntries.check(["spark.master": "local[2]", "spark.task.maxFailures": "abc"])
        #expect(throws: ConfigError.self) { try SparkConfigEntries.check(["spark.task.maxFailures": "abc"]) }
    }
}
