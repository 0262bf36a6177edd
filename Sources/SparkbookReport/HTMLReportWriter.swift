import Foundation
import Ink
import SparkbookNotebook

/// One self-contained HTML file (inline CSS and SVG, no scripts, nothing fetched) for sharing a run.
public enum HTMLReportWriter {
    public static func render(_ report: RunReport) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(report.title))</title>
        <style>\(style)</style></head><body><main>
        <h1 class="title">\(HTMLEscaping.escape(report.title))</h1>
        """
        html += "<section><h2>Executors over time</h2>"
        html += TimelineChart(changes: report.timeline, durationMillis: report.durationMillis).svg()
        if !report.timeline.isEmpty {
            html += "<ol class=\"changes\">" + report.timeline.map { change in
                "<li><span class=\"t\">\(String(format: "%.1f", Double(change.atMillis) / 1000))s</span> "
                    + "<code>\(HTMLEscaping.escape(change.cause))</code> → \(change.executors) executors</li>"
            }.joined() + "</ol>"
        }
        html += "</section>"
        if !report.stages.isEmpty { html += stagesSection(report.stages) }
        html += "<section><h2>Notebook</h2>" + cellsHTML(report.notebook) + "</section>"
        if !report.configuration.isEmpty {
            html += "<section><h2>Configuration in effect</h2><table class=\"conf\"><tbody>"
            html += report.configuration.map {
                "<tr><td><code>\(HTMLEscaping.escape($0.key))</code></td><td>\(HTMLEscaping.escape($0.value))</td></tr>"
            }.joined()
            html += "</tbody></table></section>"
        }
        return html + "</main></body></html>\n"
    }

    private static func stagesSection(_ stages: [StageSummary]) -> String {
        let maxTasks = max(1, stages.flatMap { $0.tasksByExecutor.map(\.tasks) }.max() ?? 1)
        var html = "<section><h2>Stages and tasks per executor</h2><table class=\"stages\"><thead><tr>"
            + "<th>stage</th><th>name</th><th>tasks</th><th>time</th><th>input</th><th>shuffle write</th><th>shuffle read</th>"
            + "<th>tasks per executor</th></tr></thead><tbody>"
        for stage in stages {
            let bars = stage.tasksByExecutor.map { entry in
                let w = max(2, Int(120.0 * Double(entry.tasks) / Double(maxTasks)))
                return "<div class=\"bar\"><span class=\"ex\">exec \(HTMLEscaping.escape(entry.executor))</span>"
                    + "<span class=\"fill\" style=\"width:\(w)px\"></span><span>\(entry.tasks)</span></div>"
            }.joined()
            html += "<tr><td>\(stage.stageId)</td><td>\(HTMLEscaping.escape(stage.name))</td><td>\(stage.taskCount)</td>"
                + "<td>\(stage.durationMillis) ms</td><td>\(HTMLEscaping.escape(stage.input ?? "–"))</td>"
                + "<td>\(HTMLEscaping.escape(stage.shuffleWrite ?? "–"))</td>"
                + "<td>\(HTMLEscaping.escape(stage.shuffleRead ?? "–"))</td><td>\(bars)</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    private static func cellsHTML(_ notebook: Notebook) -> String {
        let markdown = Ink.MarkdownParser()
        return notebook.cells.map { cell -> String in
            switch cell.kind {
            case .markdown:
                return "<div class=\"md\">" + markdown.html(from: cell.source) + "</div>"
            case .raw:
                return "<pre class=\"raw\">\(HTMLEscaping.escape(cell.source))</pre>"
            case .code:
                let prompt = cell.executionCount.map { "In [\($0)]:" } ?? "In [ ]:"
                var html = "<div class=\"cell\"><div class=\"prompt\">\(prompt)</div><pre class=\"code\">"
                    + HTMLEscaping.escape(cell.source) + "</pre>"
                for output in cell.outputs { html += outputHTML(output) }
                return html + "</div>"
            }
        }.joined()
    }

    private static func outputHTML(_ output: CellOutput) -> String {
        switch output {
        case .stream(let name, let text):
            return "<pre class=\"out \(name)\">\(HTMLEscaping.escape(text))</pre>"
        case .executeResult(_, let data, _), .displayData(let data, _):
            // Our own HTML tables are trusted; anything else is shown as text.
            if let html = data.text("text/html") { return "<div class=\"out rich\">\(html)</div>" }
            return "<pre class=\"out\">\(HTMLEscaping.escape(data.text("text/plain") ?? ""))</pre>"
        case .error(let ename, let evalue, let traceback):
            let text = traceback.isEmpty ? "\(ename): \(evalue)" : traceback.joined(separator: "\n")
            return "<pre class=\"out error\">\(HTMLEscaping.escape(text))</pre>"
        }
    }

    static let style = """
    body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2430;background:#f6f7f9;margin:0}
    main{max-width:960px;margin:0 auto;padding:24px}
    h1.title{font-size:26px;margin:0 0 16px}
    section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:16px 20px;margin:16px 0}
    h2{font-size:18px;margin:0 0 12px}
    .chart{width:100%;height:auto}
    .chart .grid{stroke:#e8ebef}.chart .axis{font-size:11px;fill:#6b7480}
    .chart .line{fill:none;stroke:#2f6fdf;stroke-width:2.5}
    .chart .add{fill:#1f9d55}.chart .remove{fill:#d64545}
    .changes{margin:8px 0 0;padding-left:20px;color:#38414d}.changes .t{color:#6b7480;font-variant-numeric:tabular-nums}
    table{border-collapse:collapse}td,th{border-bottom:1px solid #eceff2;padding:4px 10px;text-align:left;vertical-align:top}
    .bar{display:flex;align-items:center;gap:6px;font-size:12px}.bar .ex{width:64px;color:#6b7480}
    .bar .fill{display:inline-block;height:10px;background:#2f6fdf;border-radius:2px}
    .cell{margin:12px 0}.prompt{color:#6b7480;font:12px monospace}
    pre{background:#f3f5f8;padding:8px 10px;border-radius:6px;overflow-x:auto;font:13px/1.4 ui-monospace,Menlo,monospace}
    pre.code{background:#eef3fb}pre.out{background:#fff;border:1px solid #eceff2}pre.error{color:#a61b1b;background:#fff5f5}
    .md table td,.md table th{border:1px solid #dde1e6}.muted{color:#6b7480}
    """
}
