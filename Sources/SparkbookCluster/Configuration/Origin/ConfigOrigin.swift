/// Where a property's value was set, so an error about the value can point there instead of at the cell that
/// happened to start the session: a properties file, a command-line flag as typed, or a builder call in a cell.
public enum ConfigOrigin: Hashable, Sendable {
    /// A line of `spark-defaults.conf` or `--properties-file`.
    case propertiesFile(path: String, line: Int)
    /// A flag as the user typed it: `--conf spark.dynamicAllocation.minExecutors=5`, `--num-executors 3`.
    case commandLine(String)
    /// A `.config(...)` (or `.appName`, `.master`) call: the cell's file and cell number and the call's byte range.
    case code(path: String, cell: Int?, start: Int, end: Int)

    /// How a note names the place, e.g. "`--conf spark.dynamicAllocation.minExecutors=5` on the command line".
    public var phrase: String {
        switch self {
        case .propertiesFile(let path, let line): "\(path):\(line)"
        case .commandLine(let flag): "`\(flag)` on the command line"
        case .code(let path, let cell, _, _): cell.map { "cell \($0) of \(path)" } ?? path
        }
    }
}
