import Foundation
import SparkbookNotebook
import Testing
@testable import SparkbookReport

/// Markdown as Jupyter (marked.js, GitHub-flavoured) renders it. The seed's markdown cells are compared with
/// Golden/seed_markdown.html; after an intended change regenerate it with
/// `SPARKBOOK_UPDATE_GOLDEN=1 swift test --filter MarkdownRendererTests` and review the diff.
@Suite struct MarkdownRendererTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static var updateGolden: Bool { ProcessInfo.processInfo.environment["SPARKBOOK_UPDATE_GOLDEN"] == "1" }

    @Test func theSeedsMarkdownCellsRenderAsInJupyter() throws {
        let seed = Self.folder.appendingPathComponent("../../notebooks/dynamic_allocation.ipynb").standardized
        let notebook = try IpynbReader.read(try Data(contentsOf: seed))
        let html = notebook.cells.enumerated().filter { $0.element.kind == .markdown }.map { index, cell in
            "<!-- cell \(index) -->\n" + MarkdownRenderer.html(cell.source)
        }.joined(separator: "\n")
        let golden = Self.folder.appendingPathComponent("Golden/seed_markdown.html")
        if Self.updateGolden { try html.write(to: golden, atomically: true, encoding: .utf8) }
        #expect(html == (try String(contentsOf: golden, encoding: .utf8)))
        // What the issue saw mis-rendered.
        #expect(html.contains("<h3>Example Columns:</h3>"))
        #expect(html.contains("<td>High shuffle load</td>\n<td>Executors scale up</td>"))
        #expect(html.contains("<p>Observed issues:</p>\n<ul>\n<li>Sometimes your job <strong>consumes too many executors</strong></li>"))
        #expect(!html.contains("<script") && !html.contains("###"))
    }

    @Test func aHeadingListOrTableMayFollowAParagraphLineDirectly() {
        #expect(MarkdownRenderer.html("Intro  \n### Columns:\n- a\n- b") ==
            "<p>Intro</p>\n<h3>Columns:</h3>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(MarkdownRenderer.html("Text\n| a | b |\n|---|---|\n| 1 | 2 |") ==
            "<p>Text</p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n")
    }

    @Test func tableRowsNeedNoOuterPipesAndAreFittedToTheHeader() {
        let html = MarkdownRenderer.html("State | Behaviour\n:--|--:\nHigh load | scale up |\nIdle\nx | y | z")
        #expect(html.contains("<th align=\"left\">State</th>\n<th align=\"right\">Behaviour</th>"))
        #expect(html.contains("<td align=\"left\">High load</td>\n<td align=\"right\">scale up</td>"))
        #expect(html.contains("<td align=\"left\">Idle</td>\n<td align=\"right\"></td>"))
        #expect(html.contains("<td align=\"left\">x</td>\n<td align=\"right\">y</td>\n</tr>"))
        #expect(!html.contains(">z<"))
    }

    @Test func listsNestAndLooseListsKeepParagraphs() {
        #expect(MarkdownRenderer.html("1. one\n2. two:\n   - a\n   - b\n3. three") ==
            "<ol>\n<li>one</li>\n<li>two:\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n</li>\n<li>three</li>\n</ol>\n")
        #expect(MarkdownRenderer.html("- a\n\n- b") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
        #expect(MarkdownRenderer.html("3) c\n4) d").hasPrefix("<ol start=\"3\">\n<li>c</li>"))
    }

    @Test func quotesRulesCodeAndHardBreaks() {
        #expect(MarkdownRenderer.html("> **warn** one\n> two\nlazy") ==
            "<blockquote>\n<p><strong>warn</strong> one\ntwo\nlazy</p>\n</blockquote>\n")
        #expect(MarkdownRenderer.html("a\n\n---\n\nb") == "<p>a</p>\n<hr>\n<p>b</p>\n")
        #expect(MarkdownRenderer.html("```python\nx = 1 < 2\n```") == "<pre><code class=\"language-python\">x = 1 &lt; 2\n</code></pre>\n")
        #expect(MarkdownRenderer.html("one  \ntwo\\\nthree") == "<p>one<br>\ntwo<br>\nthree</p>\n")
        #expect(MarkdownRenderer.html("Title\n===") == "<h1>Title</h1>\n")
    }

    @Test func inlineMarkupAsGitHubRendersIt() {
        #expect(MarkdownRenderer.html("*em* **strong** ***both*** _u_ snake_case_name ~~gone~~ `a < b` \\*lit\\*") ==
            "<p><em>em</em> <strong>strong</strong> <em><strong>both</strong></em> <em>u</em> snake_case_name <del>gone</del> <code>a &lt; b</code> *lit*</p>\n")
        #expect(MarkdownRenderer.html("[Spark](https://spark.apache.org \"docs\") ![logo](img/l.png) <https://x.org> see https://y.org/a.") ==
            "<p><a href=\"https://spark.apache.org\" title=\"docs\">Spark</a> <img src=\"img/l.png\" alt=\"logo\"> <a href=\"https://x.org\">https://x.org</a> see <a href=\"https://y.org/a\">https://y.org/a</a>.</p>\n")
        #expect(MarkdownRenderer.html("A &amp; B & C, 5 > 3") == "<p>A &amp; B &amp; C, 5 &gt; 3</p>\n")
    }

    @Test func notebookHTMLIsKeptButCannotRunCode() {
        let header = "<div style=\"display: flex\" onclick=\"steal()\">\n  <img src=\"https://x.org/logo.svg\" width=\"130\">\n"
            + "  <h1 style=\"color: #1f4e79\">Room</h1>\n</div>\n\n#### Next"
        #expect(MarkdownRenderer.html(header) ==
            "<div style=\"display: flex\">\n  <img src=\"https://x.org/logo.svg\" width=\"130\">\n  <h1 style=\"color: #1f4e79\">Room</h1>\n</div>\n<h4>Next</h4>\n")
        let hostile = MarkdownRenderer.html("<script>alert(1)</script>\n\nhi <b onmouseover=\"x()\">b</b> [x](javascript:alert(1)) <iframe src=\"e\">")
        #expect(!hostile.contains("alert") && !hostile.contains("onmouseover") && !hostile.contains("<iframe"))
        #expect(hostile.contains("hi <b>b</b> <a href=\"\">x</a>"))
        #expect(MarkdownRenderer.html("<p style=\"background: url(x)\">t</p>") == "<p>t</p>\n")
    }
}
