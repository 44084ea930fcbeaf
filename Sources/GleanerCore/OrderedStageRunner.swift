import Dispatch
import Synchronization

/// Runs documents through three Dispatch stages and hands the results back in input order.
///
/// ```
/// reader (1 serial queue)  ──► inbox ──►  workers (N serial queues, one loop each)  ──►  sink (1 serial queue)
///   read(i): blocking I/O                 process(item): CPU work, no I/O               emit(i, result) in input order
///   waits for a window slot               pull the next item as soon as they are free   frees the slot on emission
/// ```
///
/// - At most `window` documents are alive between `read` and `emit`, so memory stays flat
///   however many inputs there are, even when one document is slow.
/// - Workers pull from the inbox the reader keeps filled, so a worker that finishes a document
///   starts the next one at once instead of waiting for a hand-off from the reader.
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
        let sinkQueue = DispatchQueue(label: "gleaner.stage.sink")
        let windowSlots = DispatchSemaphore(value: window)
        let finished = DispatchSemaphore(value: 0)
        let inbox = Inbox<Item>(workers: workers)
        let reorder = ReorderBuffer<Result>()

        for worker in 0..<workers {
            DispatchQueue(label: "gleaner.stage.process.\(worker)").async {
                while let (index, item) = inbox.take() {
                    let result = process(item)
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
        DispatchQueue(label: "gleaner.stage.read").async {
            for index in 0..<count {
                windowSlots.wait()
                inbox.put(index, read(index))
            }
            inbox.close()
        }
        finished.wait()
    }
}

/// Items read and waiting for a worker, in input order. The semaphore counts items plus, once
/// the inbox is closed, one wake-up per worker; so `take` returns every item exactly once and
/// then `nil` exactly once to each worker.
private final class Inbox<Item: Sendable>: Sendable {
    private struct State {
        var items: [(Int, Item)] = []
        var head = 0
    }

    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)
    private let workers: Int

    init(workers: Int) { self.workers = workers }

    func put(_ index: Int, _ item: Item) {
        state.withLock { state in
            if state.head > 64 && state.head * 2 > state.items.count {
                state.items.removeFirst(state.head)
                state.head = 0
            }
            state.items.append((index, item))
        }
        available.signal()
    }

    /// No more items will come: lets each worker's last `take` return `nil`.
    func close() {
        for _ in 0..<workers { available.signal() }
    }

    /// The next item, waiting for one if needed; `nil` once the inbox is closed and empty.
    func take() -> (Int, Item)? {
        available.wait()
        return state.withLock { state in
            guard state.head < state.items.count else { return nil }
            defer { state.head += 1 }
            return state.items[state.head]
        }
    }
}

/// Results that finished out of order, waiting for their turn. Only touched on the sink queue.
private final class ReorderBuffer<Result>: @unchecked Sendable {
    var pending: [Int: Result] = [:]
    var next = 0
}
