import Foundation

/// `--keep N`: removes the oldest published runs beyond the newest `N`. Never removes the run
/// `latest` points to, nor a run in progress (its `.partial` folder is not a published run).
extension OutputRoot {
    /// Removes old runs so that at most `keep` remain (plus `latest`'s, if older); returns the
    /// names removed.
    public func prune(keep: Int) -> [String] {
        let latest = latestRun()
        var candidates = publishedRuns()
        var removed: [String] = []
        while candidates.count > max(keep, 1) {
            let oldest = candidates.removeFirst()
            if oldest == latest { continue }
            // Renamed out of runs/ first, so that a crash mid-removal never leaves a partial run there.
            let doomed = "\(runs)/.\(oldest).pruning"
            guard rename(published(oldest), doomed) == 0 else { continue }
            try? FileManager.default.removeItem(atPath: doomed)
            removed.append(oldest)
        }
        return removed
    }

    /// Removes folders left by a pruning that was interrupted.
    public func removePruningLeftovers() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: runs)) ?? []
        for entry in entries where entry.hasPrefix(".") && entry.hasSuffix(".pruning") {
            try? FileManager.default.removeItem(atPath: "\(runs)/\(entry)")
        }
    }
}
