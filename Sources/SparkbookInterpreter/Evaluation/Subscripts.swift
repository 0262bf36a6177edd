import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// Indexing: `xs[0]`, `xs[1:3]`, `d["k"]`, `row["n"]`, `df["col"]`.
enum Subscripts {
    static func get(_ base: PyValue, _ index: PyValue, span: SourceSpan) throws -> PyValue {
        if case .namedTuple(let s) = index, s.typeName == "slice" {
            // `xs[slice(1, 3)]` is `xs[1:3]`.
            func bound(_ value: PyValue?) throws -> Int? {
                switch value {
                case .int(let i)?: return Int(i)
                case .none?, nil: return nil
                case let other?: throw ScriptError.type("slice indices must be integers or None, got \(other.typeName)", span: span)
                }
            }
            if case .column = base {
                return try slice(base, start: s["start"] ?? .none, stop: s["stop"] ?? .none, step: s["step"] ?? .none, span: span)
            }
            if let step = s["step"], case .int(let n) = step, n != 1 {
                throw ScriptError("NotImplementedError", "slices with a step are not supported in Sparkbook", span: span)
            }
            return try slice(base, lower: try bound(s["start"]), upper: try bound(s["stop"]), span: span)
        }
        switch (base, index) {
        case (.list(let items), .int(let i)), (.tuple(let items), .int(let i)):
            return items[try position(Int(i), count: items.count, type: base.typeName, span: span)]
        case (.string(let s), .int(let i)):
            let chars = Array(s)
            return .string(String(chars[try position(Int(i), count: chars.count, type: "string", span: span)]))
        case (.dict(let items), _), (.dictSubclass(_, let items), _):
            guard let item = items.first(where: { Operators.equal($0.key, index) }) else {
                // A Counter counts a missing key as 0 (without adding it).
                if case .dictSubclass(.counter, _) = base { return .int(0) }
                throw ScriptError("KeyError", index.repr, span: span)
            }
            return item.value
        case (.namedTuple(let t), .int(let i)):
            return t.values[try position(Int(i), count: t.values.count, type: "tuple", span: span)]
        case (.row(let row), .int(let i)):
            return PyValue.from(row.values[try position(Int(i), count: row.values.count, type: "tuple", span: span)])
        case (.row(let row), .string(let name)):
            guard let value = row[name] else { throw ScriptError("PySparkValueError", "[KEY_NOT_FOUND] \(name)", span: span) }
            return PyValue.from(value)
        case (.dataFrame(let df), .string(let name)):
            // `df["x"]` resolves now, as PySpark does, so a typo fails at this line.
            return .column(try df.column(name))
        case (.dataFrame(let df), .int(let i)):
            // `df[1]`: the column at that position, 0-based, as PySpark indexes `df.columns`.
            let names = try df.columns()
            return .column(try df.column(names[try position(Int(i), count: names.count, type: "list", span: span)]))
        case (.dataFrame(let df), .column(let c)):
            // `df[df.age > 3]` filters, as PySpark's `__getitem__` does for a Column.
            return .dataFrame(try df.filter(c))
        case (.dataFrame(let df), .list(let items)), (.dataFrame(let df), .tuple(let items)):
            return .dataFrame(try df.select(try items.map { try $0.column("__getitem__") }))
        case (.column(let c), _):
            return .column(try ColumnBinding.item(c, index))
        case (.regexMatch(let m), _):
            // `m[1]` is `m.group(1)`.
            return try RegexModule.callMatch("group", m, CallArguments(positional: [index], functionName: "group"))
        case (.structType(let schema), .string(let name)):
            return try TypesBinding.field(schema, named: name)
        case (.structType(let schema), .int(let i)):
            return .structField(schema.fields[try position(Int(i), count: schema.count, type: "list", span: span)])
        default:
            throw ScriptError.type("'\(base.typeName)' object is not subscriptable with \(index.typeName)", span: span)
        }
    }

    /// Python's `slice` object, kept as a named tuple of its three parts (`slice(1, 3, None)`).
    static func sliceObject(start: PyValue, stop: PyValue, step: PyValue) -> PyValue {
        .namedTuple(NamedTuple("slice", ["start": start, "stop": stop, "step": step]))
    }

    /// `col[start:stop]`: PySpark's `substr(col, start, stop)` (a length, not an end); a step is an error.
    static func slice(_ base: PyValue, start: PyValue, stop: PyValue, step: PyValue, span: SourceSpan) throws -> PyValue {
        guard case .column(let c) = base else { throw ScriptError.type("'\(base.typeName)' object is not sliceable", span: span) }
        guard case .none = step else {
            throw ScriptError("PySparkValueError", "[SLICE_WITH_STEP] Slice with step is not supported.", span: span)
        }
        return .column(Functions.call("substr", [try start.literalColumn(), try stop.literalColumn()].reduce(into: [c]) { $0.append($1) }))
    }

    static func slice(_ base: PyValue, lower: Int?, upper: Int?, span: SourceSpan) throws -> PyValue {
        func bounds(_ count: Int) -> Range<Int> {
            func clamp(_ v: Int) -> Int { v < 0 ? max(0, count + v) : min(v, count) }
            let lo = clamp(lower ?? 0), hi = clamp(upper ?? count)
            return lo..<max(lo, hi)
        }
        switch base {
        case .list(let items): return .list(Array(items[bounds(items.count)]))
        case .tuple(let items): return .tuple(Array(items[bounds(items.count)]))
        case .string(let s): let c = Array(s); return .string(String(c[bounds(c.count)]))
        case .column:
            return try slice(base, start: lower.map { .int(Int64($0)) } ?? .none, stop: upper.map { .int(Int64($0)) } ?? .none,
                             step: .none, span: span)
        default: throw ScriptError.type("'\(base.typeName)' object is not sliceable", span: span)
        }
    }

    static func assign(_ value: PyValue, into base: PyValue, at index: PyValue, span: SourceSpan) throws -> PyValue {
        switch (base, index) {
        case (.list(var items), .int(let i)):
            items[try position(Int(i), count: items.count, type: "list", span: span)] = value
            return .list(items)
        case (.dict(var items), _), (.dictSubclass(_, var items), _):
            items.put(index, value)
            return base.withDictItems(items)
        default:
            throw ScriptError.type("'\(base.typeName)' object does not support item assignment", span: span)
        }
    }

    private static func position(_ i: Int, count: Int, type: String, span: SourceSpan) throws -> Int {
        let p = i < 0 ? count + i : i
        guard p >= 0 && p < count else { throw ScriptError("IndexError", "\(type) index out of range", span: span) }
        return p
    }
}
