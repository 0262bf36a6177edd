import Foundation
import Testing
@testable import SparkbookSparkEngine

/// The lower configuration layers reach the driver as spark-submit arguments, with what the engine needs added
/// only where the user said nothing.
struct SparkDriverSettingsTests {
    let run = URL(fileURLWithPath: "/tmp/run-1")

    @Test func theMasterAndPropertiesBecomeSubmitArguments() {
        let settings = SparkDriverSettings(master: "local-cluster[2,1,1024]", remote: nil,
                                           properties: ["spark.ui.enabled": "false", "spark.executor.cores": "1"],
                                           runDirectory: run)
        let words = settings.submitArguments
        #expect(words.hasPrefix("--master 'local-cluster[2,1,1024]' --conf "))
        #expect(words.hasSuffix(" pyspark-shell"))
        #expect(words.contains("--conf spark.eventLog.enabled=true"))
        #expect(words.contains("--conf spark.eventLog.dir=file:///tmp/run-1/eventlog"))
        #expect(words.contains("--conf spark.ui.showConsoleProgress=false"))
        #expect(words.contains("--conf spark.executor.cores=1 "))
        #expect(words.contains("-Dlog4j2.configurationFile=file:///tmp/run-1/log4j2.properties"))
        // Sorted by key: the same command every time.
        #expect(words.range(of: "spark.driver.extraJavaOptions")!.lowerBound < words.range(of: "spark.eventLog.dir")!.lowerBound)
    }

    @Test func theUsersOwnValuesWin() {
        let settings = SparkDriverSettings(master: nil, remote: nil,
                                           properties: ["spark.eventLog.enabled": "false", "spark.master": "local[3]",
                                                        "spark.driver.extraJavaOptions": "-Dx=1"],
                                           runDirectory: run, eventLogDirectory: "/logs")
        let properties = settings.effectiveProperties
        #expect(properties["spark.eventLog.enabled"] == "false")
        #expect(properties["spark.eventLog.dir"] == "file:///logs")
        #expect(properties["spark.driver.extraJavaOptions"]?.hasSuffix(" -Dx=1") == true)
        // spark.master from the properties file: no --master of our own.
        #expect(!settings.submitArguments.contains("--master"))
        #expect(settings.submitArguments.contains("--conf 'spark.master=local[3]'"))
    }

    @Test func noMasterAnywhereIsLocalWithEveryCore() {
        let settings = SparkDriverSettings(master: nil, remote: nil, properties: [:], runDirectory: run)
        #expect(settings.submitArguments.hasPrefix("--master 'local[*]' "))
    }

    @Test func sparkConnectGoesThroughTheEnvironment() {
        let settings = SparkDriverSettings(master: nil, remote: "sc://127.0.0.1:15002", properties: [:], runDirectory: run)
        let env = settings.environment(base: ["PATH": "/bin", "PYTHONPATH": "/mine"],
                                       installation: SparkInstallation(python: "python3", pythonPath: ["/spark/python"],
                                                                       sparkHome: "/spark", origin: "test"))
        #expect(env["SPARK_REMOTE"] == "sc://127.0.0.1:15002")
        #expect(env["PYTHONPATH"] == "/spark/python:/mine")
        #expect(env["SPARK_HOME"] == "/spark")
        #expect(env["PATH"] == "/bin")
        #expect(!settings.submitArguments.contains("--master"))
    }

    @Test func wordsAreQuotedAsShlexReadsThem() {
        #expect(SparkDriverSettings.shellQuoted("a=b") == "a=b")
        #expect(SparkDriverSettings.shellQuoted("it's here") == "'it'\"'\"'s here'")
        #expect(SparkDriverSettings.shellQuoted("") == "''")
    }

    @Test func theAllocationManagerLogsToItsOwnFile() {
        let text = SparkDriverSettings(master: nil, remote: nil, properties: [:], runDirectory: run).log4jText
        #expect(text.contains("logger.allocation.name = org.apache.spark.ExecutorAllocationManager"))
        #expect(text.contains("logger.allocation.level = debug"))
        #expect(text.contains("appender.allocation.fileName = /tmp/run-1/allocation.log"))
        // Only the decisions reach the file (DEBUG adds two lines of every 100 ms round), with `Utils`' initial target.
        #expect(text.contains("appender.allocation.filter.decisions.onMismatch = DENY"))
        #expect(text.contains("Lowering target|Requesting [0-9]+ new executor|removed due to idle timeout|Using initial executors"))
        #expect(text.contains("logger.utils.appenderRef.console.level = warn"))
    }
}

/// What `engine compare` adds to a driver: a master over the notebooks' own, and the time scale.
struct SparkDriverSettingsComparisonTests {
    @Test func aForcedMasterAndTheTimeScaleReachTheDriver() {
        var settings = SparkDriverSettings(master: "local[2]", remote: nil, properties: [:],
                                           runDirectory: URL(fileURLWithPath: "/tmp/run-2"))
        settings.forcedMaster = "local-cluster[2,1,1024]"
        settings.timeScale = 0.05
        #expect(settings.submitArguments.hasPrefix("--master 'local-cluster[2,1,1024]' "))
        let installation = SparkInstallation(python: "/venv/bin/python", origin: "test")
        let environment = settings.environment(base: [:], installation: installation)
        #expect(environment["SPARKBOOK_FORCE_MASTER"] == "local-cluster[2,1,1024]")
        #expect(environment["SPARKBOOK_TIME_SCALE"] == "0.05")
        // Python UDFs on executors need a Python with PySpark: the driver's, unless the user chose one.
        #expect(environment["PYSPARK_PYTHON"] == "/venv/bin/python")
        #expect(settings.environment(base: ["PYSPARK_PYTHON": "/usr/bin/python3"], installation: installation)["PYSPARK_PYTHON"]
            == "/usr/bin/python3")
    }

    @Test func withoutThemTheDriverIsAsBefore() {
        let settings = SparkDriverSettings(master: "local[2]", remote: nil, properties: [:],
                                           runDirectory: URL(fileURLWithPath: "/tmp/run-3"))
        let environment = settings.environment(base: [:], installation: SparkInstallation(python: "python3", origin: "test"))
        #expect(environment["SPARKBOOK_FORCE_MASTER"] == nil)
        #expect(environment["SPARKBOOK_TIME_SCALE"] == nil)
        #expect(settings.submitArguments.hasPrefix("--master 'local[2]' "))
    }
}
