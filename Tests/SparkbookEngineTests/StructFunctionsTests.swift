import Testing
@testable import SparkbookEngine

/// Struct columns keep their fields as child columns: `struct(...)` wraps the argument columns, a field access
/// hands back a child, nulled where the struct is null.
@Suite struct StructFunctionsTests {
    private let person = DataType.structure(StructType([StructField("name", .string), StructField("age", .long)]))

    @Test func structColumnsHoldChildColumns() {
        var builder = ColumnBuilder(type: person)
        builder.append(.structure(names: ["name", "age"], values: [.string("Alice"), .long(30)]))
        builder.appendNull()
        let column = builder.finish()
        guard case .structure(let children, let count) = column.storage else { Issue.record("not a struct column"); return }
        #expect(children.count == 2 && count == 2)
        #expect(column.value(at: 0) == .structure(names: ["name", "age"], values: [.string("Alice"), .long(30)]))
        #expect(column.value(at: 1) == .null)
        #expect(column.gather([1, 0]).value(at: 1) == column.value(at: 0))
    }

    @Test func fieldAccessAndNames() throws {
        let schema = StructType([StructField("p", person)])
        let row: [Value] = [.structure(names: ["name", "age"], values: [.string("Bob"), .null])]
        let access = Expression.function(StructFunctions.fieldAccess, [.column("p"), .literal(.string("name"))])
        #expect(try FunctionTestSupport.evaluate(access, schema, row) == .string("Bob"))
        #expect(try FunctionTestSupport.evaluate(.column("p.NAME"), schema, row) == .string("Bob"))
        #expect(access.generatedName == "p.name")
        #expect(try FunctionTestSupport.evaluate(.column("p"), schema, [.null]) == .null)
        #expect(try FunctionTestSupport.evaluate(access, schema, [.null]) == .null)
    }

    @Test func constructorsNameTheirFields() throws {
        let schema = StructType([StructField("id", .long)])
        let made = Expression.function(StructFunctions.structCall, [.literal(.string("id")), .literal(.string("col2")),
                                                                    .column("id"), .literal(.integer(1))])
        let bound = try ExpressionBinder(schema: schema).bind(made)
        #expect(bound.dataType.simpleString == "struct<id:bigint,col2:int>")
        #expect(made.generatedName == "struct(id, 1)")
        #expect(try FunctionTestSupport.evaluate(made, schema, [.long(7)])
                == .structure(names: ["id", "col2"], values: [.long(7), .integer(1)]))
        let named = Expression.function("named_struct", [.literal(.string("k")), .column("id")])
        #expect(named.generatedName == "named_struct(k, id)")
    }

    @Test func castsOrderingAndDDL() throws {
        let alice = Value.structure(names: ["name", "age"], values: [.string("Alice"), .null])
        #expect(ValueCast.cast(alice, to: .string) == .string("{Alice, null}"))
        #expect(ValueOrdering.compare(alice, .structure(names: ["name", "age"], values: [.string("Bob"), .long(1)])) == -1)
        #expect(try DDLSchemaParser.parseType("struct<a:int,b:array<string>>")
                == .structure(StructType([StructField("a", .integer), StructField("b", .array(element: .string, containsNull: true))])))
        #expect(try DDLSchemaParser.parseSchema("s struct<b:int, c:string>")[0].dataType.simpleString == "struct<b:int,c:string>")
    }
}
