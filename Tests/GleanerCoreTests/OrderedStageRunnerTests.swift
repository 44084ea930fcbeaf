import Dispatch
import Foundation
import GleanerCore
import Synchronization
import Testing

@Suite("Ordered stage runner")
struct OrderedStageRunnerTests {
    /// Runs `count` items whose processing time varies, and records the emission order and the
    /// largest number of items alive between read and emit.
    private func run(count: Int, workers: Int, window: Int?) -> (emitted: [Int], maxAlive: Int) {
        let emitted = Mutex<[Int]>([])
        let alive = Mutex((now: 0, max: 0))
        OrderedStageRunner(workers: workers, window: window).run(
            count: count,
            read: { (index: Int) -> Int in
                alive.withLock { state in
                    state.now += 1
                    state.max = max(state.max, state.now)
                }
                return index
            },
            process: { (index: Int) -> Int in
                // Later items are often faster, so results finish out of order.
                usleep(UInt32((index * 7919) % 5) * 300)
                return index * 2
            },
            emit: { (index: Int, doubled: Int) in
                precondition(doubled == index * 2)
                emitted.withLock { $0.append(index) }
                alive.withLock { $0.now -= 1 }
            }
        )
        return (emitted.withLock { $0 }, alive.withLock { $0.max })
    }

    @Test(arguments: [1, 2, 4, 8])
    func emitsEveryItemOnceInInputOrder(workers: Int) {
        let result = run(count: 300, workers: workers, window: nil)
        #expect(result.emitted == Array(0..<300))
    }

    @Test func keepsNoMoreThanTheWindowAlive() {
        let result = run(count: 200, workers: 4, window: 6)
        #expect(result.emitted == Array(0..<200))
        #expect(result.maxAlive <= 6)
        #expect(result.maxAlive >= 2)
    }

    @Test func windowIsAtLeastTheWorkerCount() {
        #expect(OrderedStageRunner(workers: 8, window: 2).window == 8)
        #expect(OrderedStageRunner(workers: 3).window == 12)
        #expect(OrderedStageRunner(workers: 0).workers == 1)
    }

    @Test func zeroItemsReturnsAtOnce() {
        #expect(run(count: 0, workers: 2, window: nil).emitted.isEmpty)
    }
}
