import Dispatch

/// Runs documents through three Dispatch stages and hands the results back in input order.
///
/// ```
/// reader (1 serial queue)  ──►  process (concurrent queue, `workers` at a time)  ──►  sink (1 serial queue)
///   read(i): blocking I/O          process(item): CPU work, no I/O                 emit(i, result) in input order
///   waits for a window slot                                                         frees the slot on emission
/// ```
///
/// - At most `window` documents are alive between `read` and `emit`, so memory stays flat
///   however many inputs there are, even when one document is slow.
/// - `emit` is called on one serial queue, strictly in index order, so every order-dependent
///   decision made there (which copy is the original) does not depend on thread timing.
/// - `read` runs on one serial queue, so blocking file I/O never occupies a CPU worker.
public struct OrderedStageRunner: Sendable {
    /// How many documents are processed at the same time.
    public let workers: Int
    /// How many documents may be in flight (read, not yet emitted).
    public let window: Int

    /// A runner with `workers` CPU workers and an in-flight window (by default 4 × workers).
    public init(workers: Int, window: Int? = nil) {
        let workers = max(1, workers)
        self.workers = workers
        self.window = max(workers, window ?? workers * 4)
    }

    /// Runs `count` documents through the stages and returns when the last one was emitted.
    public func run<Item: Sendable, Result: Sendable>(
        count: Int,
        read: @escaping @Sendable (Int) -> Item,
        process: @escaping @Sendable (Item) -> Result,
        emit: @escaping @Sendable (Int, Result) -> Void
    ) {
        guard count > 0 else { return }
        let readerQueue = DispatchQueue(label: "gleaner.stage.read")
        let workQueue = DispatchQueue(label: "gleaner.stage.process", attributes: .concurrent)
        let sinkQueue = DispatchQueue(label: "gleaner.stage.sink")
        let windowSlots = DispatchSemaphore(value: window)
        let workerSlots = DispatchSemaphore(value: workers)
        let finished = DispatchSemaphore(value: 0)
        let reorder = ReorderBuffer<Result>()

        readerQueue.async {
            for index in 0..<count {
                windowSlots.wait()
                let item = read(index)
                workerSlots.wait()
                workQueue.async {
                    let result = process(item)
                    workerSlots.signal()
                    sinkQueue.async {
                        reorder.pending[index] = result
                        while let ready = reorder.pending.removeValue(forKey: reorder.next) {
                            emit(reorder.next, ready)
                            reorder.next += 1
                            windowSlots.signal()
                            if reorder.next == count { finished.signal() }
                        }
                    }
                }
            }
        }
        finished.wait()
    }
}

/// Results that finished out of order, waiting for their turn. Only touched on the sink queue.
private final class ReorderBuffer<Result>: @unchecked Sendable {
    var pending: [Int: Result] = [:]
    var next = 0
}
