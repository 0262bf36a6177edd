/// Keeping a long-running service's usage log bounded without losing its fairness figures: samples older than an
/// instant are folded into running totals (`UsageTotals`) that `FairnessReport` starts from, so a report over the
/// folded log equals one over the whole log; only the detail of the queues' shares over time before that instant
/// is gone (`QueueUsage.shareOverTime` starts there).
extension UsageLog {
    /// The service keeps at most this many samples (8 busy applications reach it in about a minute).
    public static let retainedSamples = 4096

    /// Folds the older half of the samples when there are more than `limit`; a no-op otherwise.
    public mutating func bound(toSamples limit: Int = retainedSamples) {
        guard samples.count > limit else { return }
        fold(before: samples[samples.count - limit / 2].time)
    }

    /// Sums everything before `until` into `folded` and drops those samples, keeping for each application still
    /// running at `until` its state then (its last sample, moved to `until`). A no-op when no sample is older
    /// (which includes any instant at or before an earlier fold: the samples start there).
    public mutating func fold(before until: ClockTime) {
        guard let first = samples.first, first.time < until else { return }
        for index in applications.indices where applications[index].executorResources == nil {
            applications[index].executorResources = executorSize(of: applications[index])
        }
        let measured = FairnessReport.measure(self, end: until)
        var totals = UsageTotals(until: until)
        for (application, sums) in zip(applications, measured.applications) { totals.applications[application.id] = sums }
        for queue in measured.queues { totals.queues[queue.name] = queue.totals }
        let cut = samples.firstIndex { $0.time >= until } ?? samples.count
        var carried: [String: Sample] = [:]
        for sample in samples[..<cut] { carried[sample.applicationId] = sample }
        let sampledAtUntil = Set(samples[cut...].prefix { $0.time == until }.map(\.applicationId))
        let kept = applications.compactMap { application -> Sample? in
            guard application.finishedAt.map({ $0 > until }) ?? true, !sampledAtUntil.contains(application.id),
                  var sample = carried[application.id] else { return nil }
            sample.time = until
            return sample
        }
        samples = kept + samples[cut...]
        folded = totals
    }

    /// One executor container's resources: as submitted, else from a granted sample; nil when neither says.
    func executorSize(of application: Application) -> Resources? {
        application.executorResources ?? samples.first { $0.applicationId == application.id && $0.granted > 0 }
            .map { Resources(vcores: $0.grantedResources.vcores / $0.granted, memoryMiB: $0.grantedResources.memoryMiB / $0.granted) }
    }
}
