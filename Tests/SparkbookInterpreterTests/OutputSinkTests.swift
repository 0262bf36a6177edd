import Testing
@testable import SparkbookInterpreter

/// The buffered sink merges consecutive writes to one stream and keeps displays in order.
struct OutputSinkTests {
    @Test func consecutiveWritesToOneStreamMerge() {
        let sink = BufferedOutputSink()
        sink.write("a", to: .stdout)
        sink.write("b\n", to: .stdout)
        sink.write("warn\n", to: .stderr)
        sink.write("c\n", to: .stdout)
        #expect(sink.events == [.stream(.stdout, "ab\n"), .stream(.stderr, "warn\n"), .stream(.stdout, "c\n")])
        #expect(sink.stdout == "ab\nc\n")
    }

    @Test func displaysShowAsTheirPlainTextInStdout() {
        let sink = BufferedOutputSink()
        sink.write("x\n", to: .stdout)
        sink.display(RichOutput(plain: "table", html: "<table/>"))
        sink.write("y\n", to: .stdout)
        #expect(sink.stdout == "x\ntable\ny\n")
        #expect(sink.events.count == 3)
    }
}
