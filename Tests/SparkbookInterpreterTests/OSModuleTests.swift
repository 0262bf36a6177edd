import Testing
@testable import SparkbookInterpreter

/// Python's `os.path`, checked against CPython 3.
struct OSModuleTests {
    @Test func pathFunctions() async throws {
        let source = """
            import os.path
            print(os.path.join("data", "x.csv"), os.path.join("/a", "/b", "c"), os.path.basename("/a/b.csv"), os.path.dirname("/a/b.csv"), os.path.splitext("/a/b.tar.gz"), os.path.splitext(".bashrc"))
            print(os.path.exists("data"), os.path.isdir("data"), os.path.isfile("data"), os.path.exists("no/such"))
            """
        #expect(try await ScriptHarness.stdout(source)
                == "data/x.csv /b/c b.csv /a ('/a/b.tar', '.gz') ('.bashrc', '')\nTrue True False False\n")
    }
}
