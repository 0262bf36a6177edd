import Foundation
import SparkbookCluster
import SparkbookNotebook
import SparkbookTerminal

/// What `run` and `walk` share before the first cell: the notebook read from disk (errors named with their
/// place), and run options built from the session options, with an event recorder for reports and panels.
struct NotebookLaunch {
    let inputURL: URL
    let notebook: Notebook
    var options: RunOptions
    let events = EventRecorder()

    /// `defaultTimeScale`: the time scale when `--time-scale` is not given (a walkthrough's classroom scale).
    init(path: String, cwd: String?, session: SessionOptions, defaultTimeScale: Double = 1) throws {
        inputURL = URL(fileURLWithPath: path).standardizedFileURL
        guard FileManager.default.fileExists(atPath: inputURL.path) else {
            throw CLIError.message("no notebook at \(path) (looked for \(inputURL.path))")
        }
        do {
            notebook = try NotebookFile.read(from: inputURL).notebook
        } catch {
            throw CLIError.message("\(error)")
        }
        options = RunOptions(workingDirectory: cwd.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? inputURL.deletingLastPathComponent())
        let configuration = try session.configuration()
        options.configuration = configuration.properties
        options.configurationOrigins = configuration.origins
        options.scriptArguments = [inputURL.path]
        for note in configuration.notes { StandardStreams.err(note + "\n") }
        options.timeScale = session.effectiveTimeScale(fallback: defaultTimeScale)
        options.eventLogDirectory = session.eventLog
        options.listeners = [events]
        session.announceTimeScale(fallback: defaultTimeScale)
    }
}
