import Testing
@testable import SparkbookEngine

/// `withField` and `dropFields` on typed struct columns, nested paths included.
@Suite struct StructFieldEditsTests {
    private let inner = StructType([StructField("f", .long), StructField("g", .long)])
    private var schema: StructType {
        StructType([StructField("a", .structure(StructType([StructField("b", .long), StructField("c", .long),
                                                              StructField("e", .structure(inner))])))])
    }
    private var row: [Value] {
        [.structure(names: ["b", "c", "e"], values: [.long(1), .long(2), .structure(names: ["f", "g"], values: [.long(4), .long(5)])])]
    }

    @Test func withFieldReplacesOrAddsAField() throws {
        let replaced = try FunctionTestSupport.evaluate(.function(StructFieldEdits.withField, [.column("a"), .literal(.string("b")), .literal(.integer(3))]), schema, row)
        #expect(replaced == .structure(names: ["b", "c", "e"], values: [.integer(3), .long(2), .structure(names: ["f", "g"], values: [.long(4), .long(5)])]))
        let bound = try ExpressionBinder(schema: schema).bind(.function(StructFieldEdits.withField, [.column("a"), .literal(.string("e.z")), .literal(.string("x"))]))
        #expect(bound.dataType.structFields?[2].dataType.structFields?.names == ["f", "g", "z"])
    }

    @Test func dropFieldsRemovesNestedFieldsAndRefusesAnEmptyStruct() throws {
        let dropped = try FunctionTestSupport.evaluate(.function(StructFieldEdits.dropFields, [.column("a"), .literal(.string("b")), .literal(.string("e.g"))]), schema, row)
        #expect(dropped == .structure(names: ["c", "e"], values: [.long(2), .structure(names: ["f"], values: [.long(4)])]))
        let error = #expect(throws: SparkError.self) {
            try ExpressionBinder(schema: schema).bind(.function(StructFieldEdits.dropFields, [.column("a"), .literal(.string("b")),
                                                                                             .literal(.string("c")), .literal(.string("e"))]))
        }
        #expect(error?.errorClass == "DATATYPE_MISMATCH.CANNOT_DROP_ALL_FIELDS")
    }
}
