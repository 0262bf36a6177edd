import Testing
@testable import SparkbookCluster

struct DynamicAllocationConfigTests {
    @Test("Spark's defaults")
    func defaults() throws {
        let config = try DynamicAllocationConfig(properties: [:])
        #expect(config == DynamicAllocationConfig())
        #expect(!config.enabled)
        #expect(config.minExecutors == 0)
        #expect(config.maxExecutors == Int(Int32.max))
        #expect(config.effectiveInitialExecutors == 0)
        #expect(config.executorAllocationRatio == 1.0)
        #expect(config.schedulerBacklogTimeout == .seconds(1))
        #expect(config.effectiveSustainedSchedulerBacklogTimeout == .seconds(1))
        #expect(config.executorIdleTimeout == .seconds(60))
        #expect(config.cachedExecutorIdleTimeout == .infinite)
        #expect(config.shuffleTrackingEnabled)
        #expect(config.shuffleTrackingTimeout == .infinite)
        #expect(!config.shuffleServiceEnabled)
        #expect(config.tasksPerExecutor == 1)
        #expect(config.shuffleTrackingActive)
    }

    @Test("every key is read, with Spark's units")
    func readsEveryKey() throws {
        let config = try DynamicAllocationConfig(properties: [
            "spark.dynamicAllocation.enabled": "TRUE",
            "spark.dynamicAllocation.minExecutors": " 2 ",
            "spark.dynamicAllocation.maxExecutors": "40",
            "spark.dynamicAllocation.initialExecutors": "4",
            "spark.executor.instances": "6",
            "spark.dynamicAllocation.executorAllocationRatio": "0.5",
            "spark.dynamicAllocation.schedulerBacklogTimeout": "5s",
            "spark.dynamicAllocation.sustainedSchedulerBacklogTimeout": "1500ms",
            "spark.dynamicAllocation.executorIdleTimeout": "2min",
            "spark.dynamicAllocation.cachedExecutorIdleTimeout": "1h",
            "spark.dynamicAllocation.shuffleTracking.enabled": "false",
            "spark.dynamicAllocation.shuffleTracking.timeout": "5",
            "spark.shuffle.service.enabled": "true",
            "spark.executor.cores": "4",
            "spark.task.cpus": "2",
        ])
        #expect(config.enabled)
        #expect(config.minExecutors == 2 && config.maxExecutors == 40)
        #expect(config.effectiveInitialExecutors == 6)  // max(min, initial, instances)
        #expect(config.executorAllocationRatio == 0.5)
        #expect(config.schedulerBacklogTimeout == .seconds(5))
        #expect(config.effectiveSustainedSchedulerBacklogTimeout == .seconds(1))  // truncated to whole seconds
        #expect(config.executorIdleTimeout == .seconds(120))
        #expect(config.cachedExecutorIdleTimeout == .seconds(3600))
        #expect(!config.shuffleTrackingEnabled)
        #expect(config.shuffleTrackingTimeout == .milliseconds(5))  // bare number: milliseconds here
        #expect(config.shuffleServiceEnabled)
        #expect(config.tasksPerExecutor == 2)
        #expect(!config.shuffleTrackingActive)
    }

    @Test("a bare number means seconds for the second-based keys")
    func bareSeconds() throws {
        let config = try DynamicAllocationConfig(properties: ["spark.dynamicAllocation.executorIdleTimeout": "30"])
        #expect(config.executorIdleTimeout == .seconds(30))
    }

    @Test("values that do not parse name their key, in Spark 4's words", arguments: [
        ("spark.dynamicAllocation.maxExecutors", "abc", "int"),
        ("spark.dynamicAllocation.minExecutors", "1.5", "int"),
        ("spark.dynamicAllocation.executorAllocationRatio", "x", "double"),
        ("spark.dynamicAllocation.shuffleTracking.enabled", "yes", "boolean"),
        ("spark.dynamicAllocation.schedulerBacklogTimeout", "5x", "time in SECONDS"),
        ("spark.dynamicAllocation.shuffleTracking.timeout", "1.5s", "time in MILLISECONDS"),
    ])
    func typeMismatch(key: String, value: String, type: String) {
        #expect(throws: ConfigError.typeMismatch(key: key, value: value, type: type)) {
            try DynamicAllocationConfig(properties: [key: value])
        }
        let expected = "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value '\(value)' in the config \"\(key)\" is invalid. "
            + "It should be a/an '\(type)' value. SQLSTATE: 22022"
        #expect(ConfigError.typeMismatch(key: key, value: value, type: type).message == expected)
    }

    @Test("the exact text for maxExecutors=abc")
    func maxExecutorsAbc() {
        do {
            _ = try DynamicAllocationConfig(properties: ["spark.dynamicAllocation.maxExecutors": "abc"])
            Issue.record("accepted abc")
        } catch {
            #expect(error.key == "spark.dynamicAllocation.maxExecutors")
            #expect(error.message == "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value 'abc' in the config "
                + "\"spark.dynamicAllocation.maxExecutors\" is invalid. It should be a/an 'int' value. SQLSTATE: 22022")
        }
    }

    @Test("negative idle timeouts fail the key's own check, value shown in ms", arguments: [
        ("spark.dynamicAllocation.executorIdleTimeout", "-1s", "-1000ms"),
        ("spark.dynamicAllocation.cachedExecutorIdleTimeout", "-1", "-1000ms"),
        ("spark.dynamicAllocation.shuffleTracking.timeout", "-5", "-5ms"),
    ])
    func negativeTimeouts(key: String, value: String, rendered: String) {
        #expect(throws: ConfigError(
            code: .requirementFailed, key: key,
            message: "[INVALID_CONF_VALUE.REQUIREMENT] The value '\(rendered)' in the config \"\(key)\" is invalid. "
                + "Timeout must be >= 0. SQLSTATE: 22022")) {
            try DynamicAllocationConfig(properties: [key: value])
        }
    }

    @Test("a zero idle timeout is allowed, as in Spark")
    func zeroIdleTimeout() throws {
        let config = try DynamicAllocationConfig(properties: ["spark.dynamicAllocation.executorIdleTimeout": "0"])
        #expect(config.executorIdleTimeout == .zero)
        #expect(throws: Never.self) { try config.validate() }
    }
}
