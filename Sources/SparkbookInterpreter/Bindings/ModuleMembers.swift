import SparkbookDataFrame
import SparkbookEngine

/// What the importable modules hold: `pyspark.sql` (SparkSession, functions), `pyspark.sql.functions` (F).
enum ModuleMembers {
    static func names(of module: ModuleName) -> [String] {
        switch module {
        case .pyspark: ["sql", "StorageLevel", "errors"]
        case .storageLevelModule: ["StorageLevel"]
        case .storageLevelClass: StorageLevel.named.map(\.0)
        case .pysparkSql: ["SparkSession", "functions", "types", "Window", "window", "Row", "Observation"]
        case .window: ["Window"]
        case .windowClass: WindowBinding.methods + WindowBinding.constants.keys.sorted()
        case .functions: FunctionsBinding.functions
        case .types: SparkTypeClass.allCases.map(\.rawValue) + ["Row"]
        case .sparkSessionClass: ["builder", "getActiveSession"]
        case .time: ["sleep", "time", "perf_counter"]
        case .sys: ["argv", "version"]
        case .math: MathModule.names
        case .os: OSModule.osNames
        case .osPath: OSModule.pathNames
        case .json: JSONModule.names
        case .tempfile: TempfileModule.names
        case .pysparkErrors, .pysparkSqlUtils: ExceptionClasses.pysparkNames
        case .py4jProtocol: ExceptionClasses.py4jNames
        case .pysparkSqlDataframe: ["StorageLevel"]
        case .re: RegexModule.names
        case .collections: CollectionsModule.names
        case .decimal: ["Decimal"]
        case .datetime: ["date", "datetime", "time"]
        }
    }

    static func member(_ name: String, of module: ModuleName) -> PyValue? {
        switch (module, name) {
        case (.pyspark, "sql"): return .module(.pysparkSql)
        case (.pyspark, "errors"): return .module(.pysparkErrors)
        case (.pysparkErrors, _), (.pysparkSqlUtils, _):
            return ExceptionClasses.pysparkNames.contains(name) ? .pyClass(ExceptionClasses.pyClass(name)) : nil
        case (.py4jProtocol, _):
            return ExceptionClasses.py4jNames.contains(name) ? .pyClass(ExceptionClasses.pyClass(name)) : nil
        case (.sys, "version"): return .string("3.12.0 (Sparkbook)")
        case (.math, _) where MathModule.constants[name] != nil: return .float(MathModule.constants[name]!)
        case (.os, "path"): return .module(.osPath)
        case (.os, "sep"), (.osPath, "sep"): return .string("/")
        case (.math, _) where MathModule.functions.contains(name),
             (.os, _) where OSModule.osNames.contains(name), (.osPath, _) where OSModule.pathNames.contains(name),
             (.json, _) where JSONModule.names.contains(name),
             (.tempfile, _) where TempfileModule.names.contains(name):
            return .boundMethod(receiver: .module(module), name: name)
        case (.pyspark, "StorageLevel"), (.storageLevelModule, "StorageLevel"), (.pysparkSqlDataframe, "StorageLevel"):
            return .module(.storageLevelClass)
        case (.storageLevelClass, _):
            return StorageLevel.named.first { $0.0 == name }.map { .storageLevel($0.1) }
        case (.pysparkSql, "SparkSession"): return .module(.sparkSessionClass)
        case (.pysparkSql, "Observation"): return .pyClass(Observation.pyClass)
        case (.pysparkSql, "functions"): return .module(.functions)
        case (.pysparkSql, "types"): return .module(.types)
        case (.pysparkSql, "Window"), (.window, "Window"): return .module(.windowClass)
        case (.pysparkSql, "window"): return .module(.window)
        case (.windowClass, _) where WindowBinding.constants[name] != nil:
            return .int(WindowBinding.constants[name]!)
        case (.pysparkSql, "Row"), (.types, "Row"): return .pyClass(PyClass.row)
        case (.windowClass, _) where WindowBinding.methods.contains(name):
            return .boundMethod(receiver: .module(module), name: name)
        case (.sparkSessionClass, "getActiveSession"), (.time, "sleep"), (.time, "time"), (.time, "perf_counter"):
            return .boundMethod(receiver: .module(module), name: name)
        case (.re, _) where RegexModule.flags[name] != nil: return .int(Int64(RegexModule.flags[name]!))
        case (.re, _) where RegexModule.functions.contains(name), (.collections, _) where CollectionsModule.names.contains(name):
            return .boundMethod(receiver: .module(module), name: name)
        case (.decimal, "Decimal"): return .pyClass(DecimalModule.decimal)
        case (.datetime, "date"): return .pyClass(DateTimeModule.date)
        case (.datetime, "datetime"): return .pyClass(DateTimeModule.datetime)
        case (.datetime, "time"): return .pyClass(DateTimeModule.time)
        case (.types, _): return SparkTypeClass(rawValue: name).map(PyValue.sparkTypeClass)
        case (.functions, _) where FunctionsBinding.functions.contains(name):
            return .boundMethod(receiver: .module(module), name: name)
        default: return nil
        }
    }

    /// A member that depends on the run: `sys.argv` is the launch's arguments; the rest are fixed.
    static func member(_ name: String, of module: ModuleName, context: LaunchContext) -> PyValue? {
        if module == .sys, name == "argv" { return .list(context.scriptArguments.map(PyValue.string)) }
        return member(name, of: module)
    }

    static func all(of module: ModuleName, context: LaunchContext) -> [(String, PyValue)] {
        names(of: module).compactMap { name in member(name, of: module, context: context).map { (name, $0) } }
    }

    static func call(_ name: String, of module: ModuleName, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        switch module {
        case .time: return try await TimeModule.call(name, args, timeScale: interpreter.context.timeScale)
        case .functions where HigherOrderBinding.names.contains(name):
            return try await HigherOrderBinding.call(name, args, interpreter: interpreter)
        case .functions where PythonUDFBinding.names.contains(name): return try PythonUDFBinding.call(name, args, interpreter: interpreter)
        case .functions: return try FunctionsBinding.call(name, args)
        case .tempfile: return try TempfileModule.call(name, args)
        case .math: return try MathModule.call(name, args)
        case .os, .osPath: return try OSModule.call(name, of: module, args, context: interpreter.context)
        case .json: return try JSONModule.call(name, args)
        case .re: return try await RegexModule.call(name, args, interpreter: interpreter)
        case .collections: return try await CollectionsModule.call(name, args, interpreter: interpreter)
        case .windowClass: return try WindowBinding.call(name, WindowSpecification(), args)
        case .sparkSessionClass where name == "getActiveSession":
            return interpreter.context.active.map(PyValue.session) ?? .none
        default: throw ScriptError.type("'\(module.rawValue).\(name)' is not callable")
        }
    }
}
