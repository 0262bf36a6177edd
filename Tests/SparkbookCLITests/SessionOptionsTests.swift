import Foundation
import SparkbookCluster
import Testing
@testable import SparkbookCLI

/// spark-submit's flags on `run`, `walk` and `repl`: their properties, precedence, checks and refusals.
struct SessionOptionsTests {
    func configuration(_ arguments: [String]) throws -> LaunchConfiguration {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-empty-\(UUID()).conf")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: empty) }
        return try SessionOptions.parse(arguments + ["--properties-file", empty.path]).configuration()
    }

    @Test func flagsSetTheirPropertiesAndWinOverConf() throws {
        let result = try configuration([
            "--conf", "spark.executor.instances=5", "--num-executors", "3", "--executor-cores", "2",
            "--executor-memory", "2g", "--driver-memory", "1g", "--name", "flagname", "--conf", "spark.app.name=confname",
        ])
        #expect(result.properties["spark.executor.instances"] == "3")
        #expect(result.properties["spark.executor.cores"] == "2")
        #expect(result.properties["spark.executor.memory"] == "2g")
        #expect(result.properties["spark.driver.memory"] == "1g")
        #expect(result.properties["spark.app.name"] == "flagname")
        #expect(result.origins["spark.executor.instances"] == .commandLine("--num-executors 3"))
    }

    @Test func confAndPropertiesFileNameWhereEachValueCameFrom() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-props-\(UUID()).conf")
        try "# defaults\nspark.foo fromfile\nspark.bar fromfile\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SessionOptions.parse(["--properties-file", file.path, "--conf", "spark.foo=conf"]).configuration()
        #expect(result.properties["spark.foo"] == "conf")
        #expect(result.origins["spark.foo"] == .commandLine("--conf spark.foo=conf"))
        #expect(result.origins["spark.bar"] == .propertiesFile(path: file.path, line: 3))
    }

    /// spark-submit applies the executor flags only on a cluster manager; with local[N] they have no effect.
    @Test func executorFlagsHaveNoEffectWithALocalMaster() throws {
        let result = try configuration(["--master", "local[2]", "--num-executors", "3", "--driver-memory", "1g"])
        #expect(result.properties["spark.executor.instances"] == nil)
        #expect(result.properties["spark.driver.memory"] == "1g")
        #expect(result.notes == ["note: --num-executors has no effect with master local[2] (spark-submit applies it only on a cluster manager)"])
    }

    @Test func badValuesGetSparkSubmitsMessages() {
        func refusal(_ arguments: [String]) -> String? {
            do { _ = try SessionOptions.parse(arguments); return nil } catch { return SessionOptions.message(for: error) }
        }
        #expect(refusal(["--num-executors", "abc"]) == "Number of executors must be a positive number")
        #expect(refusal(["--num-executors", "0"]) == "Number of executors must be a positive number")
        #expect(refusal(["--executor-cores", "abc"]) == "Executor cores must be a positive number")
        #expect(refusal(["--executor-memory", "1.5g"]) == "Executor memory must be a positive number")
        #expect(refusal(["--driver-memory", "abc"]) == "Driver memory must be a positive number")
        #expect(refusal(["--deploy-mode", "foo"]) == "--deploy-mode must be either \"client\" or \"cluster\"")
        #expect(refusal(["--deploy-mode", "cluster"])?.hasPrefix("--deploy-mode cluster is not supported: Sparkbook runs the notebook's driver in this process") == true)
        #expect(refusal(["--py-files", "deps.zip"])?.hasPrefix("--py-files is not supported") == true)
        #expect(refusal(["--jars", "a.jar"])?.hasPrefix("--jars is not supported: Sparkbook has no JVM") == true)
        #expect(refusal(["--packages", "org.x:y:1"])?.hasPrefix("--packages is not supported") == true)
        #expect(refusal(["--deploy-mode", "client", "--num-executors", "2"]) == nil)
    }

    @Test func argumentsAfterTheScriptAreTheScriptsOwn() throws {
        let run = try RunCommand.parse(["job.py", "--conf", "spark.a=1", "in.csv", "--limit", "5", "--", "--quiet"])
        #expect(run.notebook == "job.py")
        #expect(run.session.conf == ["spark.a=1"])
        #expect(RunCommand.droppingSeparator(run.scriptArguments) == ["in.csv", "--limit", "5", "--quiet"])
        #expect(run.quiet == false)
    }
}
