/// What the engine knows about `array<...>` types and values, kept apart from the scalar cases.
extension DataType {
    /// The element type of an array type; nil for every other type.
    public var arrayElement: DataType? {
        if case .array(let element, _) = self { return element }
        return nil
    }

    /// Whether values of the type are arrays.
    public var isArray: Bool { arrayElement != nil }
}

extension Value {
    /// The elements of an array value; nil for every other value (a null array included).
    public var arrayElements: [Value]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The type of an array value seen alone: the widest type of its elements (`void` for an empty one) and
    /// whether any element is null, as Spark infers `[1, None]` to be `array<bigint>` with nulls and
    /// `['apple', 1]` to be `array<string>`.
    static func arrayType(of elements: [Value]) -> DataType {
        var element = DataType.null
        var containsNull = false
        for value in elements {
            if value.isNull { containsNull = true; continue }
            element = inferredCommonType(element, value.dataType)
        }
        return .array(element: element, containsNull: containsNull)
    }

    /// PySpark's merge of inferred element types: a string meeting any other type is a string
    /// (`['apple', 1]` is `array<string>`), arrays merge element-wise, numbers widen.
    static func inferredCommonType(_ a: DataType, _ b: DataType) -> DataType {
        switch (a, b) {
        case (.null, let t), (let t, .null): return t
        case (.array(let x, let xNull), .array(let y, let yNull)):
            return .array(element: inferredCommonType(x, y), containsNull: xNull || yNull)
        case (.string, _), (_, .string): return .string
        default: return TypeCoercion.commonType(a, b) ?? .string
        }
    }
}
