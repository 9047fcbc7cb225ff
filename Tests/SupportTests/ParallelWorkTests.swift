import Foundation
import Support
import Testing

/// `ParallelWork.stream`: every result exactly once, in index order, on the calling thread, while the
/// workers go on.
@Suite struct ParallelWorkTests {
    @Test(arguments: [1, 2, 3, 8])
    func resultsArriveInOrderOnTheCallingThread(workers: Int) {
        let count = 500
        let caller = pthread_self()
        var seen: [Int] = []
        var onCaller = true
        ParallelWork.stream(count: count, workers: workers, { worker, deliver in
            for index in stride(from: worker, to: count, by: workers) {
                // Uneven work, so that results are ready out of order.
                if index % 7 == 0 { usleep(50) }
                deliver(index, index * index)
            }
        }, consume: { index, value in
            onCaller = onCaller && pthread_equal(pthread_self(), caller) != 0
            #expect(value == index * index)
            seen.append(index)
        })
        #expect(seen == Array(0..<count))
        #expect(onCaller)
    }

    @Test func theConsumerOverlapsTheWorkers() {
        // The first result is consumed before the last one is produced: the worker waits for it.
        let firstConsumed = DispatchSemaphore(value: 0)
        let order = Locked<[String]>([])
        ParallelWork.stream(count: 2, workers: 2, { worker, deliver in
            if worker == 1 {
                firstConsumed.wait()
                order.withLock { $0.append("produce 1") }
            }
            deliver(worker, worker)
        }, consume: { index, _ in
            order.withLock { $0.append("consume \(index)") }
            if index == 0 { firstConsumed.signal() }
        })
        #expect(order.current == ["consume 0", "produce 1", "consume 1"])
    }
}
