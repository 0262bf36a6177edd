/// A variant read as a SQL type, as Spark's `VariantGet.cast` reads it (`variant_get`, `try_variant_get`, a cast
/// from variant): a variant null is a SQL null; objects become structs (fields by name, missing ones null) or
/// string-keyed maps, arrays arrays; a string target takes a string's text and anything else's JSON; other
/// scalars convert as Spark's cast does, integral targets only when the value fits. A value that does not
/// convert throws `Invalid`, which the caller turns into `INVALID_VARIANT_CAST` or, for `try_`, a null.
extension Variant {
    public struct Invalid: Error {
        public let json: String
        public let type: DataType
    }

    /// The value alone, re-encoded with a dictionary of only its own keys (Spark's `variant_get` to a variant).
    public func rebuilt() throws -> Variant {
        var builder = VariantBuilder()
        try builder.append(self)
        return builder.result()
    }

    public func cast(to type: DataType) throws -> Value {
        if type == .variant { return .variant(try rebuilt()) }
        if kind == .null { return .null }
        let invalid = Invalid(json: json(), type: type)
        switch type {
        case .structure(let s):
            guard kind == .object else { throw invalid }
            return .structure(names: s.names, values: try s.fields.map { try field(named: $0.name)?.cast(to: $0.dataType) ?? .null })
        case .array(let element, _):
            guard kind == .array else { throw invalid }
            return .array(try (0..<count).map { try self.element(at: $0)!.cast(to: element) })
        case .map(let key, let value, _):
            guard kind == .object, key == .string else { throw invalid }
            let fields = (0..<count).compactMap { field(at: $0) }
            return .map(keys: fields.map { .string($0.key) }, values: try fields.map { try $0.value.cast(to: value) })
        case .string:
            if let s = string { return .string(s) }
            if kind == .object || kind == .array { return .string(json()) }
            return ValueCast.cast(scalarValue, to: .string)
        default:
            guard kind != .object, kind != .array else { throw invalid }
            let source = scalarValue
            let result: Value
            switch type {
            case .byte, .short, .integer, .long:
                guard case .long(let wide) = ValueCast.cast(source, to: .long) else { throw invalid }
                let fits: Bool = switch type {
                case .byte: Int8(exactly: wide) != nil
                case .short: Int16(exactly: wide) != nil
                case .integer: Int32(exactly: wide) != nil
                default: true
                }
                guard fits else { throw invalid }
                result = ValueCast.cast(.long(wide), to: type)
            case .binary:
                guard case .binary = source else { throw invalid }
                result = source
            default:
                result = ValueCast.cast(source, to: type)
            }
            guard !result.isNull else { throw invalid }
            return result
        }
    }

    /// A scalar variant as the engine value of its type (a `timestamp_ntz` read as a timestamp).
    public var scalarValue: Value {
        switch kind {
        case .null, .object, .array: return .null
        case .boolean: return .boolean(boolean!)
        case .long: return .long(long!)
        case .double: return .double(double!)
        case .float: return .float(float!)
        case .decimal:
            let (unscaled, scale) = decimal!
            return .decimal(DecimalValue(unscaled: unscaled, precision: max(String(unscaled.magnitude).count, scale, 1), scale: scale))
        case .string: return .string(string!)
        case .date: return .date(Int32(truncatingIfNeeded: long!))
        case .timestamp, .timestampNTZ: return .timestamp(long!)
        case .binary: return .binary(binary!)
        }
    }

    /// Spark's `INVALID_VARIANT_CAST`.
    public static func castError(_ invalid: Invalid) -> SparkError {
        SparkError(.execution, errorClass: "INVALID_VARIANT_CAST",
                   message: "The variant value `\(invalid.json)` cannot be cast into `\"\(invalid.type.simpleString.uppercased())\"`. Please use `try_variant_get` instead.",
                   sqlState: "22023")
    }
}
