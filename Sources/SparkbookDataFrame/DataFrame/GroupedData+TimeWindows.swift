import SparkbookEngine

/// Grouping by event-time windows, planned as Spark's analyzer plans them (`TimeWindowing`, `SessionWindowing`):
/// - a `window(...)` key (an explode of `__time_windows`, see `Functions.timeWindow`): each row is first
///   exploded into the windows holding its time (Spark's Expand and filter), then grouped by that column;
/// - a `session_window(ts, gap)` key: Spark's session merge. Within the other keys, in time order, a row opens a
///   new session when its time is past the end (time plus gap) of every earlier row; sessions are numbered by a
///   running count of those openings and grouped, each `{min(start), max(end)}`. Rows without a time are
///   dropped, as Spark filters them.
extension DataFrame {
    /// The frame to group and its keys when a key is a `window(...)`: the windows exploded into their column.
    func explodingTimeWindows(_ keys: [Column]) throws -> (DataFrame, [Column])? {
        guard let i = keys.firstIndex(where: { Self.timeWindowsName($0.expression) != nil }) else { return nil }
        let exploded = try derive { .project([.star, keys[i].expression], $0) }
        var keys = keys
        keys[i] = Column(Self.timeWindowsName(keys[i].expression)!)
        return (exploded, keys)
    }

    /// The column name of an exploded `__time_windows` call (`window`), nil for any other expression.
    static func timeWindowsName(_ e: Expression) -> String? {
        guard case .alias(.function("explode", let args), let name) = e, args.count == 1,
              case .function(TimeWindowFunctions.windows, _) = args[0] else { return nil }
        return name
    }
}

extension GroupedData {
    /// `agg` when a key is a `session_window(ts, gap)`; nil otherwise.
    func sessionWindowAggregate(_ aggregates: [Column]) throws -> DataFrame? {
        guard pivot == nil, groupingSets == nil,
              let i = keys.firstIndex(where: { Self.sessionArguments($0.expression) != nil }),
              let (time, gap) = Self.sessionArguments(keys[i].expression) else { return nil }
        let others = keys.enumerated().filter { $0.offset != i }.map(\.element.expression)
        func field(_ name: String) -> Expression {
            .function(StructFunctions.fieldAccess, [.column("__session"), .literal(.string(name))])
        }
        let ordered = [Expression.sortOrder(field("start"), SortDirection(ascending: true))]
        let earlier = WindowSpecification(partitionBy: others, orderBy: ordered,
                                          frame: WindowFrame(.rows, start: WindowFrame.unboundedPreceding, end: -1))
        let running = WindowSpecification(partitionBy: others, orderBy: ordered,
                                          frame: WindowFrame(.rows, start: WindowFrame.unboundedPreceding, end: WindowFrame.currentRow))
        let opens = Expression.function("if", [
            .binary(.or, .unary(.isNull, .column("__previous_end")), .binary(.greater, field("start"), .column("__previous_end"))),
            .literal(.integer(1)), .literal(.integer(0)),
        ])
        let sessions = try frame
            .derive { .filter(.unary(.isNotNull, time), $0) }
            .derive { .project([.star, .alias(.function("session_window", [time, gap]), name: "__session")], $0) }
            .derive { .window([.star, .alias(.window(.aggregate(.max, field("end")), earlier), name: "__previous_end")], $0) }
            .derive { .window([.star, .alias(.window(.aggregate(.sum, opens), running), name: "__session_id")], $0) }
        let session = Expression.alias(.function("named_struct", [
            .literal(.string("start")), .aggregate(.min, field("start")),
            .literal(.string("end")), .aggregate(.max, field("end")),
        ]), name: "session_window")
        var output = keys.map(\.expression)
        output[i] = session
        output += aggregates.map(\.expression)
        return try sessions.derive { .aggregate(groupBy: others + [.column("__session_id")], output: output, $0) }
    }

    /// The time and gap of a `session_window(ts, gap)` key.
    static func sessionArguments(_ e: Expression) -> (Expression, Expression)? {
        var e = e
        if case .alias(let inner, _) = e { e = inner }
        guard case .function("session_window", let args) = e, args.count == 2 else { return nil }
        return (args[0], args[1])
    }
}
