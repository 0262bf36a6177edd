/// A scalar function defined by a per-row rule; evaluation still runs over whole columns, one output buffer
/// per call. Null-intolerant functions (most of Spark's) return null when any argument is null without
/// calling the rule. `nullability` is what the schema reports for the result (Spark's default: may be null).
public struct RowFunction: NullabilityAwareFunction {
    public let name: String
    public let arity: ClosedRange<Int>
    let nullIntolerant: Bool
    let nullability: ResultNullability
    let typer: @Sendable ([DataType], FunctionContext) throws -> FunctionSignature
    let rule: @Sendable ([Value], FunctionContext) throws -> Value
    let namer: (@Sendable ([String]) -> String)?
    /// For conditional functions (`CASE WHEN`, `coalesce`): the rule asking for its arguments by position as it
    /// needs them, so row-at-a-time evaluation computes only the branch a row takes.
    let lazyRule: LazyRule?

    /// A rule given the argument count and a way to evaluate one argument.
    public typealias LazyRule = @Sendable (Int, (Int) throws -> Value) throws -> Value
    /// The same rule over whole argument columns for the storages it knows (nil: the rule runs per row), so a
    /// hot function (`power`) loops over typed buffers with no `Value` per row.
    private(set) var kernel: (@Sendable ([ColumnVector], Int) -> ColumnVector?)?

    public init(_ name: String, arity: ClosedRange<Int>, nullIntolerant: Bool = true,
                nullability: ResultNullability = .always,
                namer: (@Sendable ([String]) -> String)? = nil,
                signature: @escaping @Sendable ([DataType], FunctionContext) throws -> FunctionSignature,
                rule: @escaping @Sendable ([Value], FunctionContext) throws -> Value) {
        self.name = name
        self.arity = arity
        self.nullIntolerant = nullIntolerant
        self.nullability = nullability
        self.typer = signature
        self.rule = rule
        self.namer = namer
        self.lazyRule = nil
    }

    /// A null-tolerant function defined once by its lazy rule; vector evaluation runs the same rule over
    /// arguments already computed.
    public init(_ name: String, arity: ClosedRange<Int>, nullability: ResultNullability,
                namer: (@Sendable ([String]) -> String)? = nil,
                signature: @escaping @Sendable ([DataType], FunctionContext) throws -> FunctionSignature,
                lazyRule: @escaping LazyRule) {
        self.name = name
        self.arity = arity
        self.nullIntolerant = false
        self.nullability = nullability
        self.typer = signature
        self.rule = { values, _ in try lazyRule(values.count) { values[$0] } }
        self.namer = namer
        self.lazyRule = lazyRule
    }

    public func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        try typer(argumentTypes, context)
    }

    /// This function with a vector form of its rule, which must give what the rule gives row by row.
    func vectorised(_ kernel: @escaping @Sendable ([ColumnVector], Int) -> ColumnVector?) -> RowFunction {
        var function = self
        function.kernel = kernel
        return function
    }

    public func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                         context: FunctionContext) throws -> ColumnVector {
        if let kernel, let column = kernel(arguments, rowCount) { return column }
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        var values = [Value](repeating: .null, count: arguments.count)
        rows: for row in 0..<rowCount {
            for (i, column) in arguments.enumerated() {
                if nullIntolerant && column.isNull(row) { builder.appendNull(); continue rows }
                values[i] = column.value(at: row)
            }
            builder.append(try rule(values, context))
        }
        return builder.finish()
    }

    public func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool {
        nullability.resultNullable(argumentsNullable)
    }

    public func generatedName(_ arguments: [String]) -> String {
        namer?(arguments) ?? "\(name)(\(arguments.joined(separator: ", ")))"
    }
}

/// Shorthands for signatures and Spark's type mismatch error.
enum Signatures {
    static func fixed(_ inputs: [DataType], _ result: DataType) -> @Sendable ([DataType], FunctionContext) throws -> FunctionSignature {
        { types, _ in FunctionSignature(inputs: Array(inputs.prefix(types.count)), result: result) }
    }

    /// A string argument, or a binary one kept as bytes (`length`, `octet_length` count bytes of a binary).
    static func stringOrBinary(_ result: DataType) -> @Sendable ([DataType], FunctionContext) throws -> FunctionSignature {
        { types, _ in FunctionSignature(inputs: [types.first == .binary ? .binary : .string], result: result) }
    }

    /// `date_add`/`date_sub`: a date and a whole number of days that fits an INT; a BIGINT or a fraction is
    /// Spark's type error, not a silent narrowing.
    static let dayShift: @Sendable ([DataType], FunctionContext) throws -> FunctionSignature = { types, _ in
        if types.count == 2, ![.integer, .short, .byte, .null, .string].contains(types[1]) {
            throw ArgumentTypeMismatch(argument: 1, .parameter(required: "(\"INT\" or \"SMALLINT\" or \"TINYINT\")"),
                                       actual: types[1])
        }
        return FunctionSignature(inputs: Array([DataType.date, .integer].prefix(types.count)), result: .date)
    }

    static func mismatch(_ function: String, _ argument: Int, _ required: String, _ actual: DataType) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                   message: "Cannot resolve \"\(function)\" due to data type mismatch: the input requires \(required) type, however it has type \"\(actual.simpleString.uppercased())\".",
                   sqlState: "42K09")
    }
}
