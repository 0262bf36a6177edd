import Testing
import SparkbookEngine
@testable import SparkbookInterpreter

/// PySpark's verifySchema: accepted Python types per data type, nullability and row length.
struct SchemaVerificationTests {
    let verification = SchemaVerification(schema: StructType([
        StructField("id", .integer, nullable: false), StructField("label", .string), StructField("x", .double),
    ]))

    @Test func acceptsMatchingValuesAndStringifiesForStringFields() throws {
        #expect(try verification.row([.int(1), .int(2), .float(0.5)]) == [.integer(1), .string("2"), .double(0.5)])
        #expect(try verification.row([.int(1), .bool(true), .none]) == [.integer(1), .string("true"), .null])
    }

    @Test func refusesAnIntForADoubleField() {
        #expect(throws: ScriptError.self) { try verification.row([.int(1), .none, .int(3)]) }
        do { _ = try verification.row([.int(1), .none, .int(3)]) } catch let error as ScriptError {
            #expect(error.message == "[FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] field x: DoubleType() can not accept object 3 in type <class 'int'>.")
        } catch { Issue.record(error) }
    }

    @Test func refusesBoolForIntAndOutOfRangeInts() {
        #expect(throws: ScriptError.self) { try verification.row([.bool(true), .none, .none]) }
        #expect(throws: ScriptError.self) { try verification.row([.int(3_000_000_000), .none, .none]) }
    }

    @Test func refusesNoneInANonNullableField() {
        do { _ = try verification.row([.none, .none, .none]); Issue.record("accepted None") } catch let error as ScriptError {
            #expect(error.message == "[FIELD_NOT_NULLABLE_WITH_NAME] field id: This field is not nullable, but got None.")
        } catch { Issue.record(error) }
    }

    @Test func rowLengthMustMatch() {
        #expect(throws: ScriptError.self) { try verification.row([.int(1)]) }
    }

    @Test func dictRowsArePickedByFieldName() throws {
        let row = try verification.row([.init(key: .string("x"), value: .float(1)), .init(key: .string("id"), value: .int(4))])
        #expect(row == [.integer(4), .null, .double(1)])
    }

    @Test func arrayElementsAreVerified() {
        do {
            _ = try SchemaVerification.value(.list([.int(1), .string("a")]), as: .array(element: .integer, containsNull: true),
                                             nullable: true, field: "field a")
            Issue.record("accepted a string element")
        } catch let error as ScriptError {
            #expect(error.message == "[FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] element in array field a: IntegerType() can not accept object 'a' in type <class 'str'>.")
        } catch { Issue.record(error) }
    }
}
