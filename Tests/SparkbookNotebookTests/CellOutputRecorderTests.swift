import SparkbookInterpreter
import Testing
@testable import SparkbookNotebook

/// What a cell writes becomes its notebook outputs: text merged per stream, each display a `display_data` whose
/// bundle holds every representation (a chart plugin's `image/svg+xml` beside `text/plain`).
struct CellOutputRecorderTests {
    @Test func aDisplayKeepsEveryRepresentation() {
        let recorder = CellOutputRecorder()
        recorder.write("a", to: .stdout)
        recorder.write("b\n", to: .stdout)
        recorder.display(RichOutput(plain: "chart", html: "<b>chart</b>", media: ["image/svg+xml": "<svg/>", "image/png": "iVBO"]))
        #expect(recorder.outputs.count == 2)
        #expect(recorder.outputs.first == .stream(name: "stdout", text: "ab\n"))
        guard case .displayData(let data, _)? = recorder.outputs.last else {
            Issue.record("no display_data: \(recorder.outputs)")
            return
        }
        #expect(data.mimeTypes == ["image/png", "image/svg+xml", "text/html", "text/plain"])
        #expect(data.text("image/svg+xml") == "<svg/>")
        #expect(data.text("text/plain") == "chart")
    }
}
