import Testing
@testable import SparkbookEngine

/// Name resolution and Spark's typing rules for every operator class, and the analysis errors users read.
struct ExpressionBinderTests {
    let schema = StructType([
        StructField("i", .integer), StructField("l", .long), StructField("d", .double),
        StructField("s", .string), StructField("b", .boolean), StructField("ts", .timestamp),
        StructField("dt", .date),
    ])
    var binder: ExpressionBinder { ExpressionBinder(schema: schema) }

    @Test func columnsResolveCaseInsensitivelyToTheirOrdinal() throws {
        #expect(try binder.bind(.column("D")) == .column(index: 2, type: .double))
        #expect(try binder.bind(.column("ts")) == .column(index: 5, type: .timestamp))
    }

    @Test func aWindowFunctionWithoutOverIsSparksError() {
        for e: Expression in [.function("rank", []), .function("__row_number", []), .function("lead", [.column("i")])] {
            let error = #expect(throws: SparkError.self) { try binder.bind(e) }
            #expect(error?.errorClass == "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE")
        }
    }

    @Test func exactCaseWinsOverACaseInsensitiveMatch() throws {
        let twoSpellings = ExpressionBinder(schema: StructType([StructField("A", .integer), StructField("a", .string)]))
        #expect(try twoSpellings.bind(.column("a")) == .column(index: 1, type: .string))
        #expect(try twoSpellings.bind(.column("A")) == .column(index: 0, type: .integer))
    }

    @Test func literalsKeepTheirNaturalType() throws {
        #expect(try binder.bind(.literal(.integer(3))) == .literal(.integer(3), type: .integer))
        #expect(try binder.bind(.literal(.null)).dataType == .null)
        #expect(try binder.bind(.alias(.literal(.string("x")), name: "y")) == .literal(.string("x"), type: .string))
    }

    @Test func integerPlusLongWidensTheIntegerSide() throws {
        let bound = try binder.bind(.binary(.add, .column("i"), .column("l")))
        #expect(bound == .binary(.add, .cast(.column(index: 0, type: .integer), .long),
                                 .column(index: 1, type: .long), type: .long))
    }

    @Test func longTimesDoubleIsDouble() throws {
        #expect(try binder.bind(.binary(.multiply, .column("l"), .column("d"))).dataType == .double)
    }

    /// ANSI coercion: a string meeting an integral operand is cast to BIGINT, meeting a double to DOUBLE.
    @Test func stringsInArithmeticTakeTheOtherOperandsTypeFamily() throws {
        let bound = try binder.bind(.binary(.subtract, .column("s"), .literal(.integer(1))))
        #expect(bound == .binary(.subtract, .cast(.column(index: 3, type: .string), .long),
                                 .cast(.literal(.integer(1), type: .integer), .long), type: .long))
        #expect(try binder.bind(.binary(.multiply, .column("s"), .column("d"))).dataType == .double)
    }

    @Test func arithmeticOnTwoStringsIsSparksBinaryOperatorError() {
        #expect { try binder.bind(.binary(.add, .column("s"), .column("s"))) } throws: { error in
            (error as? SparkError)?.errorClass == "DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE"
        }
    }

    @Test func divisionIsAlwaysDouble() throws {
        let bound = try binder.bind(.binary(.divide, .column("i"), .literal(.integer(2))))
        #expect(bound == .binary(.divide, .cast(.column(index: 0, type: .integer), .double),
                                 .cast(.literal(.integer(2), type: .integer), .double), type: .double))
    }

    @Test func moduloOfTwoIntegersStaysInteger() throws {
        #expect(try binder.bind(.binary(.modulo, .column("i"), .literal(.integer(2)))).dataType == .integer)
    }

    @Test func comparisonsCoerceToACommonTypeAndReturnBoolean() throws {
        let numericVsString = try binder.bind(.binary(.equal, .column("i"), .literal(.string("1"))))
        #expect(numericVsString == .binary(.equal, .cast(.column(index: 0, type: .integer), .long),
                                           .cast(.literal(.string("1"), type: .string), .long), type: .boolean))
        let dateVsTimestamp = try binder.bind(.binary(.less, .column("dt"), .column("ts")))
        #expect(dateVsTimestamp == .binary(.less, .cast(.column(index: 6, type: .date), .timestamp),
                                           .column(index: 5, type: .timestamp), type: .boolean))
        let boolVsString = try binder.bind(.binary(.notEqual, .column("b"), .column("s")))
        #expect(boolVsString == .binary(.notEqual, .cast(.column(index: 4, type: .boolean), .string),
                                        .column(index: 3, type: .string), type: .boolean))
    }

    @Test func nullLiteralsWidenToTheOtherSide() throws {
        let bound = try binder.bind(.binary(.add, .column("l"), .literal(.null)))
        #expect(bound == .binary(.add, .column(index: 1, type: .long), .cast(.literal(.null, type: .null), .long),
                                 type: .long))
    }

    @Test func unaryOperatorsTypeTheirResult() throws {
        #expect(try binder.bind(.unary(.negate, .column("d"))) == .unary(.negate, .column(index: 2, type: .double), type: .double))
        #expect(try binder.bind(.unary(.isNull, .column("s"))).dataType == .boolean)
        #expect(try binder.bind(.unary(.not, .column("b"))) == .unary(.not, .column(index: 4, type: .boolean), type: .boolean))
        #expect(try binder.bind(.unary(.isNull, .column("s"))).nullable == false)
    }

    /// Spark casts a negated string to double (`-col("s")` of "5" is -5.0); other non-numeric types are mismatches.
    @Test func negatingAStringGivesADoubleAndABooleanIsATypeMismatch() throws {
        #expect(try binder.bind(.unary(.negate, .column("s"))).dataType == .double)
        #expect(throws: SparkError.self) { try binder.bind(.unary(.negate, .literal(.boolean(true)))) }
    }

    @Test func andOverAnIntegerIsATypeMismatchNamingTheExpression() {
        #expect(throws: SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                                   message: "Cannot resolve \"(b AND i)\" due to data type mismatch: the input requires BOOLEAN type, however it has type \"INT\".",
                                   sqlState: "42K09")) {
            try binder.bind(.binary(.and, .column("b"), .column("i")))
        }
    }

    @Test func arithmeticOnABooleanIsATypeMismatch() {
        #expect(throws: SparkError.self) { try binder.bind(.binary(.add, .column("b"), .literal(.integer(1)))) }
    }

    @Test func castKeepsTheTargetType() throws {
        #expect(try binder.bind(.cast(.column("s"), .integer)) == .cast(.column(index: 3, type: .string), .integer))
    }

    @Test func aggregatesAndStarAreRejectedOutsideAnAggregation() throws {
        let aggregate = #expect(throws: SparkError.self) { try binder.bind(.aggregate(.sum, .column("d"))) }
        #expect(aggregate?.errorClass == "UNSUPPORTED_EXPR_FOR_OPERATOR")
        let star = #expect(throws: SparkError.self) { try binder.bind(.star) }
        #expect(star?.description == "[INVALID_USAGE_OF_STAR_OR_REGEX] Invalid usage of '*' in expression. SQLSTATE: 42000")
    }

    @Test func anUnknownColumnListsTheClosestNamesFirst() {
        let seed = ExpressionBinder(schema: StructType(["event_id", "event_time", "country", "device", "amount"]
            .map { StructField($0, .string) }))
        let error = #expect(throws: SparkError.self) { try seed.bind(.binary(.add, .column("amout"), .literal(.integer(1)))) }
        #expect(error?.description == "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter with name `amout` cannot be resolved. Did you mean one of the following? [`amount`, `country`, `device`, `event_id`, `event_time`]. SQLSTATE: 42703")
        #expect(error?.kind == .analysis)
    }

    @Test func anUnknownColumnOverAnEmptySchemaHasNoSuggestion() {
        let empty = ExpressionBinder(schema: StructType([]))
        let error = #expect(throws: SparkError.self) { try empty.bind(.column("x")) }
        #expect(error?.description == "[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column, variable, or function parameter with name `x` cannot be resolved. SQLSTATE: 42703")
    }

    /// After a join both sides' `id` are in the input: a bare name is ambiguous, a DataFrame's column finds its side.
    @Test func duplicateNamesAreAmbiguousUnlessTheDataFrameIsKnown() throws {
        let joined = StructType([StructField("id", .long), StructField("v", .string),
                                 StructField("id", .integer), StructField("w", .string)])
        let lineage = ColumnLineage(planIds: [[7], [7], [9], [9]])
        let binder = ExpressionBinder(schema: joined, lineage: lineage)
        #expect(throws: SparkError.ambiguousReference("id", candidates: ["id", "id"])) {
            try binder.bind(.column("id"))
        }
        #expect(try binder.bind(.dataFrameColumn("id", planId: 7)) == .column(index: 0, type: .long))
        #expect(try binder.bind(.dataFrameColumn("id", planId: 9)) == .column(index: 2, type: .integer))
        #expect(try binder.bind(.dataFrameColumn("w", planId: 7)) == .column(index: 3, type: .string))
        // Without lineage (or from another DataFrame) the name alone decides, so it stays ambiguous.
        #expect(throws: SparkError.self) { try ExpressionBinder(schema: joined).bind(.dataFrameColumn("id", planId: 7)) }
        #expect(throws: SparkError.self) { try binder.bind(.dataFrameColumn("id", planId: 3)) }
    }
}
