import Testing
@testable import SparkbookInterpreter

/// Python's `json`, checked against CPython 3: separators, escapes, indentation, key order.
struct JSONModuleTests {
    @Test func dumpsAndLoads() async throws {
        let source = """
            import json
            print(json.dumps({"a": 1, "b": [1.5, None, True], "c": "é\\"x"}), json.dumps([1, {"k": "v"}], indent=2), json.dumps({"b": 1, "a": 2}, sort_keys=True))
            print(json.loads('{"x": [1, 2.5, "s", null, true], "y": {"z": false}}'))
            """
        #expect(try await ScriptHarness.stdout(source) == """
            {"a": 1, "b": [1.5, null, true], "c": "\\u00e9\\"x"} [
              1,
              {
                "k": "v"
              }
            ] {"a": 2, "b": 1}
            {'x': [1, 2.5, 's', None, True], 'y': {'z': False}}

            """)
    }

    @Test func badTextIsAValueError() async throws {
        let out = try await ScriptHarness.stdout("import json\ntry:\n    json.loads('[1,')\nexcept ValueError as e:\n    print(type(e).__name__)")
        #expect(out == "JSONDecodeError\n")
    }
}
