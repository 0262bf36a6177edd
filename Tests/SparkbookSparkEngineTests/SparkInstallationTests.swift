import Testing
@testable import SparkbookSparkEngine

/// Where PySpark is looked for, in order, and what is said when there is none.
struct SparkInstallationTests {
    @Test func anExplicitPythonComesFirst() throws {
        let found = try SparkInstallation.locate(environment: ["SPARKBOOK_SPARK_PYTHON": "/v/bin/python", "SPARK_HOME": "/spark"],
                                                 workingDirectory: "/w", isExecutable: { _ in true }, listDirectory: { _ in [] })
        #expect(found.python == "/v/bin/python")
        #expect(found.pythonPath.isEmpty)
    }

    /// Executors start their Python workers in their own directories, where `.venv-pyspark/bin/python` names nothing.
    @Test func aRelativePythonIsMadeAbsolute() throws {
        var checked: [String] = []
        let found = try SparkInstallation.locate(environment: ["SPARKBOOK_SPARK_PYTHON": ".venv-pyspark/bin/python"],
                                                 workingDirectory: "/w",
                                                 isExecutable: { checked.append($0); return true }, listDirectory: { _ in [] })
        #expect(found.python == "/w/.venv-pyspark/bin/python")
        #expect(checked == ["/w/.venv-pyspark/bin/python"])
        let onPath = try SparkInstallation.locate(environment: ["SPARKBOOK_SPARK_PYTHON": "python3"], workingDirectory: "/w",
                                                  isExecutable: { _ in true }, listDirectory: { _ in [] })
        #expect(onPath.python == "python3")
    }

    @Test func sparkHomePutsItsPythonAndPy4jOnThePath() throws {
        let found = try SparkInstallation.locate(environment: ["SPARK_HOME": "/spark"], workingDirectory: "/w",
                                                 isExecutable: { _ in false },
                                                 listDirectory: { _ in ["py4j-0.10.9.9-src.zip", "pyspark.zip", "PY4J_LICENSE.txt"] })
        #expect(found.python == "python3")
        #expect(found.pythonPath == ["/spark/python", "/spark/python/lib/py4j-0.10.9.9-src.zip"])
        #expect(found.sparkHome == "/spark")
    }

    @Test func aSparkHomeWithoutPy4jIsSaidToBeWrong() {
        #expect(throws: SparkEngineError.self) {
            try SparkInstallation.locate(environment: ["SPARK_HOME": "/nothing"], workingDirectory: "/w",
                                         isExecutable: { _ in false }, listDirectory: { _ in [] })
        }
    }

    @Test func thenTheWorkingFoldersVenvThenSparkbooksOwn() throws {
        let env = ["HOME": "/home/u"]
        let local = try SparkInstallation.locate(environment: env, workingDirectory: "/w", isExecutable: { _ in true })
        #expect(local.python == "/w/.venv-spark/bin/python")
        let own = try SparkInstallation.locate(environment: env, workingDirectory: "/w",
                                               isExecutable: { $0.hasPrefix("/home/u/") })
        #expect(own.python == "/home/u/.local/share/sparkbook/venv-spark/bin/python")
    }

    @Test func nothingFoundNamesTheInstallCommand() {
        do {
            _ = try SparkInstallation.locate(environment: ["HOME": "/home/u"], workingDirectory: "/w", isExecutable: { _ in false })
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("sparkbook engine install-spark"))
            #expect(error.description.contains("SPARK_HOME"))
        }
    }
}
