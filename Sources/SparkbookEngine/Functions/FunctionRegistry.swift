/// The scalar functions known by name. `builtIn` holds Spark's functions that Sparkbook implements; the plugin
/// registry starts from it, plugins add theirs, and each session's copy (which `spark.udf.register` extends)
/// is the one its planner consults, so a plugin's function is bound and planned as a built-in is.
public struct FunctionRegistry: Sendable {
    private var functions: [String: any ScalarFunction] = [:]

    public init(_ functions: [any ScalarFunction] = []) {
        for f in functions { register(f) }
    }

    public mutating func register(_ function: any ScalarFunction) {
        functions[function.name.lowercased()] = function
    }

    public var names: [String] { functions.keys.sorted() }

    /// A function registered under a session-unique key shows as the name before `#`: Python UDFs are called by
    /// their `__name__`, which several can share (every lambda is `<lambda>`), so each is registered as `name#id`.
    public static func shownName(_ key: String) -> String {
        key.firstIndex(of: "#").map { String(key[..<$0]) } ?? key
    }

    /// Every function, by name.
    public var all: [any ScalarFunction] { names.map { functions[$0]! } }

    public func function(named name: String) -> (any ScalarFunction)? {
        functions[name.lowercased()]
    }

    /// The function, or Spark's `UNRESOLVED_ROUTINE` error with the closest known names.
    public func lookup(_ name: String) throws -> any ScalarFunction {
        if let f = function(named: name) { return f }
        throw Self.unresolved(name, suggestion: nil)
    }

    static func unresolved(_ name: String, suggestion: String?) -> SparkError {
        let hint = suggestion.map { " Did you mean `\($0)`?" } ?? ""
        return SparkError(.analysis, errorClass: "UNRESOLVED_ROUTINE",
                          message: "Cannot resolve routine `\(name)` on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].\(hint)",
                          sqlState: "42883")
    }

    /// Every function Sparkbook implements, by family, and Spark's aliases of them.
    public static let builtIn: FunctionRegistry = {
        var registry = implemented
        for (alias, name, printed) in RenamedFunction.builtInAliases {
            registry.register(RenamedFunction(alias, registry.function(named: name)!, printedAs: printed))
        }
        return registry
    }()

    private static let implemented = FunctionRegistry(Array([
        StringFunctions.all, MathFunctions.all, TrigonometricFunctions.all, BitwiseFunctions.all, DateTimeFunctions.all, ConditionalFunctions.all, PredicateFunctions.all,
        ArrayFunctions.all, OperatorFunctions.all, UnixTimeFunctions.all, DigestFunctions.all, StringSearchFunctions.all,
        MonthFunctions.all, PartitionFunctions.all, SubqueryFunctions.all, [DistinctTuple.function, AggregatePair.function, PercentileArgument.function, HashFunction.function, PositiveModulo.function, TimestampLiteral.function, TypeOfFunction.function, ReplicateRows.function],
        StringPartFunctions.all, NullHandlingFunctions.all, SessionFunctions.all, EpochFunctions.all, StringCodeFunctions.all, BinaryFunctions.all, StructFunctions.all, MapFunctions.all, [ZeroIfNull(), TryCastFunction.function, DirectPartitionID.function, ColumnMetadata.function],
        MapEntryFunctions.all, StructFieldEdits.all, [ArraysZipFunction()], VectorFunctions.all,
        ArrayElementFunctions.all, ArraySetFunctions.all, [SequenceFunction.function, SparkXxHash64.function, FormatNumberFunction.function, RandomString(),
         ReflectFunction(name: "reflect", tolerant: false), ReflectFunction(name: "java_method", tolerant: false),
         ReflectFunction(name: "try_reflect", tolerant: true)],
        StringEditFunctions.all, RegexpFunctions.all, URLFunctions.all, TextSimilarityFunctions.all, JSONFunctions.all, CSVFunctions.all, NumberFormatFunctions.all,
        BitmapFunctions.all, SketchFunctions.all, [SketchArgument.function],
        AggregateArguments.functions,
        DatePartFunction.all, TimestampArithmeticFunctions.all, TimeZoneShiftFunctions.all, TryParseFunctions.all,
        [WidthBucketFunction.function, TryModulo.function], MakeTimestampFunctions.all, TimeWindowFunctions.all,
        IntervalFunctions.all, IntervalArithmetic.all, TimestampNTZFunctions.all, [TimeBucketFunction.function],
        VariantFunctions.all, VariantGetFunction.all, XPathFunctions.all, [FromJSONFunction.function], CSVConversionFunctions.all, XMLFunctions.all,
        TryArithmeticFunctions.all, AESFunctions.all, ErrorFunctions.all, Base32Functions.all,
        [HmacFunction.function, UniformFunction(), UUIDFunction()],
        TimeFunctions.all,
    ].joined()))

    /// The checked arity error Spark raises for a wrong number of arguments.
    static func wrongArity(_ function: any ScalarFunction, given: Int) -> SparkError {
        let expected = function.arity.count == 1 ? "\(function.arity.lowerBound)"
            : "[\(function.arity.map(String.init).joined(separator: ", "))]"
        return SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                          message: "The `\(function.name)` requires \(expected) parameters but the actual number is \(given).",
                          sqlState: "42605")
    }
}
