import Foundation
import SparkbookDataFrame

/// Python built-in functions a PySpark cell uses, plus Databricks' `display`.
enum Builtins {
    static let names: Set<String> = [
        "print", "display", "len", "range", "str", "int", "float", "bool", "list", "tuple", "dict", "sorted",
        "sum", "min", "max", "abs", "round", "enumerate", "zip", "repr", "type", "isinstance", "format", "any", "all", "divmod",
        "map", "filter", "callable", "dir", "bytes", "bytearray", "slice",
    ]

    static func call(_ name: String, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        switch name {
        case "print":
            let bound = args.keywords.filter { $0.name == "sep" || $0.name == "end" || $0.name == "flush" }
            guard bound.count == args.keywords.count else {
                throw ScriptError.type("'\(args.keywords.first { !["sep", "end", "flush"].contains($0.name) }!.name)' is an invalid keyword argument for print()")
            }
            let sep = bound.first { $0.name == "sep" }?.value.str ?? " "
            let end = bound.first { $0.name == "end" }?.value.str ?? "\n"
            interpreter.sink.write(args.positional.map(\.str).joined(separator: sep) + end, to: .stdout)
            return .none
        case "display":
            if !args.keywords.isEmpty { return try await displayDrawn(args, interpreter: interpreter) }
            for value in args.positional { try await display(value, interpreter: interpreter) }
            return .none
        case "len":
            let v = try single(args)
            switch v {
            case .string(let s): return .int(Int64(s.count))
            case .bytes(let b, _): return .int(Int64(b.count))
            case .list(let items), .tuple(let items): return .int(Int64(items.count))
            case .dict(let items), .dictSubclass(_, let items): return .int(Int64(items.count))
            case .namedTuple(let t): return .int(Int64(t.values.count))
            case .row(let r): return .int(Int64(r.values.count))
            case .structType(let s): return .int(Int64(s.count))
            default: throw ScriptError.type("object of type '\(v.typeName)' has no len()")
            }
        case "range":
            let ints = try args.positional.map { try $0.int("range", in: "range") }
            let (start, stop, step) = ints.count == 1 ? (0, ints[0], 1)
                : ints.count == 2 ? (ints[0], ints[1], 1) : (ints[0], ints[1], ints.count > 2 ? ints[2] : 1)
            guard step != 0 else { throw ScriptError.value("range() arg 3 must not be zero") }
            guard (stop - start) / step <= 10_000_000 else { throw ScriptError.value("range() too large for Sparkbook") }
            return .list(Swift.stride(from: start, to: stop, by: step).map { .int(Int64($0)) })
        case "str": return .string(args.positional.first?.str ?? "")
        case "bytes", "bytearray": return .bytes(try byteValues(args, in: name), mutable: name == "bytearray")
        case "bytes.fromhex", "bytearray.fromhex":
            let v = try args.bind(["string"], required: 1)
            return .bytes(try fromHex(try v[0]!.string("string", in: "fromhex")), mutable: name.hasPrefix("bytearray"))
        case "format":
            let v = try args.bind(["value", "format_spec"], required: 1)
            return .string(try Formatting.format(v[0]!, conversion: nil, spec: try v[1]?.string("format_spec", in: name), span: .point(0)))
        case "repr": return .string(try single(args).repr)
        case "int":
            // `int()` is 0 (a `defaultdict(int)`'s default).
            if args.positional.isEmpty && args.keywords.isEmpty { return .int(0) }
            let v = try single(args)
            switch v {
            case .int: return v
            case .bool(let b): return .int(b ? 1 : 0)
            case .decimal(let d):
                guard let i = Int64(exactly: d.truncated) else { throw ScriptError("OverflowError", "int too large for Sparkbook") }
                return .int(i)
            case .float(let d):
                guard d.isFinite else { throw ScriptError.value("cannot convert float \(PyValue.float(d).repr) to integer") }
                return .int(Int64(d.rounded(.towardZero)))
            case .string(let s):
                guard let i = Int64(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) else {
                    throw ScriptError.value("invalid literal for int() with base 10: \(v.repr)")
                }
                return .int(i)
            default: throw ScriptError.type("int() argument must be a string or a real number, not '\(v.typeName)'")
            }
        case "float":
            if args.positional.isEmpty && args.keywords.isEmpty { return .float(0) }
            let v = try single(args)
            if let d = v.number { return .float(d) }
            if case .string(let s) = v, let d = Double(s.trimmingCharacters(in: .whitespaces)) { return .float(d) }
            throw ScriptError.value("could not convert string to float: \(v.repr)")
        case "bool": return .bool(args.positional.first?.isTruthy ?? false)
        case "list": return .list(try args.positional.first.map { try interpreter.iterate($0, span: .point(0)) } ?? [])
        case "tuple": return .tuple(try args.positional.first.map { try interpreter.iterate($0, span: .point(0)) } ?? [])
        case "dict":
            var items: [PyValue.DictItem] = []
            if let source = args.positional.first {
                if case .dict(let existing) = source.asPlainDict { for item in existing { items.put(item.key, item.value) } }
                else {
                    for pair in try interpreter.iterate(source, span: .point(0)) {
                        let kv = try interpreter.iterate(pair, span: .point(0))
                        guard kv.count == 2 else {
                            throw ScriptError.value("dictionary update sequence element has length \(kv.count); 2 is required")
                        }
                        items.put(kv[0], kv[1])
                    }
                }
            }
            for keyword in args.keywords { items.put(.string(keyword.name), keyword.value) }
            return .dict(items)
        case "sorted": return try await sorted(args, interpreter: interpreter)
        case "sum":
            let v = try args.bind(["iterable", "start"], required: 1)
            var total: PyValue = v[1] ?? .int(0)
            for item in try interpreter.iterate(v[0]!, span: .point(0)) {
                total = try Operators.binary(.add, total, item, span: .point(0))
            }
            return total
        case "min", "max": return try await extreme(name, args, interpreter: interpreter)
        case "any", "all":
            let items = try interpreter.iterate(try single(args), span: .point(0))
            return .bool(name == "any" ? items.contains(where: \.isTruthy) : items.allSatisfy(\.isTruthy))
        case "divmod":
            let v = try args.bind(["a", "b"], required: 2)
            return .tuple([try Operators.binary(.floorDivide, v[0]!, v[1]!, span: .point(0)),
                           try Operators.binary(.modulo, v[0]!, v[1]!, span: .point(0))])
        case "abs":
            let v = try single(args)
            switch v {
            case .int(let i): return .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .decimal(let d): return .decimal(d.isSigned ? -d : d)
            default: throw ScriptError.type("bad operand type for abs(): '\(v.typeName)'")
            }
        case "round":
            if case .decimal(let d)? = args.positional.first {
                let digits = try args.positional.count > 1 ? args.positional[1].int("ndigits", in: "round") : nil
                let rounded = try d.quantized(places: digits ?? 0)
                guard digits == nil else { return .decimal(rounded) }
                guard let i = Int64(exactly: rounded.truncated) else { throw ScriptError("OverflowError", "int too large for Sparkbook") }
                return .int(i)
            }
            let digits = try args.positional.count > 1 ? args.positional[1].int("ndigits", in: "round") : nil
            if case .int(let i)? = args.positional.first {
                // An int stays an int; negative digits round half to even at that power of ten.
                guard let digits, digits < 0 else { return .int(i) }
                guard -digits < 19 else { return .int(0) }
                let unit = Int64(PyDecimal.power10(-digits))
                return .int(Int64(PyDecimal.divideRounding(Int128(i), byPowerOf10: -digits)) * unit)
            }
            guard let d = args.positional.first?.number else {
                throw ScriptError.type("type \(args.positional.first?.typeName ?? "NoneType") doesn't define __round__ method")
            }
            guard let digits else { return .int(Int64(d.rounded(.toNearestOrEven))) }
            // Python rounds the exact binary value (round(2.675, 2) == 2.67), as printf does.
            guard digits >= 0 else {
                let scale = pow(10, Double(-digits))
                return .float((d / scale).rounded(.toNearestOrEven) * scale)
            }
            return .float(Double(String(format: "%.\(digits)f", d)) ?? d)
        case "enumerate":
            let v = try args.bind(["iterable", "start"], required: 1)
            let items = try interpreter.iterate(v[0]!, span: .point(0))
            let start = try v[1]?.int("start", in: "enumerate") ?? 0
            return .list(items.enumerated().map { .tuple([.int(Int64($0.offset + start)), $0.element]) })
        case "zip":
            let lists = try args.positional.map { try interpreter.iterate($0, span: .point(0)) }
            let n = lists.map(\.count).min() ?? 0
            return .list((0..<n).map { i in .tuple(lists.map { $0[i] }) })
        case "map":
            // A list rather than Python's lazy iterator: what `list(map(...))` and loops see is the same.
            guard let function = args.positional.first, args.positional.count >= 2 else {
                throw ScriptError.type("map() must have at least two arguments.")
            }
            let lists = try args.positional.dropFirst().map { try interpreter.iterate($0, span: .point(0)) }
            var out: [PyValue] = []
            for i in 0..<(lists.map(\.count).min() ?? 0) {
                out.append(try await interpreter.call(function, CallArguments(positional: lists.map { $0[i] },
                                                                              functionName: Members.functionName(function)),
                                                      span: .point(0)))
            }
            return .list(out)
        case "filter":
            let v = try args.bind(["function", "iterable"], required: 2)
            var out: [PyValue] = []
            for item in try interpreter.iterate(v[1]!, span: .point(0)) {
                let keep = v[0]!.isNone ? item
                    : try await interpreter.call(v[0]!, CallArguments(positional: [item], functionName: Members.functionName(v[0]!)),
                                                 span: .point(0))
                if keep.isTruthy { out.append(item) }
            }
            return .list(out)
        case "callable":
            switch try single(args) {
            case .function, .builtin, .boundMethod, .pyClass, .sparkTypeClass: return .bool(true)
            default: return .bool(false)
            }
        case "dir":
            let v = try single(args)
            var names = Set(Members.names(of: v))
            // A DataFrame also lists its columns that are identifiers (`df.id`).
            if case .dataFrame(let df) = v, let columns = try? df.columns() {
                // PySpark lists the class's attributes, not `is_cached`, which each instance sets.
                names.remove("is_cached")
                names.formUnion(columns.filter { $0.first.map { $0.isLetter || $0 == "_" } == true && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
            }
            return .list(names.sorted().map(PyValue.string))
        case "slice":
            // `slice(stop)`, `slice(start, stop[, step])`: what `xs[start:stop:step]` indexes with.
            guard args.keywords.isEmpty else { throw ScriptError.type("slice() takes no keyword arguments") }
            switch args.positional.count {
            case 1: return Subscripts.sliceObject(start: .none, stop: args.positional[0], step: .none)
            case 2, 3:
                return Subscripts.sliceObject(start: args.positional[0], stop: args.positional[1],
                                              step: args.positional.count == 3 ? args.positional[2] : .none)
            default: throw ScriptError.type("slice expected at least 1 argument, got \(args.positional.count)")
            }
        case "type": return try type(args)
        case "isinstance": return try isinstance(args)
        default:
            throw ScriptError("NameError", "name '\(name)' is not defined")
        }
    }

    private static func single(_ args: CallArguments, allowing keywords: Set<String> = []) throws -> PyValue {
        guard args.positional.count == 1, args.keywords.allSatisfy({ keywords.contains($0.name) }) else {
            throw ScriptError.type("\(args.functionName)() takes exactly one argument (\(args.positional.count) given)")
        }
        return args.positional[0]
    }

    /// Databricks' `display`: a table for DataFrames (text and HTML), the repr for anything else.
    static func display(_ value: PyValue, interpreter: Interpreter) async throws {
        switch value {
        case .dataFrame(let df):
            let content = try await df.displayContent(maxRows: 1000)
            let formatter = DisplayTableFormatter()
            interpreter.sink.display(RichOutput(plain: formatter.text(content), html: formatter.html(content)))
        case .grouped:
            throw ScriptError.type("display() needs a DataFrame; call agg(...) or count() on the GroupedData first")
        default:
            interpreter.sink.display(RichOutput(plain: value.repr))
        }
    }
}

/// `bytes(...)` and `bytearray(...)`: from nothing, a count of zero bytes, a string with its encoding, other
/// bytes, or a list of ints in 0...255.
extension Builtins {
    /// `bytes.fromhex`: two hex digits per byte, whitespace allowed between bytes.
    static func fromHex(_ text: String) throws -> [UInt8] {
        var out: [UInt8] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i].properties.isWhitespace { i += 1; continue }
            guard let high = Character(scalars[i]).hexDigitValue else {
                throw ScriptError.value("non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < scalars.count, let low = Character(scalars[i + 1]).hexDigitValue else {
                throw ScriptError.value("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(UInt8(high << 4 | low))
            i += 2
        }
        return out
    }

    static func byteValues(_ args: CallArguments, in name: String) throws -> [UInt8] {
        let v = try args.bind(["source", "encoding", "errors"])
        switch v[0] {
        case nil: return []
        case .string(let s)?:
            guard v[1] != nil else { throw ScriptError.type("string argument without an encoding") }
            return Array(s.utf8)
        case .bytes(let b, _)?: return b
        case .int(let n)?:
            guard n >= 0 else { throw ScriptError.value("negative count") }
            return [UInt8](repeating: 0, count: Int(n))
        case .list(let items)?, .tuple(let items)?:
            return try items.map { item in
                guard case .int(let n) = item else {
                    throw ScriptError.type("'\(item.typeName)' object cannot be interpreted as an integer")
                }
                guard (0...255).contains(n) else { throw ScriptError.value("bytes must be in range(0, 256)") }
                return UInt8(n)
            }
        case let other?: throw ScriptError.type("cannot convert '\(other.typeName)' object to \(name)")
        }
    }
}
