/// What goes wrong reading an Arrow IPC stream: a malformed message, or a type Sparkbook has no column for.
public enum ArrowIPCError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unsupportedType(String)

    public var description: String {
        switch self {
        case .malformed(let why): "malformed Arrow IPC stream: \(why)"
        case .unsupportedType(let type): "Arrow type \(type) has no Spark type in Sparkbook"
        }
    }
}
