import Dispatch
import Synchronization

/// Seconds spent in each stage, summed over all threads (so with 4 workers, `clean` can exceed
/// the run's wall time). Safe to update from any queue.
public final class StageTimings: Sendable {
    private let seconds = Mutex<[PipelineStage: Double]>([:])

    public init() {}

    /// Runs `body`, adds its wall time to `stage` and returns its result.
    @inlinable
    public func measure<T, E: Error>(_ stage: PipelineStage, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(stage, nanoseconds: DispatchTime.now().uptimeNanoseconds - start) }
        return try body()
    }

    /// Adds `nanoseconds` to the time of `stage`.
    public func add(_ stage: PipelineStage, nanoseconds: UInt64) {
        seconds.withLock { $0[stage, default: 0] += Double(nanoseconds) / 1e9 }
    }

    /// The seconds per stage so far.
    public var snapshot: [PipelineStage: Double] { seconds.withLock { $0 } }
}
