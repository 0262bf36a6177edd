import Testing
import SparkbookDataFrame
@testable import SparkbookInterpreter

/// The names completion offers after `value.`, and attribute lookup on each kind of object.
struct MembersTests {
    @Test func dataFrameNames() async throws {
        let harness = ScriptHarness()
        let df = try #require(try await harness.run("spark.read.option('header', 'true').csv('data/big_events_50k.csv')"))
        let names = Members.names(of: df)
        #expect(names == names.sorted())
        for expected in ["agg", "collect", "columns", "count", "dtypes", "filter", "first", "groupBy", "groupby", "head",
                         "join", "limit", "orderBy", "printSchema", "select", "show", "take", "where", "withColumn"] {
            #expect(names.contains(expected), "\(expected)")
        }
        #expect(!names.contains("gropBy"))
    }

    @Test func namesOfPythonValuesAndModules() {
        #expect(Members.names(of: .string("s")) == ["encode", "endswith", "format", "join", "lower", "replace", "split",
                                                    "startswith", "strip", "upper"])
        #expect(Members.names(of: .dict([])) == ["clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault",
                                                  "update", "values"])
        let functions = Members.names(of: .module(.functions))
        for expected in ["avg", "col", "column", "count", "lit", "max", "mean", "min", "sum", "when", "upper", "round"] {
            #expect(functions.contains(expected), "\(expected)")
        }
        #expect(Members.callables(of: .module(.functions)) == Members.names(of: .module(.functions)).filter { functions.contains($0) })
        #expect(Members.attributes(of: .module(.functions)).isEmpty)
        #expect(Members.names(of: .module(.sparkSessionClass)) == ["builder", "getActiveSession"])
        #expect(Members.names(of: .int(1)).isEmpty)
    }

    @Test func dataFrameColumnsAreAttributes() async throws {
        let harness = ScriptHarness()
        try await harness.run("df = spark.read.option('header', 'true').csv('data/big_events_50k.csv')")
        #expect(try await harness.run("df.amount")?.repr == "Column<'amount'>")
        #expect(try await harness.run("df.columns")?.repr == "['event_id', 'event_time', 'country', 'device', 'amount']")
        #expect(try await harness.run("df.dtypes[4]")?.repr == "('amount', 'string')")
    }

    @Test func functionNamesForErrors() {
        #expect(Members.functionName(.builtin("len")) == "len")
        #expect(Members.functionName(.boundMethod(receiver: .string("x"), name: "upper")) == "upper")
        #expect(Members.functionName(.int(1)) == "int")
    }

    @Test func missingAttributesNameTheirOwner() {
        #expect(Members.missingAttribute("colx", of: .module(.functions)).summary ==
            "AttributeError: module 'pyspark.sql.functions' has no attribute 'colx'")
        #expect(Members.missingAttribute("colx", of: .module(.functions)).suggestion == "did you mean `col`?")
        #expect(Members.missingAttribute("bilder", of: .module(.sparkSessionClass)).summary ==
            "AttributeError: type object 'SparkSession' has no attribute 'bilder'")
        #expect(Members.missingAttribute("x", of: .int(3)).summary == "AttributeError: 'int' object has no attribute 'x'")
    }

    @Test func aColumnMethodNotYetThereSaysSoInsteadOfReadingAField() async {
        guard let method = ColumnBinding.notSupportedYet.sorted().first else { return }
        let error = await ScriptHarness.failure("spark.range(1).id.\(method)('x', 1)")
        #expect(error?.exceptionName == "NotImplementedError")
        #expect(error?.message == "Column.\(method) is not supported yet in Sparkbook")
    }
}
