import Foundation
import Testing
@testable import SparkbookTerminal

@Suite struct CompleterTests {
    let scope = CompletionScope(variables: [
        "events_df": .init(methods: ["show", "select", "groupBy", "groupby", "agg", "count"],
                           properties: ["columns", "dtypes"],
                           columns: ["event_id", "event_time", "country", "device", "amount"]),
        "users_df": .init(methods: ["show"], properties: [], columns: ["user_id", "city"]),
        "F": .init(methods: ["col", "column", "count", "sum", "avg"]),
        "spark": .init(methods: ["stop", "range"], properties: ["read", "conf", "version"]),
        "evens": .init(),
    ])

    func complete(_ line: String) -> Completion { Completer.complete(line, in: scope) }

    /// What the line reads after taking the only candidate.
    func completed(_ line: String) -> String? {
        let c = complete(line)
        guard c.candidates.count == 1 else { return nil }
        return String(Array(line).prefix(c.start)) + c.candidates[0]
    }

    @Test func dataFrameMethodsAfterTheDot() {
        #expect(completed("events_df.gro") == "events_df.groupBy(")
        #expect(complete("events_df.co").candidates == ["columns", "count("])
    }

    @Test func columnsInsideCol() {
        #expect(completed("events_df.select(col(\"co") == "events_df.select(col(\"country\"")
        #expect(completed("col('am") == "col('amount'")
        #expect(completed("users_df.filter(F.col(\"ci") == "users_df.filter(F.col(\"city\"")
    }

    @Test func columnsInsideSubscriptAndColumnArguments() {
        #expect(completed("events_df[\"dev") == "events_df[\"device\"")
        #expect(completed("events_df.groupBy(\"country\", \"dev") == "events_df.groupBy(\"country\", \"device\"")
        #expect(complete("events_df.select(\"event_").candidates == ["event_id\"", "event_time\""])
        #expect(complete("users_df.orderBy(\"co").candidates.isEmpty)
        #expect(complete("print(\"co").candidates.isEmpty)
    }

    @Test func functionsAfterF() {
        #expect(complete("F.c").candidates == ["col(", "column(", "count("])
        #expect(completed("events_df.agg(F.su") == "events_df.agg(F.sum(")
    }

    @Test func configKeysInsideConfigAndConfGet() {
        #expect(completed("SparkSession.builder.config(\"spark.dynamicAllocation.executorI")
                == "SparkSession.builder.config(\"spark.dynamicAllocation.executorIdleTimeout\"")
        #expect(completed("spark.conf.get(\"spark.sql.shuffle.p") == "spark.conf.get(\"spark.sql.shuffle.partitions\"")
        #expect(completed("    .config(\"spark.dynamicAllocation.minE") == "    .config(\"spark.dynamicAllocation.minExecutors\"")
        #expect(complete("spark.conf.get(\"spark.dynamicAllocation.").candidates.count >= 10)
    }

    @Test func variablesAndMetaCommands() {
        #expect(complete("ev").candidates == ["events_df", "evens"].sorted())
        #expect(completed("x = us") == "x = users_df")
        #expect(complete(":ti").candidates == ["timer", "timeline"])
        #expect(complete(":sa").candidates == ["save"])
        #expect(complete(":save ").candidates.isEmpty)
        #expect(complete("12").candidates.isEmpty)
    }

    /// The cursor right after a character that is not part of a name used to build `chars[(i + 1)...end]` with
    /// `i == end` and trap (Illegal instruction): every one of these killed the REPL.
    @Test func emptyPrefixesNeverTrap() {
        let lines = ["events_df.", "F.", "spark.", "print(", "x = ", "x ", "events_df.groupBy(", "events_df.groupBy(F.col(",
                     "(", ")", ".", " .", "1.", "a[", "a[1:", "x,", "\"", "\"\"", "#", "df.count()", "\n", "a\n", "a\n.",
                     "events_df.select(\"country\").", "\t", "x = (events_df\n    .", "x = (\n"]
        for line in lines {
            _ = complete(line)
            for end in Array(line).indices {
                _ = Completer.identifier(endingAt: end, in: Array(line))
                _ = Completer.expression(endingAt: end, in: Array(line))
            }
        }
        #expect(Completer.identifier(endingAt: 2, in: Array("df.")) == "")
        #expect(Completer.expression(endingAt: 4, in: Array("df.x(")) == "")
        #expect(Completer.identifier(endingAt: -1, in: []) == "")
    }

    @Test func membersAfterABareDot() {
        #expect(complete("events_df.").candidates == ["agg(", "columns", "count(", "dtypes", "groupBy(", "select(", "show("])
        #expect(complete("events_df.").start == 10)
        #expect(complete("F.").candidates == ["avg(", "col(", "column(", "count(", "sum("])
        #expect(complete("spark.").candidates == ["conf", "range(", "read", "stop(", "version"])
        #expect(complete("x = (events_df\n    .").candidates.contains("groupBy("))
    }

    /// IPython lists every name in scope after `(`, `=`, `,` or a space, and indents at the start of a line.
    @Test func namesInScopeAfterAnOpeningBracketEqualsOrSpace() {
        let names = scope.variables.keys.sorted()
        for line in ["print(", "x = ", "x =", "events_df.groupBy(", "f(a, ", "a + ", "events_df.groupBy(F.col(\"a\"), "] {
            #expect(complete(line).candidates == names, "\(line)")
            #expect(complete(line).start == line.count, "\(line)")
        }
        // A second Tab after a unique completion: the line now ends in `(`.
        #expect(completed("events_df.gro") == "events_df.groupBy(")
        #expect(complete("events_df.groupBy(").candidates == names)
        for line in ["events_df.count()", "x[0]", "\"a\"", "12", "1.5"] {
            #expect(complete(line).candidates.isEmpty, "\(line)")
        }
        #expect(complete("").candidates == names)
        #expect(complete("for i in x:\n").candidates == ["    "])
        #expect(complete("for i in x:\n    ").candidates == ["    "])
    }

    @Test func multiLineContextFindsTheReceiver() {
        #expect(completed("df2 = (events_df\n    .groupBy(\"cou") == "df2 = (events_df\n    .groupBy(\"country\"")
    }

    @Test func everyAnswerTakesUnderFiveMilliseconds() {
        let lines = ["events_df.gro", "col(\"co", "spark.conf.get(\"spark.", "ev", ":h", "events_df.groupBy(\"a\", \"c"]
        for line in lines {
            let started = ContinuousClock.now
            for _ in 0..<20 { _ = complete(line) }
            #expect(ContinuousClock.now - started < .milliseconds(5 * 20), "\(line)")
        }
    }
}
