import Testing
@testable import SparkbookInterpreter

/// Lists and dicts changed in place: the change lands where the container was read from.
struct InterpreterMutationTests {
    @Test func appendsReachGlobalsAndNestedItems() async throws {
        let out = try await ScriptHarness.stdout("""
            xs = []
            def add(x):
                xs.append(x * 2)
            for i in range(3):
                add(i)
            xs.extend([9])
            xs.insert(0, -1)
            last = xs.pop()
            groups = {}
            for w in ["apple", "avocado", "banana"]:
                groups.setdefault(w[0], []).append(w)
            grid = [[0], [0]]
            grid[1].append(5)
            grid[0][0] = 7
            print(xs, last, groups, grid)
            """)
        #expect(out == "[-1, 0, 2, 4] 9 {'a': ['apple', 'avocado'], 'b': ['banana']} [[7], [0, 5]]\n")
    }

    @Test func aDataFrameSortIsStillTheDataFramesMethod() async throws {
        let out = try await ScriptHarness.stdout("""
            df = spark.createDataFrame([(2,), (1,)], ["n"])
            print([r.n for r in df.sort("n").collect()])
            """)
        #expect(out == "[1, 2]\n")
    }
}
