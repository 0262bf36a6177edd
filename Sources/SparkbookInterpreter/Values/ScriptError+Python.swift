/// An error as a Python exception object: what `str(e)`, `repr(e)` and `e.args` show, and the methods PySpark's
/// errors have (`e.getErrorClass()`).
extension ScriptError {
    /// Python's `ValueError("bad")`: the message is `str` of the single argument, the arguments' tuple otherwise.
    init(raising className: String, arguments: [PyValue]) {
        let message = arguments.count == 1 ? arguments[0].str : (arguments.isEmpty ? "" : PyValue.tuple(arguments).repr)
        self.init(className, message)
        self.arguments = arguments
    }

    var args: [PyValue] { arguments ?? (message.isEmpty ? [] : [.string(message)]) }

    var exceptionStr: String {
        // KeyError shows its key's repr, as Python does.
        if exceptionType == "KeyError", let arguments, arguments.count == 1 { return arguments[0].repr }
        return arguments == nil ? message : (args.count == 1 ? args[0].str : (args.isEmpty ? "" : PyValue.tuple(args).repr))
    }

    var exceptionRepr: String {
        let shown = args
        return "\(exceptionType)(\(shown.map(\.repr).joined(separator: ", ")))"
    }

    static let pysparkMethods = ["getErrorClass", "getCondition", "getSqlState", "getMessageParameters", "getMessage"]

    /// `e.args`, and PySpark's getters.
    func member(_ name: String) -> PyValue? {
        switch name {
        case "args": return .tuple(args)
        default: return nil
        }
    }

    func call(_ name: String) -> PyValue? {
        switch name {
        case "getErrorClass", "getCondition": return errorClass.map(PyValue.string) ?? PyValue.none
        case "getSqlState": return sqlState.map(PyValue.string) ?? PyValue.none
        case "getMessageParameters": return .dict([])
        case "getMessage": return .string(message)
        default: return nil
        }
    }
}
