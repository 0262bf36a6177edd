import Foundation

/// Plugin folders made for a test in a temporary directory: a `plugin.json` and a `plugin.py` run by the
/// repository's `.venv-pyspark` Python (it has pyarrow), with the Python plugin library copied beside it.
enum PluginFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let python = packageRoot.appendingPathComponent(".venv-pyspark/bin/python").path
    static var hasPython: Bool { FileManager.default.isExecutableFile(atPath: python) }

    /// A folder holding one plugin; `functions` are manifest declarations; `manifest` adds or replaces keys
    /// (`protocolVersion`, `maxBatchRows`).
    static func make(name: String, script: String, functions: [[String: Any]] = [], aggregates: [[String: Any]] = [],
                     dataSources: [String] = [], magics: [String] = [], displayKinds: [String] = [], timeout: Double = 10,
                     manifest extra: [String: Any] = [:], in parent: URL? = nil) throws -> URL {
        let root = parent ?? FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-plugins-\(UUID().uuidString)")
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let defaults: [String: Any] = [
            "name": name, "version": "1.0.0", "protocolVersion": 1, "command": [python, "plugin.py"],
            "provides": ["functions": functions, "aggregates": aggregates, "dataSources": dataSources, "magics": magics,
                         "displayKinds": displayKinds], "timeoutSeconds": timeout,
        ]
        let manifest = defaults.merging(extra) { $1 }
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys])
            .write(to: folder.appendingPathComponent("plugin.json"))
        try script.write(to: folder.appendingPathComponent("plugin.py"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("plugins/python/sparkbook_plugin.py"),
                                         to: folder.appendingPathComponent("sparkbook_plugin.py"))
        return folder
    }

    /// A plugin whose functions work (`py_upper`, `py_add`) or fail on purpose: `die` is killed by SIGKILL
    /// mid-call, `hang` never answers, `garbage` writes a non-JSON line on stdout, `boom` raises.
    static let unrulyScript = """
        import os, signal, sys, time
        from sparkbook_plugin import Plugin
        plugin = Plugin("unruly")

        @plugin.function("py_upper")
        def py_upper(s):
            return [None if v is None else v.upper() for v in s.to_pylist()]

        @plugin.function("py_add")
        def py_add(a, b):
            return [None if x is None or y is None else x + y for x, y in zip(a.to_pylist(), b.to_pylist())]

        @plugin.function("die")
        def die(x):
            os.kill(os.getpid(), signal.SIGKILL)

        @plugin.function("hang")
        def hang(x):
            time.sleep(3600)

        @plugin.function("garbage")
        def garbage(x):
            sys.__stdout__.write("this is not JSON\\n")
            sys.__stdout__.flush()
            time.sleep(3600)

        @plugin.function("nap")
        def nap(x):
            time.sleep(0.5)
            return x.to_pylist()

        @plugin.function("boom")
        def boom(x):
            raise ValueError("no good")

        plugin.run()
        """

    static var unrulyFunctions: [[String: Any]] { [
        ["name": "py_upper", "arguments": ["string"], "returns": "string"],
        ["name": "py_add", "arguments": ["bigint", "bigint"], "returns": "bigint"],
        ["name": "die", "arguments": ["bigint"], "returns": "bigint"],
        ["name": "hang", "arguments": ["bigint"], "returns": "bigint"],
        ["name": "garbage", "arguments": ["bigint"], "returns": "bigint"],
        ["name": "boom", "arguments": ["bigint"], "returns": "bigint"],
        ["name": "nap", "arguments": ["bigint"], "returns": "bigint"],
    ] }
}
