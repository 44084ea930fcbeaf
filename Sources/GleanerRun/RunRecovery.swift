import GleanerCore
import GleanerIO
import GleanerState
import Logging

/// What a run does first, under the lock: finishes or clears what a killed run left, so that
/// nobody ever has to clean up by hand.
///
/// A run writes its folder as `runs/.<name>.partial`, commits the state file (status
/// `committed`), renames the folder to `runs/<name>`, points `latest` at it and marks it
/// `published`. After a kill at any of those points:
/// - a `.partial` folder whose run never committed is removed: its inputs are still new to
///   the state file, so this run processes them again, with the same decisions;
/// - a committed run whose folder is still `.partial` is complete (its files were synced before
///   the commit): its rename is finished, so the state file and `runs/` agree again;
/// - a committed run whose folder is published is marked `published`;
/// - `latest` is pointed at the newest published run if it is missing, dangling or older.
enum RunRecovery {
    /// Repairs `root` and `state`; returns the runs whose publishing it finished.
    @discardableResult
    static func recover(root: OutputRoot, state: StateFile?, logger: Logger) throws(RunError) -> [String] {
        let committed = try state?.runs(withStatus: .committed).compactMap(\.name) ?? []
        var finished: [String] = []
        for name in committed {
            if root.isPublished(name) {
                try state?.setStatus(.published, ofRun: name)
            } else if root.isStaged(name) {
                try root.publish(name)
                try state?.setStatus(.published, ofRun: name)
                finished.append(name)
                logger.warning("finished publishing run \(name), which a killed run had committed but not renamed")
            } else {
                try state?.setStatus(.lost, ofRun: name)
                logger.error(
                    "run \(name) is in the state file but its folder \(root.published(name)) is gone; its inputs count as processed"
                )
            }
        }
        for name in root.stagedRuns() where !committed.contains(name) {
            root.discardStaging(name)
            logger.notice("removed the unfinished run \(name) left by a killed run; its inputs are processed again")
        }
        root.removePruningLeftovers()
        let published = root.publishedRuns()
        if let newest = finished.last ?? published.last {
            let current = root.latestRun()
            if current == nil || !root.isPublished(current!) || current! < newest || !finished.isEmpty {
                try root.pointLatest(to: newest)
            }
        }
        return finished
    }
}
