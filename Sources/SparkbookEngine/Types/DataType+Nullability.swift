/// Comparing types as Spark's `DataType.equalsStructurally(_, _, ignoreNullability = true)` does: the same
/// shape (field names aside, as Spark), whatever may be null (`aggregate`'s merge may return a struct whose fields are
/// nullable where its start value's are not).
extension DataType {
    public func equalsIgnoringNullability(_ other: DataType) -> Bool {
        switch (self, other) {
        case (.array(let l, _), .array(let r, _)): l.equalsIgnoringNullability(r)
        case (.map(let lk, let lv, _), .map(let rk, let rv, _)): lk.equalsIgnoringNullability(rk) && lv.equalsIgnoringNullability(rv)
        case (.structure(let l), .structure(let r)):
            l.count == r.count && zip(l.fields, r.fields).allSatisfy {
                $0.dataType.equalsIgnoringNullability($1.dataType)
            }
        default: self == other
        }
    }
}
