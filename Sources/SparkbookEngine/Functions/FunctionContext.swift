/// What a function may depend on besides its arguments: the session time zone and the query's start time.
public struct FunctionContext: Sendable, Hashable {
    public let sessionTimeZone: String
    /// Microseconds since the epoch when the query was planned (`current_date()` is constant per query).
    public let queryStartMicros: Int64

    /// `spark.sql.mapKeyDedupPolicy=LAST_WIN`: a map built with a repeated key keeps the last value (by default,
    /// `EXCEPTION`, it is an error).
    public let mapKeyLastWins: Bool

    public init(sessionTimeZone: String = "UTC", queryStartMicros: Int64 = 0, mapKeyLastWins: Bool = false) {
        self.sessionTimeZone = sessionTimeZone
        self.queryStartMicros = queryStartMicros
        self.mapKeyLastWins = mapKeyLastWins
    }
}
