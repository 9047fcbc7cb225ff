import Foundation
import Support
import Testing

/// `ParallelWork.stream`: every result exactly once, in index order, on the calling thread, while the
/// helpers go on; the calling thread works too instead of waiting.
@Suite struct ParallelWorkTests {
    @Test(arguments: [0, 1, 2, 7])
    func resultsArriveInOrderOnTheCallingThread(helpers: Int) {
        let count = 500
        let caller = pthread_self()
        let workedOn = Locked<[Int: Int]>([:])
        var seen: [Int] = []
        var onCaller = true
        ParallelWork.stream(count: count, helpers: helpers, context: { 0 }, work: { calls, index in
            // Uneven work, so that results are ready out of order; `calls` is this thread's own counter.
            calls += 1
            if index % 7 == 0 { usleep(50) }
            workedOn.withLock { $0[index, default: 0] += 1 }
            return index * index
        }, consume: { index, value in
            onCaller = onCaller && pthread_equal(pthread_self(), caller) != 0
            #expect(value == index * index)
            seen.append(index)
        })
        #expect(seen == Array(0..<count))
        #expect(onCaller)
        #expect(workedOn.current.count == count && workedOn.current.values.allSatisfy { $0 == 1 }, "each item worked on once")
    }

    @Test func theCallingThreadWorksWhenTheNextResultIsNotReady() {
        // The caller starts only once the helper holds item 0, and the helper cannot finish item 0 until
        // the caller has worked on something: a caller that slept on item 0 would never let it finish.
        let caller = pthread_self()
        let helperStarted = DispatchSemaphore(value: 0)
        let callerWorked = DispatchSemaphore(value: 0)
        let helperItems = Locked<[Int]>([])
        let timedOut = Locked<[String]>([])
        ParallelWork.stream(count: 2, helpers: 1, context: {
            if pthread_equal(pthread_self(), caller) != 0, helperStarted.wait(timeout: .now() + 10) == .timedOut {
                timedOut.withLock { $0.append("the helper never started") }
            }
        }, work: { _, index in
            if pthread_equal(pthread_self(), caller) != 0 {
                callerWorked.signal()
            } else {
                helperItems.withLock { $0.append(index) }
                helperStarted.signal()
                if callerWorked.wait(timeout: .now() + 5) == .timedOut {
                    timedOut.withLock { $0.append("the caller waited for item 0 instead of taking item 1") }
                }
            }
            return index
        }, consume: { _, _ in })
        #expect(helperItems.current == [0])
        #expect(timedOut.current.isEmpty)
    }

    @Test(arguments: [0, 1, 3])
    func consumingStopsWhenToldTo(helpers: Int) {
        let count = 2000
        let workedOn = Locked<Set<Int>>([])
        var seen: [Int] = []
        var workedOnAtStop = 0
        ParallelWork.stream(count: count, helpers: helpers, context: { () }, work: { _, index in
            usleep(20)
            workedOn.withLock { _ = $0.insert(index) }
            return index
        }, consumeWhile: { index, _ in
            seen.append(index)
            if index == 9 { workedOnAtStop = workedOn.current.count }
            return index < 9
        })
        #expect(seen == Array(0...9), "results up to the one that said stop, and none after it")
        // After the stop only the items the helpers already held are finished; nothing new is taken.
        #expect(workedOn.current.count <= workedOnAtStop + helpers,
                "\(workedOn.current.count) items worked on, \(workedOnAtStop) when told to stop")
        #expect(workedOn.current.count < count)
        if helpers == 0 { #expect(workedOn.current == Set(0...9)) }
    }
}
