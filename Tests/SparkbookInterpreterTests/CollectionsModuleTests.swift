import Testing
@testable import SparkbookInterpreter

/// `collections`: Counter, defaultdict, OrderedDict and namedtuple, printed as CPython 3.11 prints them.
struct CollectionsModuleTests {
    @Test func countersCountAndPrintByCount() async throws {
        let out = try await ScriptHarness.stdout("""
            from collections import Counter
            c = Counter("abracadabra")
            c["z"] += 2
            c.update(["a"])
            print(c, c.most_common(2), c["nope"], len(c), "a" in c)
            """)
        #expect(out == "Counter({'a': 6, 'b': 2, 'r': 2, 'z': 2, 'c': 1, 'd': 1}) [('a', 6), ('b', 2)] 0 6 True\n")
    }

    @Test func defaultDictsFillMissingKeys() async throws {
        let out = try await ScriptHarness.stdout("""
            from collections import defaultdict, OrderedDict, namedtuple
            d = defaultdict(list)
            for k, v in [("a", 1), ("b", 2), ("a", 3)]:
                d[k].append(v)
            n = defaultdict(int)
            n["x"] += 1
            print(d, n, OrderedDict([("b", 1), ("a", 2)]))
            Point = namedtuple("Point", ["x", "y"])
            p = Point(1, y=2)
            x, y = p
            print(p, p.x + p[1], x, y)
            """)
        #expect(out == "defaultdict(<class 'list'>, {'a': [1, 3], 'b': [2]}) defaultdict(<class 'int'>, {'x': 1}) OrderedDict([('b', 1), ('a', 2)])\nPoint(x=1, y=2) 3 1 2\n")
    }
}
