import Foundation
import SparkbookNotebook
import SparkbookPlugins

extension ReplSession {
    /// Runs a `:command`; returns false when it failed (a script stops there).
    func runMeta(_ command: MetaCommand) async -> Bool {
        switch command.name {
        case "help": output.out(Self.helpText)
        case "quit", "exit", "q", "continue": wantsQuit = true
        case "timer": return setTimer(command.argument)
        case "conf": showConfiguration(command.argument)
        case "executors": return showRuntime(hooks?.executorTable(), what: "executor table")
        case "timeline": return showRuntime(hooks?.timeline(), what: "timeline")
        case "explain": return explain(command.argument)
        case "load": return await load(command.argument)
        case "save": return save(command.argument)
        case "reset": reset()
        default:
            let hint = command.suggestion.map { "; did you mean :\($0)?" } ?? "; :help lists the commands"
            return fail("unknown command :\(command.name)\(hint)")
        }
        return true
    }

    static var helpText: String {
        let width = MetaCommand.all.map(\.usage.count).max() ?? 0
        let lines = MetaCommand.all.map { "  " + $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.help }
        return (["Python (PySpark) entries run as notebook cells; these commands control the REPL:"] + lines
            + ["Tab completes names, DataFrame methods, columns and config keys; Ctrl-R searches history;",
               "Ctrl-C clears the line (or cancels a running job); Ctrl-D leaves."]).joined(separator: "\n") + "\n"
    }

    private func setTimer(_ argument: String) -> Bool {
        switch argument.lowercased() {
        case "on": timerEnabled = true
        case "off": timerEnabled = false
        case "": timerEnabled.toggle()
        default: return fail(":timer takes on or off, not '\(argument)'")
        }
        output.out("Timer is \(timerEnabled ? "on" : "off").\n")
        return true
    }

    /// The session's settings (or the launch settings before a session exists), or one key's value.
    private func showConfiguration(_ key: String) {
        let session = context.active
        if !key.isEmpty {
            let value = session?.conf.get(key) ?? context.baseConfiguration[key]
            output.out("\(key) = \(value ?? "(not set)")\n")
            return
        }
        var entries = context.baseConfiguration
        for (k, v) in session?.conf.all ?? [] { entries[k] = v }
        if entries.isEmpty {
            output.out(session == nil ? "No SparkSession yet and no --conf given.\n" : "Nothing set; Spark's defaults apply.\n")
            return
        }
        for (k, v) in entries.sorted(by: { $0.key < $1.key }) { output.out("\(k) = \(v)\n") }
    }

    private func showRuntime(_ text: String?, what: String) -> Bool {
        guard hooks != nil else { return fail("no cluster runtime is attached to this REPL, so there is no \(what)") }
        output.out((text ?? "No executors have started yet: run a job first.") + "\n")
        return true
    }

    /// Runs a notebook's code cells here, in order, as numbered entries; stops at the first error.
    private func load(_ path: String) async -> Bool {
        guard !path.isEmpty else { return fail(":load needs a notebook path") }
        let url = context.resolve(path: path)
        let notebook: Notebook
        do {
            notebook = try NotebookFile.read(from: url).notebook
        } catch {
            return fail("\(error)")
        }
        for (index, cell) in notebook.codeCells where !cell.hasTag("skip-execution") {
            if options.interactive { output.out(style.dim("[\(path) cell \(index + 1)]") + "\n") }
            let source = CellSource(text: cell.executableSource, path: path, cellNumber: index + 1,
                                    firstLine: cell.sourceLine.map { $0 + (cell.magic == nil ? 0 : 1) } ?? 1)
            guard await run(source, language: cell.language) else { return false }
        }
        return true
    }

    /// Writes every entry run so far, with its outputs, as a Jupyter notebook.
    private func save(_ path: String) -> Bool {
        guard !path.isEmpty else { return fail(":save needs a file name ending in .ipynb") }
        guard path.hasSuffix(".ipynb") else { return fail(":save writes Jupyter notebooks: use a name ending in .ipynb") }
        var notebook = Notebook(cells: cells, metadata: Notebook.python3Metadata)
        notebook.ensureCellIDs()
        do {
            try NotebookFile.write(notebook, to: context.resolve(path: path), format: .ipynb)
        } catch {
            return fail("cannot save \(path): \(error)")
        }
        output.out("Saved \(cells.count) cell\(cells.count == 1 ? "" : "s") to \(path)\n")
        return true
    }

    /// Forgets every name, the recorded cells and the session; counting starts again at 1.
    func reset() {
        context.active?.stop()
        interpreter.reset()
        cells = []
        executionCount = 1
        accumulator.clear()
        output.out("Session reset: all names forgotten.\n")
    }

    func fail(_ message: String) -> Bool {
        output.err(style.red("error: ") + message + "\n")
        return false
    }

    /// `:explain df`: the plan `df.explain()` would print.
    func explain(_ name: String) -> Bool {
        let variable = name.trimmingCharacters(in: .whitespaces)
        guard !variable.isEmpty else {
            output.err("usage: :explain NAME (a DataFrame variable)\n")
            return false
        }
        guard case .dataFrame(let df)? = interpreter.globals[variable] else {
            output.err("\(variable) is not a DataFrame variable\n")
            return false
        }
        do {
            output.out(try df.explainString() + "\n")
            return true
        } catch {
            output.err("\(error)\n")
            return false
        }
    }
}
