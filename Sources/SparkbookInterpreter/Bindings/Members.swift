import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// Attribute lookup and method dispatch for every kind of object, in one place, so that unknown names get a
/// did-you-mean and completion can list what exists.
public enum Members {
    /// Attributes that are values rather than methods (`spark.read`, `df.columns`).
    public static func properties(of value: PyValue) -> [String] {
        switch value {
        case .session: sessionProperties
        case .dataFrame: ["columns", "dtypes", "schema", "na", "stat", "write", "storageLevel", "is_cached", "sparkSession",
                          "rdd", "plot", "isStreaming"]
        case .structType, .structField, .dataType: TypesBinding.properties(of: value)
        case .date: DateTimeModule.dateProperties
        case .datetime: DateTimeModule.datetimeProperties
        case .pyClass: ["__name__"]
        case .module(let m): ModuleMembers.names(of: m)
        case .namedTuple(let t): t.names
        case .function: ["__name__", "__qualname__", "__doc__"]
        case .exception: ["args"]
        case .regexPattern: RegexModule.patternProperties
        case .observation: ["get"]
        case .regexMatch: RegexModule.matchProperties
        case .temporaryDirectory: ["name"]
        default: []
        }
    }

    static let sessionProperties = ["read", "conf", "version", "catalog", "udf"]

    /// `df.stat.*`: the same statistics the DataFrame's own methods compute.
    static let statMethods = ["approxQuantile", "corr", "cov", "crosstab", "freqItems", "sampleBy"]

    /// The predefined `spark`'s members, known before its first use creates the session (completion offers
    /// `spark.` at once, as the pyspark shell does).
    public static var predefinedSession: (methods: [String], properties: [String]) {
        (SessionBinding.methods, sessionProperties)
    }

    /// Methods callable on a value.
    public static func methods(of value: PyValue) -> [String] {
        switch value {
        case .builder: BuilderBinding.methods
        case .session: SessionBinding.methods
        case .conf: ConfBinding.methods
        case .catalog: CatalogBinding.methods + CatalogBinding.notSupportedYet
        case .reader: ReaderBinding.methods
        case .dataFrame: DataFrameBinding.methods
        case .grouped: GroupedDataBinding.methods
        case .column: ColumnBinding.methods
        case .windowSpec, .module(.windowClass): WindowBinding.methods
        case .na: NABinding.methods
        case .stat: statMethods
        case .writer: WriterBinding.methods
        case .structType, .structField, .dataType: TypesBinding.methods(of: value)
        case .date: DateTimeModule.dateMethods
        case .datetime: DateTimeModule.datetimeMethods
        case .pyClass(let cls): DateTimeModule.classMethods(of: cls)
        case .row: ["asDict"]
        case .variantVal: ["toJson", "toPython"]
        case .string: ["upper", "lower", "strip", "split", "replace", "startswith", "endswith", "join", "format", "encode"]
        case .bytes: ["decode", "hex"]
        case .list: Interpreter.listMutators.sorted() + ["copy", "count", "index"]
        case .dict: ["get", "keys", "values", "items", "copy"] + Interpreter.dictMutators.sorted()
        case .dictSubclass(.counter, _):
            ["get", "keys", "values", "items", "copy", "most_common", "total", "elements"] + Interpreter.dictMutators.sorted()
        case .dictSubclass: ["get", "keys", "values", "items", "copy"] + Interpreter.dictMutators.sorted()
        case .exception: ScriptError.pysparkMethods
        case .regexPattern: RegexModule.patternMethods
        case .regexMatch: RegexModule.matchMethods
        case .temporaryDirectory: ["cleanup"]
        case .udfRegistration: ["register"]
        default: []
        }
    }

    /// Names completion offers as calls (`name(`): methods, and the functions of a functions module.
    public static func callables(of value: PyValue) -> [String] {
        if case .module(.functions) = value { return ModuleMembers.names(of: .functions) }
        return methods(of: value)
    }

    /// Names completion offers as plain attributes.
    public static func attributes(of value: PyValue) -> [String] {
        if case .module(.functions) = value { return [] }
        return properties(of: value)
    }

    /// Every name that completes after `value.`.
    public static func names(of value: PyValue) -> [String] {
        (properties(of: value) + methods(of: value)).sorted()
    }

    static func attribute(_ name: String, of value: PyValue, context: LaunchContext) throws -> PyValue {
        if let refusal = UnavailableAPI.refusal(type: value.typeName, name) { throw refusal }
        switch value {
        case .module(.sparkSessionClass) where name == "builder":
            return .builder(SparkSession.builder(context: context))
        case .module(let module):
            if let member = ModuleMembers.member(name, of: module, context: context) { return member }
        case .session(let session):
            switch name {
            case "read": return .reader(session.read)
            case "conf": return .conf(session.conf)
            case "catalog": return .catalog(session)
            case "version": return .string(session.version)
            case "udf": return .udfRegistration(session)
            default: break
            }
        case .structType, .structField, .dataType:
            if let property = TypesBinding.attribute(name, of: value) { return property }
        case .date, .datetime:
            if let property = DateTimeModule.attribute(name, of: value) { return property }
        case .pyClass(let cls) where name == "__name__":
            return .string(cls.name)
        case .builtin(let builtin) where name == "__name__":
            return .string(builtin)
        case .builtin(let builtin) where ["bytes", "bytearray"].contains(builtin) && name == "fromhex":
            return .builtin("\(builtin).fromhex")
        case .builtin(let builtin) where PyClass.builtinTypes.contains(builtin):
            throw ScriptError("NotImplementedError", "`\(builtin).\(name)` (a method taken from its class) is not supported in Sparkbook")
        case .dataFrame(let df):
            switch name {
            case "columns": return .list(try df.columns().map { .string($0) })
            case "dtypes": return .list(try df.dtypes().map { .tuple([.string($0.0), .string($0.1)]) })
            case "schema": return .structType(try df.schema())
            case "na": return .na(df)
            case "stat": return .stat(df)
            case "sparkSession": return .session(df.session)
            case "write": return .writer(df.write)
            case "storageLevel": return .storageLevel(df.storageLevel)
            case "is_cached": return .bool(df.isCached)
            // Sparkbook has no streaming sources: every DataFrame is a batch one.
            case "isStreaming": return .bool(false)
            default:
                // `df.amount` is the column, as in PySpark, when no method has the name.
                if !DataFrameBinding.methods.contains(name), let columns = try? df.columns(), columns.contains(name) {
                    return .column(try df.column(name))
                }
            }
        case .temporaryDirectory(let directory) where name == "name":
            return .string(directory.path)
        case .row(let row):
            if let v = row[name] { return PyValue.from(v) }
        case .namedTuple(let tuple):
            if let v = tuple[name] { return v }
        // `col.field` is `col["field"]` when no Column method has the name, as PySpark's `Column.__getattr__`.
        case .column where ColumnBinding.notSupportedYet.contains(name):
            throw ScriptError("NotImplementedError", "Column.\(name) is not supported yet in Sparkbook")
        case .column(let column) where !ColumnBinding.methods.contains(name) && !name.hasPrefix("__"):
            return .column(column.getField(name))
        case .function(let f):
            switch name {
            case "__name__", "__qualname__": return .string(f.name)
            case "__doc__": return f.docstring.map(PyValue.string) ?? .none
            default: break
            }
        case .exception(let e):
            if let v = e.member(name) { return v }
        case .regexPattern(let p):
            if let v = RegexModule.patternAttribute(name, p) { return v }
        case .regexMatch(let m):
            if let v = RegexModule.matchAttribute(name, m) { return v }
        default:
            break
        }
        if methods(of: value).contains(name) { return .boundMethod(receiver: value, name: name) }
        throw missingAttribute(name, of: value)
    }

    static func missingAttribute(_ name: String, of value: PyValue) -> ScriptError {
        let suggestion = names(of: value).bestMatch(for: name).map { "did you mean `\($0)`?" }
        switch value {
        case .dataFrame:
            return ScriptError("PySparkAttributeError",
                               "[ATTRIBUTE_NOT_SUPPORTED] Attribute `\(name)` is not supported.", suggestion: suggestion)
        case .module(let m) where m != .sparkSessionClass:
            return ScriptError("AttributeError", "module '\(m.rawValue)' has no attribute '\(name)'", suggestion: suggestion)
        case .module:
            return ScriptError("AttributeError", "type object 'SparkSession' has no attribute '\(name)'", suggestion: suggestion)
        default:
            return ScriptError("AttributeError", "'\(value.typeName)' object has no attribute '\(name)'", suggestion: suggestion)
        }
    }

    static func functionName(_ callee: PyValue) -> String {
        switch callee {
        case .builtin(let name): name
        case .boundMethod(_, let name): name
        case .function(let f): f.name
        case .pythonUDF(let u): u.name
        case .pyClass(let cls): cls.name
        default: callee.typeName
        }
    }

    static func call(_ name: String, on receiver: PyValue, _ args: CallArguments, span: SourceSpan,
                     interpreter: Interpreter) async throws -> PyValue {
        switch receiver {
        case .module(let module): return try await ModuleMembers.call(name, of: module, args, interpreter: interpreter)
        case .builder(let b): return try BuilderBinding.call(name, b, args, origin: interpreter.origin(of: span))
        case .session(let s): return try await SessionBinding.call(name, s, args)
        case .udfRegistration(let s): return try PythonUDFBinding.registration(name, s, args, interpreter: interpreter)
        case .conf(let c): return try ConfBinding.call(name, c, args)
        case .catalog(let s): return try await CatalogBinding.call(name, s, args)
        case .reader(let r): return try await ReaderBinding.call(name, r, args)
        case .dataFrame(let df): return try await DataFrameBinding.call(name, df, args, interpreter: interpreter)
        case .grouped(let g): return try await GroupedDataBinding.call(name, g, args)
        case .column where name == "transform":
            // `col.transform(f)` is `f(col)`.
            let v = try args.bind(["f"], required: 1)
            return try await interpreter.call(v[0]!, CallArguments(positional: [receiver], functionName: Members.functionName(v[0]!)),
                                              span: span)
        case .column(let c) where name == "isin" && args.positional.count == 1:
            // `col.isin(df)`: an IN subquery, run first (`DataFrame.membershipSubquery`).
            guard case .dataFrame(let df) = args.positional[0] else { return try ColumnBinding.call(name, c, args) }
            return .column(try await df.membershipSubquery(testing: c))
        case .column(let c): return try ColumnBinding.call(name, c, args)
        case .windowSpec(let w): return try WindowBinding.call(name, w, args)
        case .na(let df):
            switch name {
            case "fill": return .dataFrame(try NABinding.fill(df, args))
            case "replace": return .dataFrame(try NABinding.replace(df, args))
            default: return .dataFrame(try NABinding.drop(df, args))
            }
        case .stat(let df):
            guard statMethods.contains(name) else { throw missingAttribute(name, of: receiver) }
            return try await DataFrameBinding.call(name, df, args, interpreter: interpreter)
        case .writer(let w): return try await WriterBinding.call(name, w, args)
        case .date, .datetime: return try DateTimeModule.call(name, on: receiver, args)
        case .pyClass(let cls): return try DateTimeModule.callClassMethod(name, of: cls, args)
        case .structType, .structField, .dataType:
            if let result = try TypesBinding.call(name, on: receiver, args) { return result }
            throw missingAttribute(name, of: receiver)
        case .exception(let e):
            guard let result = e.call(name) else { throw missingAttribute(name, of: receiver) }
            return result
        case .regexPattern(let p): return try await RegexModule.callPattern(name, p, args, interpreter: interpreter)
        case .dictSubclass(let kind, let items):
            switch name {
            case "copy": return receiver
            case "most_common":
                let v = try args.bind(["n"])
                return try CollectionsModule.mostCommon(items, try v[0].flatMap { $0.isNone ? nil : try $0.int("n", in: name) })
            case "total":
                return try items.reduce(PyValue.int(0)) { try Operators.binary(.add, $0, $1.value, span: span) }
            case "elements":
                return .list(items.flatMap { item -> [PyValue] in
                    guard case .int(let n) = item.value, n > 0 else { return [] }
                    return Array(repeating: item.key, count: Int(n))
                })
            default:
                _ = kind
                return try PythonMethods.call(name, on: .dict(items), args)
            }
        case .regexMatch(let m): return try RegexModule.callMatch(name, m, args)
        case .temporaryDirectory(let directory) where name == "cleanup":
            try args.noArguments()
            directory.cleanup()
            return .none
        case .variantVal(let v): return try PyValue.callVariant(name, v)
        case .row(let r) where name == "asDict":
            return .dict(zip(r.names, r.values).map { .init(key: .string($0), value: PyValue.from($1)) })
        default: return try PythonMethods.call(name, on: receiver, args)
        }
    }
}
