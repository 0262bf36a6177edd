import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct UnixTimeFunctionsTests {
    func evaluate(_ e: Expression, zone: String, _ schema: StructType, _ row: [Value]) throws -> Value {
        let binder = ExpressionBinder(schema: schema, context: FunctionContext(sessionTimeZone: zone))
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType) }
        for (i, v) in row.enumerated() { builders[i].append(v) }
        let batch = RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: 1)
        return try binder.bind(e).evaluate(batch).value(at: 0)
    }

    func seconds(_ name: String, _ v: Value, _ args: [Value] = [], zone: String) throws -> Value {
        try evaluate(.function(name, [.column("x")] + args.map(Expression.literal)), zone: zone,
                     StructType([StructField("x", v.dataType)]), [v])
    }

    @Test func fromUnixtimeFormatsInTheSessionZone() throws {
        let la = "America/Los_Angeles"
        #expect(try seconds("from_unixtime", .long(0), zone: la) == .string("1969-12-31 16:00:00"))
        #expect(try seconds("from_unixtime", .long(1_700_000_000), [.string("yyyy/MM/dd")], zone: la) == .string("2023/11/14"))
        #expect(try seconds("from_unixtime", .long(1_700_000_000), zone: "UTC") == .string("2023-11-14 22:13:20"))
    }

    @Test func unixTimestampParsesTextDatesAndTimestamps() throws {
        let la = "America/Los_Angeles"
        #expect(try seconds("unix_timestamp", .string("2024-03-10 02:30:00"), zone: la) == .long(1_710_066_600))
        #expect(try seconds("unix_timestamp", .string("1969-12-31 23:59:59"), zone: la) == .long(28_799))
        #expect(try seconds("to_unix_timestamp", .string("2024-01-01"), [.string("yyyy-MM-dd")], zone: "UTC") == .long(1_704_067_200))
        #expect(try seconds("unix_timestamp", .timestamp(1_704_067_201_500_000), zone: "UTC") == .long(1_704_067_201))
        #expect(throws: SparkError.self) { try seconds("unix_timestamp", .string("bad"), zone: "UTC") }
    }

    @Test func namesSpellOutTheDefaultPattern() {
        let f = FunctionRegistry.builtIn.function(named: "unix_timestamp")!
        #expect(f.generatedName([]) == "unix_timestamp(current_timestamp(), yyyy-MM-dd HH:mm:ss)")
        #expect(f.generatedName(["s"]) == "unix_timestamp(s, yyyy-MM-dd HH:mm:ss)")
    }

    @Test func timestampSecondsKeepsFractionsAndRejectsOverflow() throws {
        #expect(try seconds("timestamp_seconds", .double(-7.25), zone: "UTC") == .timestamp(-7_250_000))
        #expect(try seconds("timestamp_seconds", .integer(1), zone: "UTC") == .timestamp(1_000_000))
        #expect(throws: SparkError.self) { try seconds("timestamp_seconds", .long(.max), zone: "UTC") }
    }
}
