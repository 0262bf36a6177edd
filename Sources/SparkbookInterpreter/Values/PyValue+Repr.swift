import Foundation
import SparkbookDataFrame
import SparkbookEngine

/// `repr()` and `str()`: how Jupyter shows a cell's result and how `print` writes values.
extension PyValue {
    public var repr: String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PythonRepr.float(d)
        case .string(let s): return PythonRepr.string(s)
        case .bytes(let b, let mutable): return mutable ? "bytearray(" + PythonRepr.bytes(b) + ")" : PythonRepr.bytes(b)
        case .decimal(let d): return d.repr
        case .date(let days): return Self.printer.repr(.date(daysSinceEpoch: Int64(days)))
        case .datetime(let micros): return Self.printer.repr(.timestamp(microsSinceEpoch: micros))
        case .time(let micros): return Self.printer.repr(.time(micros: micros))
        case .pyClass(let cls): return cls.repr
        case .list(let items): return "[" + items.map(\.repr).joined(separator: ", ") + "]"
        case .tuple(let items):
            return items.count == 1 ? "(\(items[0].repr),)" : "(" + items.map(\.repr).joined(separator: ", ") + ")"
        case .dict(let items):
            return "{" + items.map { "\($0.key.repr): \($0.value.repr)" }.joined(separator: ", ") + "}"
        case .module(.sparkSessionClass): return "<class 'pyspark.sql.session.SparkSession'>"
        case .module(.windowClass): return "<class 'pyspark.sql.window.Window'>"
        case .module(.storageLevelClass): return "<class 'pyspark.storagelevel.StorageLevel'>"
        case .module(let m): return "<module '\(m.rawValue)'>"
        case .builtin(let name): return "<built-in function \(name)>"
        case .session(let s): return objectRepr(ObjectAddress.of(s))
        case .builder, .reader, .na, .stat, .writer, .windowSpec: return objectRepr(ObjectAddress.next())
        case .conf(let c): return objectRepr(ObjectAddress.of(c))
        case .catalog(let s): return objectRepr(ObjectAddress.of(s) + 0x40)
        case .namedTuple(let t): return t.repr
        case .dataFrame(let df):
            let fields = (try? df.schema().fields) ?? []
            return "DataFrame[" + fields.map { "\($0.name): \($0.dataType.simpleString)" }.joined(separator: ", ") + "]"
        case .grouped: return "GroupedData[...]"
        case .column(let c): return c.description
        case .row(let r): return r.pythonRepr(timeZone: .current)
        case .boundMethod(let receiver, let name): return "<bound method \(receiver.typeName).\(name)>"
        case .structType(let s): return "StructType([" + s.fields.map(Self.fieldRepr).joined(separator: ", ") + "])"
        case .structField(let f): return Self.fieldRepr(f)
        case .dataType(let type): return type.pythonClassName
        case .sparkTypeClass(let cls): return "<class 'pyspark.sql.types.\(cls.rawValue)'>"
        case .storageLevel(let level): return level.repr
        case .function(let f): return f.repr
        case .pythonUDF(let u): return u.repr
        case .udfRegistration(let s): return "<pyspark.sql.udf.UDFRegistration object at 0x\(String(ObjectAddress.of(s), radix: 16))>"
        case .exception(let e): return e.exceptionRepr
        case .temporaryDirectory(let d): return d.repr
        case .regexPattern(let p): return p.repr
        case .regexMatch(let m): return m.repr
        case .dictSubclass(let kind, let items): return CollectionsModule.repr(kind, items)
        case .namedTupleClass(let name, _): return "<class '__main__.\(name)'>"
        case .observation(let o): return objectRepr(ObjectAddress.of(o))
        case .variantVal(let v): return Self.variantRepr(v)
        }
    }

    /// `<pyspark.sql.readwriter.DataFrameWriter object at 0x7f...>`: Python's default repr of an object.
    func objectRepr(_ address: UInt64) -> String {
        "<\(PyClass.of(self).qualifiedName) object at 0x\(String(address, radix: 16))>"
    }

    /// Python prints collected timestamps in its own process's zone, as PySpark converts them.
    static var printer: PythonRepr { PythonRepr(localTimeZone: .current) }

    static func fieldRepr(_ f: StructField) -> String {
        "StructField(\(PythonRepr.string(f.name)), \(f.dataType.pythonClassName), \(f.nullable ? "True" : "False"))"
    }

    /// `str()`: strings as they are, everything else as `repr`.
    public var str: String {
        switch self {
        case .string(let s): return s
        case .decimal(let d): return d.description
        case .storageLevel(let level): return level.description
        case .exception(let e): return e.exceptionStr
        case .variantVal(let v): return v.json()
        case .date(let days): return Self.printer.str(.date(daysSinceEpoch: Int64(days)))
        case .datetime(let micros): return Self.printer.str(.timestamp(microsSinceEpoch: micros))
        case .time(let micros): return Self.printer.str(.time(micros: micros))
        default: return repr
        }
    }
}
