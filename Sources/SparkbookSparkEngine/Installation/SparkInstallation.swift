import Foundation

/// Where the spark engine's Python finds PySpark, in the order Sparkbook looks:
/// `SPARKBOOK_SPARK_PYTHON` (a Python that already imports pyspark, e.g. a project's venv), `SPARK_HOME` (a Spark
/// distribution: its `python/` and py4j zip on `PYTHONPATH`, `PYSPARK_PYTHON` or `python3` to run them), a
/// `.venv-spark` in the working folder, then the venv `sparkbook engine install-spark` makes.
public struct SparkInstallation: Sendable, Equatable {
    /// The Python interpreter the driver runs on.
    public var python: String
    /// Folders and zips put in front of `PYTHONPATH` (a distribution's PySpark and py4j).
    public var pythonPath: [String]
    /// `SPARK_HOME` when the installation is a distribution; pip's pyspark finds its own.
    public var sparkHome: String?
    /// Where it was found, for messages (`SPARK_HOME=/opt/spark`).
    public var origin: String

    public init(python: String, pythonPath: [String] = [], sparkHome: String? = nil, origin: String) {
        self.python = python
        self.pythonPath = pythonPath
        self.sparkHome = sparkHome
        self.origin = origin
    }

    /// The venv `sparkbook engine install-spark` creates: `$XDG_DATA_HOME/sparkbook/venv-spark`, else
    /// `~/.local/share/sparkbook/venv-spark`.
    public static func defaultVenv(environment: [String: String]) -> String {
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return data + "/sparkbook/venv-spark"
    }

    /// Finds PySpark; the error says how to get one.
    public static func locate(environment: [String: String], workingDirectory: String,
                              isExecutable: (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) },
                              listDirectory: (String) -> [String] = { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] })
        throws(SparkEngineError) -> SparkInstallation {
        // A relative path names a file from here, but executors start their Python workers in their own
        // directories: Spark gets the absolute path (a symlink is kept, so a venv's python stays the venv's).
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") || !path.contains("/") ? path : workingDirectory + "/" + path
        }
        if let given = environment["SPARKBOOK_SPARK_PYTHON"], !given.isEmpty {
            let python = absolute(given)
            guard isExecutable(python) else {
                throw .noSpark("SPARKBOOK_SPARK_PYTHON=\(python) is not an executable Python")
            }
            return SparkInstallation(python: python, origin: "SPARKBOOK_SPARK_PYTHON=\(python)")
        }
        if let home = environment["SPARK_HOME"], !home.isEmpty {
            let lib = home + "/python/lib"
            let py4j = listDirectory(lib).filter { $0.hasPrefix("py4j-") && $0.hasSuffix(".zip") }.sorted()
            guard let zip = py4j.last else {
                throw .noSpark("SPARK_HOME=\(home) has no python/lib/py4j-*.zip; is it a Spark distribution?")
            }
            let python = environment["PYSPARK_PYTHON"].flatMap { $0.isEmpty ? nil : absolute($0) } ?? "python3"
            return SparkInstallation(python: python, pythonPath: [home + "/python", lib + "/" + zip], sparkHome: home,
                                     origin: "SPARK_HOME=\(home)")
        }
        let venvs = [workingDirectory + "/.venv-spark", defaultVenv(environment: environment)]
        for venv in venvs where isExecutable(venv + "/bin/python") {
            return SparkInstallation(python: venv + "/bin/python", origin: venv)
        }
        throw .noSpark("no Spark found: set SPARK_HOME to a Spark 4 distribution, or run `sparkbook engine install-spark` "
            + "(pip's pyspark 4.x into \(defaultVenv(environment: environment)))")
    }
}
