/// One entry of a dict display: `key: value` or `**other`.
public enum DictEntry: Sendable, Hashable {
    case pair(key: Expr, value: Expr)
    case unpacked(Expr)
}
