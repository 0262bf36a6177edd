import Foundation

/// Spark runs on a JVM: `JAVA_HOME/bin/java`, else `java` on `PATH`. Checked before the driver starts, so a
/// machine without Java gets one clear sentence instead of PySpark's JAVA_GATEWAY_EXITED.
public enum JavaRuntime {
    public static func locate(environment: [String: String],
                              isExecutable: (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) })
        throws(SparkEngineError) -> String {
        if let home = environment["JAVA_HOME"], !home.isEmpty {
            guard isExecutable(home + "/bin/java") else {
                throw .noJava("JAVA_HOME=\(home) has no bin/java; " + advice)
            }
            return home + "/bin/java"
        }
        for folder in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/java"
            if isExecutable(candidate) { return candidate }
        }
        throw .noJava("Java was not found (no JAVA_HOME, no java on PATH); " + advice)
    }

    static let advice = "--engine spark needs Java 17 or 21 for Spark 4: install a JDK (e.g. `apt-get install "
        + "openjdk-17-jre-headless`, `brew install openjdk@17`) and set JAVA_HOME, or run without --engine spark"
}
