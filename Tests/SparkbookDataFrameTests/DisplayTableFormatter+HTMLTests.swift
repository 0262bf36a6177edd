import Testing
import SparkbookDataFrame

/// The text/html rendering of display(df).
@Suite struct DisplayTableFormatterHTMLTests {
    @Test func tableWithHeadBodyEscapingAndFooter() {
        let content = DisplayTableContent(columnNames: ["id", "<b>"], rows: [["1", "a & \"b\" <i>"], ["2", nil]],
                                          rightAligned: [true, false], totalRowCount: 2)
        let html = DisplayTableFormatter().html(content)
        #expect(html.hasPrefix("<div class=\"sparkbook-display\">\n<table"))
        #expect(html.contains("<thead>\n<tr><th"))
        #expect(html.contains(">&lt;b&gt;</th>"))
        #expect(html.contains("text-align:right;\">1</td>"))
        #expect(html.contains(">a &amp; &quot;b&quot; &lt;i&gt;</td>"))
        #expect(html.contains("color:#999;\">NULL</td>"))
        #expect(html.contains("</tbody>\n</table>\n<p"))
        #expect(html.contains(">2 rows</p>"))
        #expect(html.hasSuffix("</div>"))
        #expect(!html.contains("<i>"))
    }

    @Test func capsRowsAndSaysSo() {
        let content = DisplayTableContent(columnNames: ["n"], rows: (0..<5).map { [String($0)] }, totalRowCount: 5000)
        let html = DisplayTableFormatter(maxRows: 2).html(content)
        #expect(html.components(separatedBy: "<tr>").count - 1 == 3)  // header + 2 rows
        #expect(html.contains("Showing the first 2 rows of 5,000"))
    }

    @Test func escapesAllFiveCharacters() {
        #expect(DisplayTableFormatter.escapeHTML("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
    }
}
