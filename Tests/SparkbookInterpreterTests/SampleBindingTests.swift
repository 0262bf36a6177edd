import Testing
@testable import SparkbookInterpreter

/// `df.sample` and `df.randomSplit` as PySpark 4.3 reads their arguments.
struct SampleBindingTests {
    static let setup = "df = spark.range(10)\n"

    @Test func positionalAndNamedFormsWithASeedKeepSparksRows() async throws {
        for call in ["df.sample(0.5, 42)", "df.sample(False, 0.5, 42)", "df.sample(fraction=0.5, seed=42)"] {
            let out = try await ScriptHarness.stdout(Self.setup + "print([r.id for r in \(call).collect()])")
            #expect(out == "[3, 7, 8]\n", "\(call)")
        }
    }

    @Test func withReplacementDrawsSparksPoissonCounts() async throws {
        let out = try await ScriptHarness.stdout(
            "print(spark.range(0, 10, 1, 1).sample(withReplacement=True, fraction=0.5, seed=3).count())")
        #expect(out == "2\n")
    }

    @Test func aFractionGivenByNameMustBeAFloat() async {
        let failure = await ScriptHarness.failure(Self.setup + "df.sample(fraction=1)")
        #expect(failure?.exceptionName == "PySparkTypeError")
        #expect(failure?.message == "[NOT_EXPECTED_TYPE] Argument `withReplacement (optional), fraction (required) and seed (optional)` should be bool, float or int, got NoneType, int, NoneType.")
    }

    @Test func aFractionOutsideTheUnitIntervalIsSparksRequirement() async {
        let failure = await ScriptHarness.failure(Self.setup + "df.sample(1.5, 3)")
        #expect(failure?.message.contains("Sampling fraction (1.5) must be on interval [0, 1] without replacement") == true)
    }

    @Test func randomSplitPartsAreDisjointAndCoverTheRows() async throws {
        let out = try await ScriptHarness.stdout(Self.setup + """
            a, b = df.randomSplit([0.7, 0.3], 5)
            print(sorted([r.id for r in a.collect()]), sorted([r.id for r in b.collect()]))
            """)
        #expect(out == "[0, 1, 3, 4, 5, 7] [2, 6, 8, 9]\n")
    }

    @Test func negativeWeightsArePySparksValueError() async {
        let failure = await ScriptHarness.failure(Self.setup + "df.randomSplit([-1.0, 2.0], 3)")
        #expect(failure?.message == "[VALUE_NOT_POSITIVE] Value for `weights` must be positive, got '-1.0'.")
    }
}
