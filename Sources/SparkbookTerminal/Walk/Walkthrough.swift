import Foundation
import SparkbookNotebook

/// `sparkbook walk`: steps through a notebook as a lesson. Each markdown cell is rendered for the terminal, then
/// the next code cell is shown with a `[k/N]` counter and runs when the student says so.
public final class Walkthrough {
    public struct Options {
        public var auto = false
        public var delay: Double = 1.5
        public var width = 80
        /// Terminal rows: explanations longer than a screen are shown a page at a time (nil: no paging).
        public var height: Int?
        public var style: TerminalStyle
        public init(style: TerminalStyle) { self.style = style }
    }

    let runner: NotebookRunner
    var notebook: Notebook
    let path: String
    let options: Options
    let input: WalkInput?
    let out: (String) -> Void
    let err: (String) -> Void
    /// Called before a cell runs, and after it ran to draw "what happened at runtime" from its real events.
    public var beforeCell: ((_ cellIndex: Int) -> Void)?
    public var afterCell: ((_ cellIndex: Int) -> String?)?
    /// Drops into a REPL sharing the session; nil when no REPL is available.
    public var tryIt: (() async -> Void)?
    /// Steps the walkthrough adds after the notebook's cells (asked once they have run, so they can depend on
    /// the session's settings); they run on the same session and are not written into the notebook.
    public var addedSteps: (() -> [AddedWalkStep])?
    /// The closing text (what the run showed), asked after the last step; paged like explanations.
    public var closing: (() -> String?)?

    private var executionCount = 0
    public private(set) var ranCells: [Int] = []
    public private(set) var failedCells: [Int] = []

    /// `input` nil means no one is there to answer: the walkthrough plays through like `--auto` without pauses.
    public init(runner: NotebookRunner, notebook: Notebook, path: String, options: Options, input: WalkInput?,
                out: @escaping (String) -> Void = StandardStreams.out,
                err: @escaping (String) -> Void = StandardStreams.err) {
        self.runner = runner
        self.notebook = notebook
        self.path = path
        self.options = options
        self.input = input
        self.out = out
        self.err = err
    }

    var codeCells: [Int] { notebook.cells.indices.filter { notebook.cells[$0].kind == .code && !notebook.cells[$0].hasTag("skip-execution") } }

    /// Plays the walkthrough; returns the executed notebook.
    public func play() async -> Notebook {
        let steps = codeCells
        let renderer = MarkdownTerminalRenderer(width: options.width, style: options.style)
        var step = 0
        var shownMarkdownUpTo = -1
        while step < steps.count {
            let index = steps[step]
            // The explanation first: every markdown cell before this code cell not shown yet.
            var explanation = ""
            if shownMarkdownUpTo + 1 < index {
                for m in max(0, shownMarkdownUpTo + 1)..<index where notebook.cells[m].kind == .markdown {
                    explanation += "\n" + renderer.render(notebook.cells[m].source)
                }
            }
            shownMarkdownUpTo = max(shownMarkdownUpTo, index)
            show(explanation, then: panel(source: notebook.cells[index].source,
                                          title: "[\(step + 1)/\(steps.count)] cell \(index + 1)"))
            switch await command() {
            case .run:
                await run(index)
                step += 1
            case .skip:
                out(options.style.dim("skipped") + "\n")
                step += 1
            case .back:
                step = max(0, step - 1)
                shownMarkdownUpTo = step == 0 ? -1 : steps[step - 1]
            case .rerun:
                if step > 0 { await run(steps[step - 1]) } else { err("nothing has run yet\n") }
            case .jump(let n):
                guard (1...steps.count).contains(n) else { err("jump to 1...\(steps.count)\n"); continue }
                step = n - 1
                shownMarkdownUpTo = step == 0 ? -1 : steps[step - 1]
            case .edit:
                if let edited = edit(notebook.cells[index].source) {
                    notebook.cells[index].source = edited
                    await run(index)
                    step += 1
                }
            case .tryIt:
                if let tryIt { await tryIt() } else { err("the REPL is not available in this build\n") }
            case .quit:
                out(options.style.dim("walkthrough stopped at step \(step + 1) of \(steps.count)") + "\n")
                return notebook
            case .help:
                err(WalkCommandKey.helpText + "\n")
            case .unknown(let text):
                err("unknown key '\(text)'. " + WalkCommandKey.helpText + "\n")
            }
        }
        var rest = ""
        for m in min(shownMarkdownUpTo + 1, notebook.cells.count)..<notebook.cells.count where notebook.cells[m].kind == .markdown {
            rest += "\n" + renderer.render(notebook.cells[m].source)
        }
        // The notebook's closing explanation is paged together with what follows it, so no two outputs between
        // prompts add up to more than a screen.
        guard await playAddedSteps(after: rest, renderer: renderer) else { return notebook }
        if let closing = closing?() { show(closing, then: "") }
        return notebook
    }

    /// The walkthrough's own steps after the notebook's; false when the student quit.
    private func playAddedSteps(after explanation: String, renderer: MarkdownTerminalRenderer) async -> Bool {
        let added = addedSteps?() ?? []
        if added.isEmpty { show(explanation, then: "") }
        var step = 0, explained = -1
        while step < added.count {
            let title = "[added \(step + 1)/\(added.count)] \(added[step].title) · not in the notebook"
            let text = step == explained ? ""
                : (step == 0 ? explanation : "") + "\n" + renderer.render(added[step].explanation)
            explained = step
            show(text, then: panel(source: added[step].source, title: title))
            switch await command() {
            case .run, .edit:
                var scratch = notebook
                scratch.cells.append(.code(added[step].source))
                await run(scratch.cells.count - 1, of: &scratch)
                step += 1
            case .skip:
                out(options.style.dim("skipped") + "\n")
                step += 1
            case .tryIt:
                if let tryIt { await tryIt() } else { err("the REPL is not available in this build\n") }
            case .quit:
                out(options.style.dim("walkthrough stopped at added step \(step + 1) of \(added.count)") + "\n")
                return false
            case .help, .back, .rerun, .jump, .unknown:
                err("added steps: Enter/n run · s skip · t try it · q quit\n")
            }
        }
        return true
    }

    /// Shows `text` and then `last` (the code panel) a screen at a time when someone is there to page: Enter
    /// shows the next page, `q` jumps to `last` (or, with no `last`, shows the rest at once).
    func show(_ text: String, then last: String) {
        guard let height = options.height, !options.auto, let input else { out(text + last); return }
        let pages = WalkPager(height: height).pages(text + last)
        for (number, page) in pages.enumerated() {
            out(page)
            guard number < pages.count - 1 else { return }
            let skip = last.isEmpty ? "q all the rest" : "q skip to the code"
            let line = input.readCommand(prompt: options.style.dim("[Enter] more (\(number + 1)/\(pages.count)) · \(skip) > "))
            if line == nil || line?.trimmingCharacters(in: .whitespaces).lowercased() == "q" {
                out(last.isEmpty ? pages[(number + 1)...].joined() : last)
                return
            }
        }
    }

    private func command() async -> WalkCommandKey {
        if options.auto || input == nil {
            if options.auto && options.delay > 0 { try? await Task.sleep(for: .seconds(options.delay)) }
            return .run
        }
        guard let line = input?.readCommand(prompt: options.style.dim("[Enter] run · ? keys > ")) else { return .quit }
        return WalkCommandKey(line)
    }

    func panel(source: String, title: String) -> String {
        let highlighter = CodeHighlighter(style: options.style)
        let title = " \(title) "
        let rule = String(repeating: "─", count: max(4, options.width - TerminalWidth.of(title) - 2))
        var text = "\n" + options.style.bold("──" + title) + options.style.dim(rule) + "\n"
        for line in source.components(separatedBy: "\n") {
            text += options.style.dim("│ ") + highlighter.highlight(line) + "\n"
        }
        return text
    }

    private func run(_ index: Int) async {
        await run(index, of: &notebook)
    }

    private func run(_ index: Int, of notebook: inout Notebook) async {
        executionCount += 1
        beforeCell?(index)
        let observer = TerminalRunObserver(errorStyle: options.style, showProgress: false, out: out, err: err)
        let failed = await runner.runCell(at: index, of: &notebook, executionCount: executionCount, path: path,
                                          observer: observer)
        ranCells.append(index)
        if failed { failedCells.append(index) }
        if let panel = afterCell?(index) { out(panel) }
    }

    /// Edits a cell in `$EDITOR` (or `$VISUAL`); nil when no editor is set or nothing changed.
    private func edit(_ source: String) -> String? {
        guard let editor = ProcessInfo.processInfo.environment["VISUAL"] ?? ProcessInfo.processInfo.environment["EDITOR"] else {
            err("set $EDITOR to edit cells\n")
            return nil
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-cell-\(getpid()).py")
        do {
            try source.write(to: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(editor) \"$0\"", file.path]
            try process.run()
            process.waitUntilExit()
            let edited = try String(contentsOf: file, encoding: .utf8)
            try? FileManager.default.removeItem(at: file)
            return edited == source ? nil : edited.trimmingCharacters(in: .newlines)
        } catch {
            err("could not edit the cell: \(error)\n")
            return nil
        }
    }
}
