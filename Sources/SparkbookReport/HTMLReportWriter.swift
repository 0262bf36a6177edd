import Foundation
import SparkbookCluster
import SparkbookNotebook

/// One self-contained HTML file (inline CSS and SVG, no scripts) for sharing a run. Nothing is fetched except
/// images a markdown cell links to, which Jupyter shows too. Times read one way throughout (`ReportTime`).
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
        if report.timeScale != .realTime { html += timeScaleNote(report.timeScale) }
        html += "<section><h2>Executors over time</h2>"
        html += TimelineChart(entries: report.timeline, durationMillis: report.durationMillis).html()
        if !report.timeline.isEmpty {
            html += "<ol class=\"changes\">" + report.timeline.map { entry in
                let kind = entry.isRequest ? "request" : "change"
                return "<li><span class=\"t\">\(ReportTime.text(entry.time.milliseconds))</span> "
                    + "<span class=\"kind \(kind)\">\(kind)</span> \(HTMLEscaping.escape(entry.summary))</li>"
            }.joined() + "</ol>"
        }
        html += "</section>"
        if let fairness = report.fairness, fairness.isShared { html += SharedClusterSection.html(fairness) }
        if !report.jobs.isEmpty { html += jobsSection(report.jobs) }
        if !report.stages.isEmpty { html += stagesSection(report.stages) }
        if !report.executors.isEmpty { html += executorsSection(report.executors) }
        if !report.notebook.cells.isEmpty {
            html += "<section><h2>Notebook</h2>" + cellsHTML(report.notebook) + "</section>"
        }
        if !report.configuration.isEmpty {
            html += "<section><h2>Configuration in effect</h2><table class=\"conf\"><tbody>"
            html += report.configuration.map {
                "<tr><td><code>\(HTMLEscaping.escape($0.key))</code></td>"
                    + "<td>\(HTMLEscaping.escape(configuredValue($0.key, $0.value, scale: report.timeScale)))</td></tr>"
            }.joined()
            html += "</tbody></table></section>"
        }
        return html + "</main></body></html>\n"
    }

    /// Says that timeouts ran scaled, so that `idle 1.2s` is not read against a configured `60s`.
    private static func timeScaleNote(_ scale: TimeScale) -> String {
        "<p class=\"note\"><strong>Time scale \(scale.factorText)</strong>: this run multiplied every dynamic allocation "
            + "timeout by \(scale.factorText) (<code>--time-scale</code>, a teaching aid; Spark itself runs at 1). "
            + "Times on the chart and in the lists are as the run went; each timeout is shown as configured, then as it "
            + "ran, e.g. \(HTMLEscaping.escape(scale.describe(scale.scale(.seconds(60))))).</p>"
    }

    /// A configuration value; a timeout the time scale changed also reads as it ran: `60s (1.2s at time scale 0.02)`.
    static func configuredValue(_ key: String, _ value: String, scale: TimeScale) -> String {
        guard scale != .realTime, let unit = DynamicAllocationKeys.scaledTimeouts[key],
              let configured = try? SparkDuration.duration(value, key: key, unit: unit), !configured.isInfinite
        else { return value }
        return "\(value) (\(scale.scale(configured)) at time scale \(scale.factorText))"
    }

    private static func jobsSection(_ jobs: [JobSummary]) -> String {
        var html = "<section><h2>Jobs</h2><table class=\"stages\"><thead><tr><th>job</th><th>description</th>"
            + "<th>stages</th><th>time</th><th>result</th></tr></thead><tbody>"
        for job in jobs {
            let result = job.durationMillis == nil ? "running" : job.failure.map { "failed: " + $0 } ?? "succeeded"
            html += "<tr><td>\(job.jobId)</td><td>\(HTMLEscaping.escape(job.description))</td>"
                + "<td>\(job.stageIds.map(String.init).joined(separator: ", "))</td>"
                + "<td>\(job.durationMillis.map(ReportTime.text) ?? "–")</td><td>\(HTMLEscaping.escape(result))</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    private static func executorsSection(_ executors: [ExecutorSummary]) -> String {
        var html = "<section><h2>Executors</h2><table class=\"stages\"><thead><tr><th>executor</th><th>host</th>"
            + "<th>cores</th><th>added</th><th>removed</th><th>tasks</th><th>failed tasks</th><th>removed because</th>"
            + "</tr></thead><tbody>"
        for e in executors {
            html += "<tr><td>\(HTMLEscaping.escape(e.id))</td><td>\(HTMLEscaping.escape(e.host))</td><td>\(e.cores)</td>"
                + "<td>\(ReportTime.text(e.addedMillis))</td><td>\(e.removedMillis.map(ReportTime.text) ?? "–")</td>"
                + "<td>\(e.tasks)</td><td>\(e.failedTasks)</td>"
                + "<td>\(HTMLEscaping.escape(e.removedReason ?? "–"))</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    private static func stagesSection(_ stages: [StageSummary]) -> String {
        let maxTasks = max(1, stages.flatMap { $0.tasksByExecutor.map(\.tasks) }.max() ?? 1)
        // The spill column appears only when a stage spilled (most runs fit in memory).
        let spilled = stages.contains { $0.spill != nil }
        var html = "<section><h2>Stages and tasks per executor</h2><table class=\"stages\"><thead><tr>"
            + "<th>stage</th><th>name</th><th>tasks</th><th>time</th><th>input</th><th>shuffle write</th><th>shuffle read</th>"
            + (spilled ? "<th>spill (memory / disk)</th>" : "")
            + "<th>tasks per executor</th></tr></thead><tbody>"
        for stage in stages {
            let bars = stage.tasksByExecutor.map { entry in
                let w = max(2, Int(120.0 * Double(entry.tasks) / Double(maxTasks)))
                return "<div class=\"bar\"><span class=\"ex\">exec \(HTMLEscaping.escape(entry.executor))</span>"
                    + "<span class=\"fill\" style=\"width:\(w)px\"></span><span>\(entry.tasks)</span></div>"
            }.joined()
            html += "<tr><td>\(stage.stageId)</td><td>\(HTMLEscaping.escape(stage.name))</td><td>\(stage.taskCount)</td>"
                + "<td>\(ReportTime.text(stage.durationMillis))</td><td>\(HTMLEscaping.escape(stage.input ?? "–"))</td>"
                + "<td>\(HTMLEscaping.escape(stage.shuffleWrite ?? "–"))</td>"
                + "<td>\(HTMLEscaping.escape(stage.shuffleRead ?? "–"))</td>"
                + (spilled ? "<td>\(HTMLEscaping.escape(stage.spill ?? "–"))</td>" : "")
                + "<td>\(bars)</td></tr>"
        }
        return html + "</tbody></table><p class=\"legend\"><span class=\"fill swatch\"></span> tasks each executor ran in "
            + "the stage (bar length relative to the most, \(maxTasks) tasks); time is the stage's wall-clock time</p></section>"
    }

    private static func cellsHTML(_ notebook: Notebook) -> String {
        return notebook.cells.map { cell -> String in
            switch cell.kind {
            case .markdown:
                return "<div class=\"md\">" + MarkdownRenderer.html(cell.source) + "</div>"
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
            // A drawing (a chart plugin's SVG) goes in as an image, where no script it holds can run.
            if let svg = data.text("image/svg+xml") {
                return "<div class=\"out rich\"><img alt=\"chart\" src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\"></div>"
            }
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
    .chart .target{fill:none;stroke:#8a94a3;stroke-width:1.5;stroke-dasharray:5 4}.chart .tick{stroke:#b8c0ca}
    .chart .share{fill-opacity:.45}.chart .guarantee,.legend .guarantee{fill:none;stroke-width:2;stroke-dasharray:6 4}
    td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}h3{font-size:15px;margin:16px 0 6px}.index{margin:12px 0 0}
    .add{fill:#1f9d55}.remove{fill:#d64545}.request{fill:#e0a100}
    .legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;color:#38414d;margin:6px 0 0}
    .legend span{display:inline-flex;align-items:center;gap:6px}.legend .line{stroke:#2f6fdf;stroke-width:2.5}
    .legend .target{stroke:#8a94a3;stroke-width:1.5;stroke-dasharray:5 4}
    .swatch{display:inline-block;width:22px;height:10px;background:#2f6fdf;border-radius:2px}
    .note{background:#fff8e1;border:1px solid #f0d98c;border-radius:8px;padding:10px 14px}
    .kind{font-size:11px;border-radius:4px;padding:0 5px;color:#fff}.kind.request{background:#e0a100}.kind.change{background:#2f6fdf}
    .changes{margin:8px 0 0;padding-left:20px;color:#38414d}.changes .t{color:#6b7480;font-variant-numeric:tabular-nums}
    table{border-collapse:collapse}td,th{border-bottom:1px solid #eceff2;padding:4px 10px;text-align:left;vertical-align:top}
    .bar{display:flex;align-items:center;gap:6px;font-size:12px}.bar .ex{width:64px;color:#6b7480}
    .bar .fill{display:inline-block;height:10px;background:#2f6fdf;border-radius:2px}
    .cell{margin:12px 0}.prompt{color:#6b7480;font:12px monospace}
    pre{background:#f3f5f8;padding:8px 10px;border-radius:6px;overflow-x:auto;font:13px/1.4 ui-monospace,Menlo,monospace}
    pre.code{background:#eef3fb}pre.out{background:#fff;border:1px solid #eceff2}pre.error{color:#a61b1b;background:#fff5f5}
    .md table td,.md table th{border:1px solid #dde1e6}.md table{margin:8px 0}.md blockquote{margin:8px 0;padding:2px 12px;border-left:4px solid #dde1e6;color:#38414d}
    .md code{background:#f3f5f8;border-radius:4px;padding:0 3px}.md pre code{background:none;padding:0}.muted{color:#6b7480}
    """
}
