import Testing
@testable import SparkbookEngine

@Suite struct GeneratorCallTests {
    @Test func findsAGeneratorUnderAnAlias() {
        let call = GeneratorCall(.alias(.function("explode_outer", [.column("xs")]), name: "x"))
        #expect(call?.kind == .explodeOuter)
        #expect(call?.input == .column("xs"))
        #expect(call?.name == "x")
        #expect(GeneratorCall(.function("explode", [.column("xs")]))?.name == "col")
    }

    @Test func otherExpressionsAreNotGenerators() {
        #expect(GeneratorCall(.function("upper", [.column("s")])) == nil)
        #expect(GeneratorCall(.function("upper", [.function("explode", [.column("xs")])])) == nil)
        #expect(Expression.function("upper", [.function("EXPLODE", [.column("xs")])]).containsGenerator)
        #expect(!Expression.function("upper", [.column("s")]).containsGenerator)
    }

    @Test func generatorOutsideASelectIsRefused() {
        let schema = StructType([StructField("xs", .array(element: .long, containsNull: false))])
        let error = #expect(throws: SparkError.self) {
            try ExpressionBinder(schema: schema).bind(.binary(.equal, .function("explode", [.column("xs")]), .literal(.long(1))))
        }
        #expect(error?.errorClass == "UNSUPPORTED_GENERATOR.OUTSIDE_SELECT")
    }
}
