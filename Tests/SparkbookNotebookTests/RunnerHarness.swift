import Foundation
import SparkbookInterpreter
import SparkbookPlugins
@testable import SparkbookNotebook

/// Runs notebooks the way `sparkbook run` does, with the seed's data folder as working directory.
enum RunnerHarness {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var notebooksFolder: URL { packageRoot.appendingPathComponent("notebooks") }
    static var seedNotebook: URL { notebooksFolder.appendingPathComponent("dynamic_allocation.ipynb") }

    static func options(_ configure: (inout RunOptions) -> Void = { _ in }) -> RunOptions {
        var options = RunOptions(workingDirectory: notebooksFolder)
        configure(&options)
        return options
    }

    static func run(_ notebook: Notebook, path: String = "test.ipynb", inputURL: URL? = nil,
                    options: RunOptions = options(), registry: PluginRegistry = .standard(),
                    observer: RunObserver? = nil) async throws -> NotebookRunner.Result {
        try await NotebookRunner(registry: registry, options: options)
            .run(notebook, path: path, inputURL: inputURL, observer: observer)
    }

    /// The outputs of every code cell, in order.
    static func codeOutputs(_ notebook: Notebook) -> [[CellOutput]] {
        notebook.cells.filter { $0.kind == .code }.map(\.outputs)
    }

    static func notebook(_ sources: [String]) -> Notebook {
        Notebook(cells: sources.map { Cell.code($0) }, metadata: Notebook.python3Metadata)
    }
}

/// Records what a run reports as it happens.
final class RecordingObserver: RunObserver {
    var events: [String] = []
    var outputs: [LiveOutput] = []
    var onCellStarted: ((CellPosition) -> Void)?

    func runStarted(codeCells: Int) { events.append("run \(codeCells)") }
    func cellStarted(_ position: CellPosition, source: String) {
        events.append("start \(position.cellNumber) \(position.step)/\(position.steps)")
        onCellStarted?(position)
    }
    func cellOutput(_ output: LiveOutput, from position: CellPosition) { outputs.append(output) }
    func cellFinished(_ position: CellPosition, seconds: Double, failed: Bool) {
        events.append("finish \(position.cellNumber)\(failed ? " failed" : "")")
    }
    func notice(_ text: String) { events.append("notice \(text)") }
}
