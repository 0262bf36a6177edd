import Foundation

/// Python's `math`: the constants and functions notebooks use, with CPython's `math domain error`.
enum MathModule {
    static let constants: [String: Double] = ["pi": Double.pi, "e": M_E, "tau": 2 * Double.pi, "inf": .infinity, "nan": .nan]
    static let functions = ["sqrt", "floor", "ceil", "trunc", "log", "log10", "log2", "exp", "pow", "fabs", "isnan",
                            "isinf", "isfinite", "sin", "cos", "tan", "atan", "atan2", "hypot", "factorial", "gcd"]
    static var names: [String] { constants.keys.sorted() + functions }

    static func call(_ name: String, _ args: CallArguments) throws -> PyValue {
        let x = try number(args.positional.first, name)
        func domain(_ ok: Bool) throws { if !ok { throw ScriptError.value("math domain error") } }
        switch name {
        case "floor", "ceil", "trunc":
            guard x.isFinite else {
                throw ScriptError(x.isNaN ? "ValueError" : "OverflowError", "cannot convert float \(PyValue.float(x).repr) to integer")
            }
            if case .int(let i)? = args.positional.first { return .int(i) }
            let r = name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero)
            return .int(Int64(r))
        case "sqrt": try domain(x >= 0 || x.isNaN); return .float(x.squareRoot())
        case "log":
            try domain(x > 0 || x.isNaN)
            guard args.positional.count > 1 else { return .float(Foundation.log(x)) }
            return .float(Foundation.log(x) / Foundation.log(try number(args.positional[1], name)))
        case "log10": try domain(x > 0 || x.isNaN); return .float(Foundation.log10(x))
        case "log2": try domain(x > 0 || x.isNaN); return .float(Foundation.log2(x))
        case "exp": return .float(Foundation.exp(x))
        case "pow": return .float(Foundation.pow(x, try number(args.positional.dropFirst().first, name)))
        case "fabs": return .float(Swift.abs(x))
        case "isnan": return .bool(x.isNaN)
        case "isinf": return .bool(x.isInfinite)
        case "isfinite": return .bool(x.isFinite)
        case "sin": return .float(Foundation.sin(x))
        case "cos": return .float(Foundation.cos(x))
        case "tan": return .float(Foundation.tan(x))
        case "atan": return .float(Foundation.atan(x))
        case "atan2": return .float(Foundation.atan2(x, try number(args.positional.dropFirst().first, name)))
        case "hypot": return .float(Foundation.hypot(x, try number(args.positional.dropFirst().first, name)))
        case "factorial":
            guard case .int(let n)? = args.positional.first, n >= 0 else {
                throw ScriptError.value("factorial() only accepts integral values")
            }
            var result: Int64 = 1
            for i in Swift.stride(from: 2, through: n, by: 1) {
                let (p, overflow) = result.multipliedReportingOverflow(by: i)
                guard !overflow else { throw ScriptError("OverflowError", "int too large for Sparkbook") }
                result = p
            }
            return .int(result)
        case "gcd":
            var g: Int64 = 0
            for v in args.positional {
                guard case .int(var b) = v else { throw ScriptError.type("'\(v.typeName)' object cannot be interpreted as an integer") }
                b = Swift.abs(b)
                var a = g
                while b != 0 { (a, b) = (b, a % b) }
                g = a
            }
            return .int(g)
        default:
            throw Members.missingAttribute(name, of: .module(.math))
        }
    }

    private static func number(_ value: PyValue?, _ function: String) throws -> Double {
        guard let value else { throw ScriptError.type("math.\(function)() takes at least one argument") }
        guard let d = value.number else { throw ScriptError.type("must be real number, not \(value.typeName)") }
        return d
    }
}
