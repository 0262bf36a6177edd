import Foundation
import Testing

/// `sparkbook run` with spark-submit's habits, as a user types them: flags, sys.argv, bad values, --version.
@Suite(.serialized)
struct SubmitFlagsTests {
    func script(_ text: String) throws -> (folder: URL, path: String) {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("job.py")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.path)
    }

    @Test func argumentsAfterTheScriptReachSysArgv() throws {
        let (folder, path) = try script("""
            import sys
            from sys import argv
            print(sys.argv)
            print(argv[1:] == sys.argv[1:], len(sys.argv))
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["run", "--quiet", path, "in.csv", "--limit", "5", "--", "--quiet"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout == "['\(path)', 'in.csv', '--limit', '5', '--quiet']\nTrue 5\n")
    }

    @Test func flagsSetTheSessionsProperties() throws {
        let (folder, path) = try script("""
            for key in ["spark.executor.instances", "spark.executor.cores", "spark.executor.memory", "spark.app.name"]:
                print(key, spark.conf.get(key))
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["run", "--quiet", "--num-executors", "3", "--executor-cores", "2",
                                             "--executor-memory", "2g", "--name", "nightly", path])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout == """
            spark.executor.instances 3
            spark.executor.cores 2
            spark.executor.memory 2g
            spark.app.name nightly

            """)
    }

    /// A bad value given with --conf is refused with Spark's message and blamed on the flag, not on a cell line.
    @Test func aBadConfValueNamesTheFlag() throws {
        let outcome = try CommandRunner.run(["run", "--quiet", "notebooks/dynamic_allocation.ipynb", "--num-executors", "3",
                                             "--conf", "spark.sql.shuffle.partitions=abc"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("IllegalArgumentException: [INVALID_CONF_VALUE.TYPE_MISMATCH] The value 'abc' in the config \"spark.sql.shuffle.partitions\" is invalid. It should be a/an 'int' value. SQLSTATE: 22022"))
        #expect(outcome.stderr.contains("note: spark.sql.shuffle.partitions=abc was set by `--conf spark.sql.shuffle.partitions=abc` on the command line"))
        #expect(outcome.stderr.contains("note: the session started here (at "))
    }

    @Test func minAboveMaxFromConfNamesTheFlag() throws {
        let (folder, path) = try script("""
            # %%
            print("first")

            # %%
            df = spark.range(3)
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["run", "--quiet", path, "--conf", "spark.dynamicAllocation.enabled=true",
                                             "--conf", "spark.dynamicAllocation.minExecutors=5",
                                             "--conf", "spark.dynamicAllocation.maxExecutors=2"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("""
            \(path):2: error: Py4JJavaError: spark.dynamicAllocation.minExecutors (5) must be less than or equal to spark.dynamicAllocation.maxExecutors (2)!
            note: spark.dynamicAllocation.minExecutors=5 was set by `--conf spark.dynamicAllocation.minExecutors=5` on the command line
            note: spark.dynamicAllocation.maxExecutors=2 was set by `--conf spark.dynamicAllocation.maxExecutors=2` on the command line
            note: the session started here (at 5:6)
            """), "\(outcome.stderr)")
    }

    @Test func minAboveMaxFromTheBuilderPointsAtTheBuilderLine() throws {
        let (folder, path) = try script("""
            from pyspark.sql import SparkSession
            spark = (SparkSession.builder
                .config("spark.dynamicAllocation.enabled", "true")
                .config("spark.dynamicAllocation.minExecutors", "5")
                .getOrCreate())
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["run", "--quiet", path, "--conf", "spark.dynamicAllocation.maxExecutors=2"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("""
            \(path):1:4:6: error: Py4JJavaError: spark.dynamicAllocation.minExecutors (5) must be less than or equal to spark.dynamicAllocation.maxExecutors (2)!
                .config("spark.dynamicAllocation.minExecutors", "5")
                 ^~~~~~
            """), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("note: spark.dynamicAllocation.maxExecutors=2 was set by `--conf spark.dynamicAllocation.maxExecutors=2` on the command line"))
    }

    @Test func versionNamesSparkbookSparkAndSwift() throws {
        for arguments in [["--version"], ["version"]] {
            let outcome = try CommandRunner.run(arguments)
            #expect(outcome.status == 0)
            #expect(outcome.stdout.hasPrefix("Sparkbook "))
            #expect(outcome.stdout.contains(", mirroring Spark 4.3.0, built with Swift 6."))
        }
    }
}
