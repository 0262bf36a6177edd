/// The join types of `df.join(other, on, how)`, with the spellings PySpark accepts.
public enum JoinType: String, Sendable, Hashable {
    case inner, left, right, full, leftSemi = "left_semi", leftAnti = "left_anti", cross

    public init?(spelling: String) {
        switch spelling.lowercased().replacingOccurrences(of: "_", with: "") {
        case "inner": self = .inner
        case "left", "leftouter": self = .left
        case "right", "rightouter": self = .right
        case "full", "outer", "fullouter": self = .full
        case "leftsemi", "semi": self = .leftSemi
        case "leftanti", "anti": self = .leftAnti
        case "cross": self = .cross
        default: return nil
        }
    }

    /// Semi and anti joins output the left columns only.
    public var keepsRightColumns: Bool { self != .leftSemi && self != .leftAnti }
}

/// How the two sides match: columns named on both sides (`on="id"`), a condition, or every pair.
public enum JoinCriteria: Sendable, Hashable {
    case using([String])
    case on(Expression)
    case none
}
