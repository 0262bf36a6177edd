import Testing
import SparkbookEngine
@testable import SparkbookInterpreter

/// Schemas, fields and data types as PySpark exposes them: attributes, methods and lookups by name.
struct TypesBindingTests {
    static let schemaCell = """
        from pyspark.sql.types import *
        s = StructType([StructField('id', LongType(), True), StructField('amt', DecimalType(10, 2)), StructField('tags', ArrayType(StringType()))])
        """

    @Test(arguments: [
        ("s.simpleString()", "'struct<id:bigint,amt:decimal(10,2),tags:array<string>>'"),
        ("s.fieldNames()", "['id', 'amt', 'tags']"),
        ("(s['amt'].dataType.precision, s['amt'].dataType.scale)", "(10, 2)"),
        ("s['tags'].dataType.elementType", "StringType()"),
        ("[f.dataType.typeName() for f in s]", "['long', 'decimal', 'array']"),
        ("s.add('b', 'boolean', False)[-1]", "StructField('b', BooleanType(), False)"),
        ("(len(s), s.typeName())", "(3, 'struct')"),
    ])
    func schemaMembers(_ expression: String, _ expected: String) async throws {
        let out = try await ScriptHarness.stdout(Self.schemaCell + "\nprint(repr(\(expression)))")
        #expect(out == expected + "\n")
    }

    @Test func missingFieldIsPySparksKeyError() async {
        let error = await ScriptHarness.failure(Self.schemaCell + "\ns['ID']")
        #expect(error?.message == "[KEY_NOT_EXISTS] Key `ID` does not exist.")
    }

    @Test func addWithoutTypeIsRefused() async {
        let error = await ScriptHarness.failure(Self.schemaCell + "\ns.add('x')")
        #expect(error?.message.contains("ARGUMENT_REQUIRED") == true)
    }

    @Test func typeNameDropsTheClassSuffix() {
        #expect(TypesBinding.typeName(.integer) == "integer")
        #expect(TypesBinding.typeName(.timestamp) == "timestamp")
    }
}
