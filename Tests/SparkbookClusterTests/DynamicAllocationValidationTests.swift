import Testing
@testable import SparkbookCluster

/// Every start-up message, word for word as Spark 4.3 prints it (checked against pyspark 4.3.0).
struct DynamicAllocationValidationTests {
    static func validate(_ properties: [String: String]) -> Result<[ConfigNotice], ConfigError> {
        do throws(ConfigError) {
            return .success(try DynamicAllocationConfig(properties: properties).validate())
        } catch {
            return .failure(error)
        }
    }

    static func message(_ properties: [String: String]) -> String? {
        if case .failure(let error) = validate(properties) { return error.message }
        return nil
    }

    @Test("negative bounds", arguments: ["spark.dynamicAllocation.minExecutors", "spark.dynamicAllocation.maxExecutors"])
    func negativeBounds(key: String) {
        #expect(Self.message([key: "-1"])
            == "spark.dynamicAllocation.minExecutors and spark.dynamicAllocation.maxExecutors must be positive!")
    }

    @Test func zeroMax() {
        #expect(Self.message(["spark.dynamicAllocation.maxExecutors": "0"])
            == "spark.dynamicAllocation.maxExecutors cannot be 0!")
    }

    @Test func minAboveMax() {
        let properties = ["spark.dynamicAllocation.minExecutors": "2", "spark.dynamicAllocation.maxExecutors": "1"]
        #expect(Self.message(properties)
            == "spark.dynamicAllocation.minExecutors (2) must be less than or equal to spark.dynamicAllocation.maxExecutors (1)!")
    }

    @Test("backlog timeout must be > 0, and 500ms truncates to 0 s", arguments: ["0", "500ms", "-1s"])
    func backlogTimeout(value: String) {
        #expect(Self.message(["spark.dynamicAllocation.schedulerBacklogTimeout": value])
            == "spark.dynamicAllocation.schedulerBacklogTimeout must be > 0!")
    }

    @Test("sustained backlog timeout, with Spark's own leading-s typo")
    func sustainedTimeout() {
        #expect(Self.message(["spark.dynamicAllocation.sustainedSchedulerBacklogTimeout": "0"])
            == "sspark.dynamicAllocation.sustainedSchedulerBacklogTimeout must be > 0!")
    }

    @Test("ratio must be in (0, 1]", arguments: ["0", "1.5", "-0.1"])
    func ratio(value: String) {
        #expect(Self.message(["spark.dynamicAllocation.executorAllocationRatio": value])
            == "spark.dynamicAllocation.executorAllocationRatio must be > 0 and <= 1.0")
    }

    @Test func coresBelowTaskCpus() {
        #expect(Self.message(["spark.task.cpus": "2"])
            == "The number of cores per executor (=1) has to be >= the number of cpus per task = 2.")
    }

    @Test func shuffleMechanismRequired() {
        let error = Self.validate(["spark.dynamicAllocation.shuffleTracking.enabled": "false"]).failure
        #expect(error?.code == .shuffleMechanismRequired)
        #expect(error?.message == "Dynamic allocation of executors requires one of the following conditions: "
            + "1) enabling external shuffle service through spark.shuffle.service.enabled. "
            + "2) enabling shuffle tracking through spark.dynamicAllocation.shuffleTracking.enabled. "
            + "3) enabling shuffle blocks decommission through spark.decommission.enabled and "
            + "spark.storage.decommission.shuffleBlocks.enabled. 4) (Experimental) configuring "
            + "spark.shuffle.sort.io.plugin.class to use a custom ShuffleDataIO who's ShuffleDriverComponents "
            + "supports reliable storage.")
    }

    @Test("the shuffle service or decommissioning alone satisfies the shuffle requirement")
    func otherShuffleMechanisms() {
        let off = "spark.dynamicAllocation.shuffleTracking.enabled"
        #expect(Self.validate([off: "false", "spark.shuffle.service.enabled": "true"]).failure == nil)
        let decommission = Self.validate([off: "false", "spark.decommission.enabled": "true"])
        #expect(decommission.notices.map(\.message).contains("Shuffle data decommission is enabled without a shuffle service."))
    }

    @Test("initial or instances below min only warn, in Spark's words")
    func initialBelowMin() {
        let notices = Self.validate([
            "spark.dynamicAllocation.minExecutors": "3", "spark.dynamicAllocation.initialExecutors": "1",
        ]).notices
        #expect(notices.filter { $0.level == .warning }.map(\.message) == [
            "spark.dynamicAllocation.initialExecutors less than spark.dynamicAllocation.minExecutors is invalid, "
                + "ignoring its setting, please update your configs.",
            "spark.executor.instances less than spark.dynamicAllocation.minExecutors is invalid, "
                + "ignoring its setting, please update your configs.",
        ])
        #expect(notices.map(\.message).contains(
            "Using initial executors = 3, max of spark.dynamicAllocation.initialExecutors,"
                + "spark.dynamicAllocation.minExecutors and spark.executor.instances"))
    }

    @Test("defaults raise no warning, only Spark's info lines")
    func defaultsAreQuiet() {
        let notices = Self.validate([:]).notices
        #expect(notices.allSatisfy { $0.level == .info })
        #expect(notices.map(\.code) == [.usingInitialExecutors, .enabledWithoutShuffleService])
    }

    @Test("tracking plus the shuffle service: a Sparkbook warning (Spark 4.3 itself is silent)")
    func trackingWithShuffleService() {
        let notices = Self.validate(["spark.shuffle.service.enabled": "true"]).notices
        let warning = notices.first { $0.code == .shuffleTrackingIgnoredWithShuffleService }
        #expect(warning?.level == .warning)
        #expect(warning?.source == .sparkbook)
    }

    @Test("tracking plus shuffle decommissioning: Spark's own warning")
    func trackingWithDecommission() {
        let notices = Self.validate(["spark.decommission.enabled": "true"]).notices
        #expect(notices.contains { $0.source == .spark && $0.level == .warning
            && $0.message == "You are enabling both shuffle tracking and other DA supported mechanism, which will "
                + "cause idle executors not to be released in a timely, please check the configurations." })
    }
}

extension Result<[ConfigNotice], ConfigError> {
    var failure: ConfigError? { if case .failure(let error) = self { error } else { nil } }
    var notices: [ConfigNotice] { (try? get()) ?? [] }
}
