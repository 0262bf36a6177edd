import Foundation
import SparkbookUtilities

/// `reflect(class, method, args...)` / `java_method` / `try_reflect`: Spark calls a static Java method and
/// returns its result's `toString`. Without a JVM, Sparkbook knows the methods notebooks and Spark's own examples
/// call: `java.util.UUID.fromString`/`randomUUID`, `java.lang.Math`'s arithmetic (Java's `StrictMath` digits),
/// `java.lang.String.valueOf`, `scala.Predef.require`. Any other class or method is Spark's analysis error for a
/// method it cannot find; an exception inside the call is an error, or null in `try_reflect`.
struct ReflectFunction: ScalarFunction {
    let name: String
    let tolerant: Bool
    var arity: ClosedRange<Int> { 2...255 }

    typealias Method = @Sendable ([Value]) throws -> Value

    /// A Java exception thrown by the called method.
    struct JavaException: Error {
        let text: String
    }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        for (i, type) in argumentTypes.enumerated() where i < 2 && type != .string {
            throw ArgumentTypeMismatch(argument: i, .parameter(required: "\"STRING\""), actual: type)
        }
        return FunctionSignature(inputs: argumentTypes, result: .string)
    }

    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        let plain = try signature(arguments.map(\.dataType), context: context)
        _ = try method(arguments)
        return plain
    }

    /// The method a call names, found from its constant class and method names and its argument types.
    func method(_ arguments: [BoundExpression]) throws -> Method {
        guard case .literal(.string(let className), _) = arguments[0],
              case .literal(.string(let methodName), _) = arguments[1] else {
            throw mismatch("NON_FOLDABLE_INPUT", "the input `class` and `method` should be foldable \"STRING\" expressions.")
        }
        let types = arguments.dropFirst(2).map(\.dataType)
        guard let methods = Self.classes[className] else {
            throw mismatch("UNEXPECTED_CLASS_TYPE", "class \(className) not found.")
        }
        guard let method = methods[methodName]?(types) else {
            throw mismatch("UNEXPECTED_STATIC_METHOD", "cannot find a static method \"\(methodName)\" that matches the argument types in \"\(className)\".")
        }
        return method
    }

    func mismatch(_ kind: String, _ detail: String) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.\(kind)",
                   message: "Cannot resolve \"\(name)\" due to data type mismatch: \(detail)", sqlState: "42K09")
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: .string, capacity: rowCount)
        for row in 0..<rowCount {
            let values = arguments.map { $0.value(at: row) }
            guard case .string(let className) = values[0], case .string(let methodName) = values[1],
                  let method = Self.classes[className]?[methodName]?(signature.inputs.dropFirst(2).map { $0 }) else {
                builder.appendNull(); continue
            }
            do {
                builder.append(try method(Array(values.dropFirst(2))))
            } catch let e as JavaException {
                if tolerant { builder.appendNull(); continue }
                throw SparkError(.execution, message: e.text)
            }
        }
        return builder.finish()
    }

    /// Each known class's static methods: given the argument types, the overload that takes them.
    static let classes: [String: [String: @Sendable ([DataType]) -> Method?]] = [
        "java.util.UUID": [
            "fromString": { $0 == [.string] ? { @Sendable v in v[0].isNull ? .null : .string(try uuid(v[0].string)) } : nil },
            "randomUUID": { $0.isEmpty ? { @Sendable _ in .string(UUID().uuidString.lowercased()) } : nil },
        ],
        "java.lang.Math": [
            "abs": unary({ $0.magnitude }, integral: { $0 == .min ? $0 : abs($0) }),
            "sqrt": unary { $0.squareRoot() },
            "cbrt": unary(StrictMath.cbrt),
            "exp": unary(StrictMath.exp),
            "log": unary(StrictMath.log),
            "log10": unary(StrictMath.log10),
            "floor": unary { $0.rounded(.down) },
            "ceil": unary { $0.rounded(.up) },
            "signum": unary { $0 == 0 || $0.isNaN ? $0 : ($0 > 0 ? 1 : -1) },
            "pow": binary(StrictMath.pow),
            "max": binary({ a, b in a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }, integral: { Swift.max($0, $1) }),
            "min": binary({ a, b in a.isNaN || b.isNaN ? .nan : Swift.min(a, b) }, integral: { Swift.min($0, $1) }),
        ],
        "java.lang.String": [
            "valueOf": { $0.count == 1 ? { @Sendable v in .string(v[0].isNull ? "null" : JavaFormatter.javaString(v[0])) } : nil },
        ],
        "scala.Predef": [
            "require": { $0 == [.boolean] ? { @Sendable v in
                guard v[0] == .boolean(true) else { throw JavaException(text: "java.lang.IllegalArgumentException: requirement failed") }
                return .string("()")
            } : nil },
        ],
    ]

    /// A `Math` method on one number; `integral` is the `int`/`long` overload Java picks for an integer.
    static func unary(_ f: @escaping @Sendable (Double) -> Double,
                      integral: (@Sendable (Int64) -> Int64)? = nil) -> @Sendable ([DataType]) -> Method? {
        { types in
            guard types.count == 1, types[0].isNumeric else { return nil }
            return { @Sendable v in
                if v[0].isNull { return .null }
                if let integral, let n = v[0].int64Value { return .string(String(integral(n))) }
                return .string(JavaNumberText.double(f(v[0].doubleValue ?? 0)))
            }
        }
    }

    /// A `Math` method on two numbers; `integral` is the `long` overload Java picks for two integers.
    static func binary(_ f: @escaping @Sendable (Double, Double) -> Double,
                       integral: (@Sendable (Int64, Int64) -> Int64)? = nil) -> @Sendable ([DataType]) -> Method? {
        { types in
            guard types.count == 2, types.allSatisfy(\.isNumeric) else { return nil }
            return { @Sendable v in
                if v.contains(where: \.isNull) { return .null }
                if let integral, let a = v[0].int64Value, let b = v[1].int64Value { return .string(String(integral(a, b))) }
                return .string(JavaNumberText.double(f(v[0].doubleValue ?? 0, v[1].doubleValue ?? 0)))
            }
        }
    }

    /// `UUID.fromString`: five hex fields separated by dashes, each at most its width, printed zero-padded.
    static func uuid(_ text: String) throws -> String {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [8, 4, 4, 4, 12]
        guard fields.count == 5, text.count <= 36,
              zip(fields, widths).allSatisfy({ !$0.isEmpty && $0.count <= $1 && $0.allSatisfy(\.isHexDigit) }) else {
            throw JavaException(text: "java.lang.IllegalArgumentException: Invalid UUID string: \(text)")
        }
        return zip(fields, widths).map { field, width in
            String(repeating: "0", count: width - field.count) + field.lowercased()
        }.joined(separator: "-")
    }
}
