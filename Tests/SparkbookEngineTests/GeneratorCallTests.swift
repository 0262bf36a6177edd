import Testing
@testable import SparkbookEngine

@Suite struct GeneratorCallTests {
    @Test func findsAGeneratorUnderAnAlias() {
        let call = GeneratorCall(.alias(.function("explode_outer", [.column("xs")]), name: "x"))
        #expect(call?.kind == .explode && call?.outer == true)
        #expect(call?.arguments == [.column("xs")])
        #expect(call?.aliases == ["x"])
        #expect(GeneratorCall(.function("explode", [.column("xs")]))?.aliases == nil)
    }

    @Test func findsEveryGeneratorAndItsNames() {
        let named = GeneratorCall(.function(GeneratorCall.multiAlias, [.function("POSEXPLODE", [.column("m")]),
                                                                       .literal(.string("p")), .literal(.string("k"))]))
        #expect(named?.kind == .posexplode && named?.outer == false && named?.aliases == ["p", "k"])
        #expect(GeneratorCall(.function("inline_outer", [.column("s")]))?.kind == .inline)
        #expect(GeneratorCall(.function("stack", [.literal(.integer(2)), .column("a"), .column("b")]))?.kind == .stack)
        #expect(GeneratorCall(.function("stack_outer", [.literal(.integer(1)), .column("a")])) == nil)
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
