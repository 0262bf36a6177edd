import Foundation
import SparkbookDataFrame
import SparkbookInterpreter
import Testing
@testable import SparkbookPlugins

/// `display(df, kind=...)` through an outside plugin: the example chart plugin (plugins/examples/chart) draws the
/// rows it is sent as SVG with a text chart beside it; its errors fail the cell naming the plugin.
@Suite(.enabled(if: PluginFixture.hasPython), .serialized)
struct PluginDisplayRendererTests {
    let registry: PluginRegistry
    let plugin: ExternalPlugin

    init() throws {
        let chart = PluginFixture.packageRoot.appendingPathComponent("plugins/examples/chart").path
        let script = "import sys\nsys.path.append(\(String(reflecting: chart)))\nimport chart\nchart.plugin.run()\n"
        registry = PluginRegistry.standard()
        plugin = try ExternalPlugin(folder: try PluginFixture.make(name: "chart", script: script, displayKinds: ["bar", "line", "scatter", "pie"]))
        registry.install(plugin)
    }

    func run(_ code: String) async throws -> [BufferedOutputSink.Event] {
        let sink = BufferedOutputSink()
        let context = LaunchContext(workingDirectory: URL(fileURLWithPath: NSTemporaryDirectory()),
                                    dataSources: registry.dataSources, functions: registry.functions)
        defer { context.shutdown() }
        let interpreter = Interpreter(context: context, sink: sink)
        interpreter.displayRenderers = registry.displayRenderers
        _ = try await interpreter.run(source: """
            df = spark.createDataFrame([('France', 120), ('Germany', 340), ('Spain', 95)], 'country string, n long')

            """ + code, path: "nb.py", cell: 1)
        return sink.events
    }

    @Test func theManifestsKindsAreRegisteredAsRenderers() {
        #expect(registry.installed.last?.provides.map(\.description)
                == ["renderer display kind=bar", "renderer display kind=line", "renderer display kind=scatter", "renderer display kind=pie"])
        #expect(registry.displayRenderers.keys.sorted() == ["bar", "line", "pie", "scatter"])
    }

    @Test func aBarChartIsAnSVGWithATextChartForTheTerminal() async throws {
        let events = try await run("display(df, kind='bar', x='country', y='n', title='Orders')")
        defer { plugin.connection.shutdown() }
        guard case .display(let output)? = events.first, events.count == 1 else {
            Issue.record("expected one display, got \(events)")
            return
        }
        #expect(output.plain == """
            Orders
            France  │██████████████ 120
            Germany │████████████████████████████████████████ 340
            Spain   │███████████ 95
            """)
        let svg = try #require(output.media["image/svg+xml"])
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.components(separatedBy: "<rect x=").count - 1 == 3)
        #expect(svg.contains(">Germany</text>"))
        #expect(output.html == nil)
    }

    @Test func thePluginsOwnErrorFailsTheCellNamingThePlugin() async throws {
        defer { plugin.connection.shutdown() }
        let error = await #expect(throws: ScriptError.self) { _ = try await run("display(df, kind='pie', y='nope')") }
        #expect(error?.message == "plugin 'chart' failed: display(kind='pie'): no column 'nope'; the columns: country, n")
    }
}
