/// What a function may depend on besides its arguments: the session time zone and the query's start time.
public struct FunctionContext: Sendable, Hashable {
    public let sessionTimeZone: String
    /// Microseconds since the epoch when the query was planned (`current_date()` is constant per query).
    public let queryStartMicros: Int64

    public init(sessionTimeZone: String = "UTC", queryStartMicros: Int64 = 0) {
        self.sessionTimeZone = sessionTimeZone
        self.queryStartMicros = queryStartMicros
    }
}
