/// Checks preemption settings the way the YAML form and `yarn-site.xml` both need: intervals above 0, the
/// per-round fractions within (0, 1] and the dead zone within [0, 1], so a typo such as `10` for 10 % is an
/// error rather than a policy that takes the whole cluster each round.
struct PreemptionValidator {
    enum Setting: CaseIterable {
        case monitoringInterval, maxWaitBeforeKill, totalPreemptionPerRound, maxIgnoredOverCapacity,
             naturalTerminationFactor
    }

    /// The key as the file writes it, and where.
    let locate: (Setting) -> (key: String, at: DescriptionLocation)

    func validate(_ settings: PreemptionSettings) throws(ClusterManagerError) {
        if !(settings.monitoringInterval > .zero) { throw fail(.monitoringInterval, "must be above 0") }
        if settings.maxWaitBeforeKill < .zero { throw fail(.maxWaitBeforeKill, "must not be negative") }
        for (setting, value, allowsZero) in [(Setting.totalPreemptionPerRound, settings.totalPreemptionPerRound, false),
                                             (.maxIgnoredOverCapacity, settings.maxIgnoredOverCapacity, true),
                                             (.naturalTerminationFactor, settings.naturalTerminationFactor, false)]
        where !(value <= 1 && (allowsZero ? value >= 0 : value > 0)) {
            throw fail(setting, "must be a fraction \(allowsZero ? "from 0" : "above 0") up to 1 (0.1 is 10 % of the "
                + "cluster), got \(value)")
        }
    }

    private func fail(_ setting: Setting, _ why: String) -> ClusterManagerError {
        let (key, location) = locate(setting)
        return location.error(key: key, why)
    }
}
