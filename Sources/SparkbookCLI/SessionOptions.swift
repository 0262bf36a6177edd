import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookTerminal

/// Options every command that starts a Spark session shares: the configuration layers Spark has
/// (defaults file < `--conf` < the notebook's builder), the master, the event log and the time scale.
struct SessionOptions: ParsableArguments {
    @Option(name: .customLong("conf"), help: ArgumentHelp("A Spark property, KEY=VALUE; repeatable.", valueName: "KEY=VALUE"))
    var conf: [String] = []

    @Option(help: ArgumentHelp("Spark properties file (default: $SPARK_CONF_DIR or ./conf/spark-defaults.conf).", valueName: "FILE"))
    var propertiesFile: String?

    @Option(help: "The Spark master: local[N], local-cluster[W,C,M], yarn, k8s://URL, serverless; default: the embedded cluster.")
    var master: String?

    @Option(help: ArgumentHelp("Write Spark's JSON event log (Spark History Server format) into this folder.", valueName: "DIR"))
    var eventLog: String?

    @Option(help: ArgumentHelp("Multiply every allocation timeout (and time.sleep) by F, e.g. 0.05 to watch a 60s idle timeout in 3s.", valueName: "F"))
    var timeScale: Double?

    func validate() throws {
        if let timeScale, !(timeScale > 0) { throw ValidationError("--time-scale must be greater than 0") }
    }

    /// `--time-scale` when given, else `fallback` (real time, or a walkthrough's classroom scale).
    func effectiveTimeScale(fallback: Double = 1) -> Double {
        timeScale ?? fallback
    }

    /// The properties a session starts from, before the notebook's own `.config()` calls.
    func configuration() throws -> [String: String] {
        var properties: [String: String] = [:]
        if let path = propertiesFile ?? SparkDefaultsFile.defaultLocation() {
            do { properties = try SparkDefaultsFile.load(path: path) } catch let error as ConfigError {
                throw CLIError.message(error.message)
            }
        }
        for entry in conf {
            guard let eq = entry.firstIndex(of: "="), eq != entry.startIndex else {
                throw CLIError.message("--conf expects KEY=VALUE, got '\(entry)'")
            }
            properties[String(entry[..<eq])] = String(entry[entry.index(after: eq)...])
        }
        if let master { properties["spark.master"] = master }
        return properties
    }

    /// Says so when timeouts are scaled: a teaching aid must never change timing silently. A scale the user
    /// did not ask for (a walkthrough's classroom default) also says how to turn it off.
    func announceTimeScale(fallback: Double = 1) {
        let scale = effectiveTimeScale(fallback: fallback)
        guard scale != 1 else { return }
        var note = "note: time scale \(scale): every allocation timeout is multiplied by \(scale) (a teaching aid; real Spark runs at 1)"
        if timeScale == nil {
            note += "\nnote: \(scale) is the walkthrough's classroom time scale, so a 60s idle timeout passes in "
                + WalkTimeText.seconds(TimeScale(factor: scale).scale(.seconds(60))) + "; --time-scale 1 for real time"
        }
        FileHandle.standardError.write(Data((note + "\n").utf8))
    }
}
