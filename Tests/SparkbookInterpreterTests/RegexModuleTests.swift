import Testing
@testable import SparkbookInterpreter

/// Python's `re`, checked against CPython 3.11.
struct RegexModuleTests {
    @Test func matchSearchAndGroups() async throws {
        let out = try await ScriptHarness.stdout(#"""
            import re
            m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
            print(m, m.group(1, 2), m.groups(), m.span(2), m[1])
            print(re.search(r"\d+", "order 66").group(), re.match("x", "abc"), re.fullmatch("[a-z]+", "abc1"))
            p = re.compile(r"(?P<user>\w+)@(?P<host>[\w.]+)", re.I)
            print(p, p.search("to: Ada@Example.org").groupdict())
            """#)
        #expect(out == #"""
            <re.Match object; span=(0, 12), match='Isaac Newton'> ('Isaac', 'Newton') ('Isaac', 'Newton') (6, 12) Isaac
            66 None None
            re.compile('(?P<user>\\w+)@(?P<host>[\\w.]+)', re.IGNORECASE) {'user': 'Ada', 'host': 'Example.org'}

            """#)
    }

    @Test func subFindallAndSplit() async throws {
        let out = try await ScriptHarness.stdout(#"""
            import re
            print(re.sub(r"(\d+)-(\d+)", r"\2-\1", "10-20"), re.subn(r"\s+", " ", "a  b   c"), re.sub(r"\d", lambda m: m.group() * 2, "a1b2"))
            print(re.findall(r"(\w)=(\d)", "a=1, b=2"), re.split(r"(-)", "1-2-3"), re.split(",", "a,b,c", maxsplit=1))
            """#)
        #expect(out == """
            20-10 ('a b c', 2) a11b22
            [('a', '1'), ('b', '2')] ['1', '-', '2', '-', '3'] ['a', 'b,c']

            """)
    }
}
