import Foundation
@testable import SparkbookSparkEngine

/// A stand-in for PySpark and Java so the driver's protocol is tested without a JVM: a `pyspark` package that
/// only has a version, a `java` that is never run. Plain Python cells run for real.
enum FakeSpark {
    /// python3 on PATH, or nil (the tests that need it then say so and pass).
    static var python: String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A folder with `pyspark/__init__.py` and `bin/java`.
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-fake-spark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pyspark"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try "__version__ = '0.0-fake'\n".write(to: root.appendingPathComponent("pyspark/__init__.py"), atomically: true, encoding: .utf8)
        let java = root.appendingPathComponent("bin/java")
        try "#!/bin/sh\nexit 1\n".write(to: java, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: java.path)
        return root
    }

    static func executor(python: String, folder: URL) async throws -> SparkCellExecutor {
        let settings = SparkDriverSettings(master: "local[1]", remote: nil, properties: [:],
                                           runDirectory: folder.appendingPathComponent("run"))
        var environment = ProcessInfo.processInfo.environment
        environment["JAVA_HOME"] = folder.path
        return try await SparkCellExecutor(settings: settings,
                                           installation: SparkInstallation(python: python, pythonPath: [folder.path], origin: "test"),
                                           environment: environment, workingDirectory: folder)
    }
}
