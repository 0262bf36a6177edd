import Testing
import SparkbookEngine
@testable import SparkbookInterpreter

/// `pyspark.sql.types` classes: construction, repr and the refusal of types the engine cannot store.
struct SparkTypeClassTests {
    @Test(arguments: [
        ("IntegerType()", "IntegerType()"),
        ("DecimalType()", "DecimalType(10,0)"),
        ("DecimalType(12, scale=3)", "DecimalType(12,3)"),
        ("ArrayType(StringType())", "ArrayType(StringType(), True)"),
        ("ArrayType('int', containsNull=False)", "ArrayType(IntegerType(), False)"),
        ("StructField('id', LongType(), False)", "StructField('id', LongType(), False)"),
        ("StructType([StructField('a', DateType())])", "StructType([StructField('a', DateType(), True)])"),
        ("StructType()", "StructType([])"),
        ("IntegerType", "<class 'pyspark.sql.types.IntegerType'>"),
    ])
    func constructsAndPrints(_ source: String, _ expected: String) async throws {
        let out = try await ScriptHarness.stdout("from pyspark.sql.types import *\nprint(repr(\(source)))")
        #expect(out == expected + "\n")
    }

    @Test func typesModuleAliasReachesTheClasses() async throws {
        let out = try await ScriptHarness.stdout("import pyspark.sql.types as T\nprint(T.LongType() == T.LongType(), T.LongType() == T.IntegerType())")
        #expect(out == "True False\n")
    }

    @Test func unsupportedTypesImportButRefuseConstruction() async {
        let error = await ScriptHarness.failure("from pyspark.sql.types import CharType\nCharType()")
        #expect(error?.exceptionName == "NotImplementedError")
        #expect(error?.message.hasPrefix("CharType is not supported in Sparkbook") == true)
    }

    @Test func timestampNTZAndIntervalTypesConstruct() async throws {
        let out = try await ScriptHarness.stdout("from pyspark.sql.types import *\nprint(TimestampNTZType(), DayTimeIntervalType())")
        #expect(out == "TimestampNTZType() DayTimeIntervalType(0, 3)\n")
    }

    @Test func fieldNeedsATypeInstanceNotTheClass() async {
        let error = await ScriptHarness.failure("from pyspark.sql.types import *\nStructField('a', IntegerType)")
        #expect(error?.message.contains("IntegerType()") == true)
    }

    @Test func classOfEachDataType() {
        #expect(SparkTypeClass.of(.decimal(precision: 5, scale: 1)) == .decimalType)
        #expect(SparkTypeClass.of(.array(element: .string, containsNull: true)) == .arrayType)
        #expect(SparkTypeClass.of(.timestamp) == .timestampType)
    }
}
