import Testing
@testable import SparkbookEngine

/// `ceil`/`floor` with a scale, types and values recorded from PySpark 4.3.0.
@Suite struct CeilFloorFunctionTests {
    /// The result as the text Spark prints.
    func call(_ name: String, _ x: Value, _ type: DataType, _ scale: Int32) throws -> String {
        ValueCast.cast(try FunctionTestSupport.call(name, x, [.integer(scale)], type: type), to: .string).string
    }

    func type(_ name: String, _ type: DataType, _ scale: Int32) throws -> DataType {
        try ExpressionBinder(schema: StructType([StructField("x", type)]))
            .bind(.function(name, [.column("x"), .literal(.integer(scale))])).dataType
    }

    @Test func roundsAsDecimals() throws {
        #expect(try call("ceil", .double(-0.1), .double, 1) == "-0.1")
        #expect(try call("floor", .double(2.1267), .double, 2) == "2.12")
        #expect(try call("ceil", .integer(15), .integer, -1) == "20")
        #expect(try call("floor", .double(1234.5678), .double, -2) == "1200")
        #expect(try call("ceil", .double(-2.55), .double, 1) == "-2.5")
    }

    @Test func typesFollowSpark() throws {
        #expect(try type("ceil", .double, 1) == .decimal(precision: 17, scale: 1))
        #expect(try type("floor", .double, 2) == .decimal(precision: 18, scale: 2))
        #expect(try type("ceil", .integer, 1) == .decimal(precision: 11, scale: 0))
        #expect(try type("floor", .double, -2) == .decimal(precision: 16, scale: 0))
        #expect(try type("ceil", .float, 1) == .decimal(precision: 9, scale: 1))
    }

    @Test func namesFollowSpark() throws {
        let ceil = try FunctionRegistry.builtIn.lookup("ceil"), ceiling = try FunctionRegistry.builtIn.lookup("ceiling")
        #expect(ceil.generatedName(["-0.1"]) == "CEIL(-0.1)")
        #expect(ceil.generatedName(["-0.1", "1"]) == "ceil(-0.1, 1)")
        #expect(ceiling.generatedName(["-0.1"]) == "ceiling(-0.1)")
        #expect(ceiling.generatedName(["-0.1", "1"]) == "ceiling(-0.1, 1)")
    }
}
