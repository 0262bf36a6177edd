import SparkbookDataFrame
import SparkbookEngine

/// A collected variant as PySpark's `VariantVal`: `repr` shows its bytes, `str` and `toJson()` its JSON text,
/// `toPython()` the Python value (objects as dicts, arrays as lists, decimals as `Decimal`).
extension PyValue {
    static func variantRepr(_ v: Variant) -> String { PythonRepr().repr(Value.variant(v).outputValue) }

    static func python(_ v: Variant) -> PyValue {
        switch v.kind {
        case .object:
            return .dict((0..<v.count).compactMap { v.field(at: $0) }.map { .init(key: .string($0.key), value: python($0.value)) })
        case .array: return .list((0..<v.count).compactMap { v.element(at: $0) }.map(python))
        case .null: return .none
        case .float: return .float(Double(v.float!))
        default: return from(v.scalarValue)
        }
    }

    /// `VariantVal`'s methods.
    static func callVariant(_ name: String, _ v: Variant) throws -> PyValue {
        switch name {
        case "toJson": return .string(v.json())
        case "toPython": return python(v)
        default: throw Members.missingAttribute(name, of: .variantVal(v))
        }
    }
}
