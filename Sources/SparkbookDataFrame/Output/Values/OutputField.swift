/// One named field of a struct value or of a Row (Python prints the names: `Row(a=1)`).
public struct OutputField: Sendable, Equatable {
    public var name: String
    public var value: OutputValue

    public init(name: String, value: OutputValue) {
        self.name = name
        self.value = value
    }
}
