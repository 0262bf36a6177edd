/// One key/value pair of a map value, kept in the engine's order (Spark prints maps in storage order).
public struct OutputMapEntry: Sendable, Equatable {
    public var key: OutputValue
    public var value: OutputValue

    public init(key: OutputValue, value: OutputValue) {
        self.key = key
        self.value = value
    }
}
