import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import SparkbookNotebook
import SparkbookPlugins

/// `--engine spark`: each cell runs in a real PySpark driver, one per notebook run. What the cell prints comes
/// back as it happens; `display()` tables are drawn by Sparkbook's own `DisplayTableFormatter`, so the saved
/// text/plain and text/html are what the embedded engine records; errors are Python's, as Jupyter records them.
public final class SparkCellExecutor: CellExecutor, @unchecked Sendable {
    public let settings: SparkDriverSettings
    public let installation: SparkInstallation
    public let driver: SparkDriverProcess
    /// The driver's PySpark version, from its first message.
    public private(set) var pysparkVersion = "?"
    private var notices: [String] = []
    private var stopped = false
    /// Per cell number, whether Spark defines the order of each table the cell printed, in print order; filled
    /// only after `reset(noteOrder: true)` (the comparison of engines reads it).
    public private(set) var tableOrders: [Int: [Bool]] = [:]

    /// Checks Java, prepares the run directory and starts the driver; returns once it is ready for cells.
    public init(settings: SparkDriverSettings, installation: SparkInstallation, environment: [String: String],
                workingDirectory: URL, logLine: (@Sendable (String) -> Void)? = nil) async throws {
        if settings.remote == nil { _ = try JavaRuntime.locate(environment: environment) }
        self.settings = settings
        self.installation = installation
        do {
            try settings.prepare()
        } catch {
            throw SparkEngineError.cannotStart("cannot prepare the run directory \(settings.runDirectory.path): \(error)")
        }
        driver = try SparkDriverProcess(python: installation.python, driverScript: SparkDriverProgram.source,
                                        environment: settings.environment(base: environment, installation: installation),
                                        directory: workingDirectory, driverLog: settings.driverLog, logLine: logLine)
        switch await driver.nextMessage().map(DriverMessage.parse) {
        case .ready(let pyspark, _)?:
            pysparkVersion = pyspark
        case let other:
            let status = driver.waitForExit(seconds: 2)
            driver.terminate(grace: 0)
            throw SparkEngineError.cannotStart("the Spark driver did not start (\(installation.origin), "
                + (status.map { "exit status \($0)" } ?? "no answer") + (other.map { ", said \($0)" } ?? "") + "):\n"
                + driver.logTail.suffix(15).joined(separator: "\n"))
        }
    }

    public func execute(_ source: CellSource, language: String?, sink: any OutputSink) async -> CellExecution {
        let command: DriverCommand
        switch language ?? "python" {
        case "python":
            command = .runPython(code: source.text, filename: Self.filename(source))
        case "sql":
            command = .runSQL(statements: SQLScript.statements(source.text).map(\.text))
        case let other:
            return .failed(CellFailure(ename: "NotImplementedError", evalue: "`%\(other)` cells are not supported by --engine spark",
                                       traceback: ["NotImplementedError: `%\(other)` cells are not supported by --engine spark "
                                                   + "(it runs Python and %sql cells)"]))
        }
        guard driver.send(command.line) else { return driverGone() }
        var value: RichOutput?
        while let line = await driver.nextMessage() {
            switch DriverMessage.parse(line) {
            case .order(let ordered):
                tableOrders[source.cellNumber ?? 0, default: []].append(ordered)
            case .stream(let name, let text):
                sink.write(text, to: name == "stderr" ? .stderr : .stdout)
            case .displayTable(let table):
                sink.display(Self.render(table))
            case .displayText(let text):
                sink.display(RichOutput(plain: text))
            case .result(let text):
                value = RichOutput(plain: text)
            case .done:
                return .completed(value)
            case .error(let ename, let evalue, let traceback):
                return .failed(CellFailure(ename: ename, evalue: evalue, traceback: traceback))
            case .ready, .completions, .scope, .stopped, .reset, .unknown:
                continue
            }
        }
        return driverGone()
    }

    /// `path:cell N` in tracebacks, as Sparkbook names cells in its own errors.
    static func filename(_ source: CellSource) -> String {
        source.cellNumber.map { "\(source.path):cell \($0)" } ?? source.path
    }

    /// A display() table as the embedded engine draws it: numbers right-aligned when the column holds any.
    public static func render(_ table: DriverTable) -> RichOutput {
        let aligned = table.columns.indices.map { column in
            column < table.numeric.count && table.numeric[column]
                && table.rows.contains { column < $0.count && $0[column] != nil }
        }
        let content = DisplayTableContent(columnNames: table.columns, rows: table.rows, rightAligned: aligned,
                                          totalRowCount: table.total)
        let formatter = DisplayTableFormatter()
        return RichOutput(plain: formatter.text(content), html: formatter.html(content))
    }

    private func driverGone() -> CellExecution {
        let status = driver.waitForExit(seconds: 2)
        let tail = driver.logTail.suffix(15)
        let evalue = "the Spark driver exited" + (status.map { " (status \($0))" } ?? "")
            + "; its log is \(settings.driverLog.path)"
        return .failed(CellFailure(ename: "SparkDriverError", evalue: evalue, traceback: ["SparkDriverError: " + evalue] + tail))
    }

    /// Cancels every running Spark job; the session and the namespace stay (the REPL's Ctrl-C).
    public func cancelRunningJobs() {
        driver.send(DriverCommand.cancel.line)
    }

    /// Names for tab completion after `expression.`, asked of the driver; empty when it does not answer.
    public func completions(of expression: String) async -> [String] {
        guard driver.send(DriverCommand.complete(expression: expression).line) else { return [] }
        while let line = await driver.nextMessage() {
            if case .completions(let names) = DriverMessage.parse(line) { return names }
        }
        return []
    }

    /// The driver's variables for Tab, asked between entries (the line editor is synchronous); empty when the
    /// driver does not answer within a second.
    public func variables() -> [String: DriverVariable] {
        guard driver.send(DriverCommand.scope.line) else { return [:] }
        let deadline = Date().addingTimeInterval(1)
        while let line = driver.nextMessage(until: deadline) {
            if case .scope(let variables) = DriverMessage.parse(line) { return variables }
        }
        return [:]
    }

    /// Readies a running driver for another notebook: a fresh namespace, and on its first `getOrCreate` a fresh
    /// session on the running context (or a new context when the builder's settings need one, or `newContext`).
    /// False when the driver is gone.
    public func reset(noteOrder: Bool, newContext: Bool = false) async -> Bool {
        tableOrders = [:]
        guard driver.send(DriverCommand.reset(noteOrder: noteOrder, newContext: newContext).line) else { return false }
        while let line = await driver.nextMessage() {
            if case .reset = DriverMessage.parse(line) { return true }
        }
        return false
    }

    public func drainNotices() -> [String] {
        defer { notices = [] }
        return notices
    }

    /// Stops the session (`spark.stop()`, so the event log is complete) and the driver's process group.
    public func shutdown() async {
        guard !stopped else { return }
        stopped = true
        if driver.send(DriverCommand.stop.line) {
            while let line = await driver.nextMessage() {
                if case .stopped = DriverMessage.parse(line) { break }
            }
        }
        driver.terminate(grace: 10)
    }
}
