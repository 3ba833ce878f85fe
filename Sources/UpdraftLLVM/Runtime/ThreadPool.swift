// The threads that run parallel chunks (prange loops, array expressions under parallel=True,
// stencils called from parallel functions, target='parallel' ufuncs and gufuncs).
//
// A call runs `count` chunks: the calling thread and `ParallelRuntime.threadCount - 1` persistent
// workers take chunk indices from a shared counter until none is left. Creating threads (or
// handing work to Dispatch) on every call costs tens of microseconds per call; the workers here
// are started once, spin briefly after a job (a parallel function called in a loop finds them
// awake) and then sleep on a condition variable. Which thread runs a chunk does not matter: the
// chunk's index alone decides its share of the work, so results do not depend on scheduling.
//
// One job runs at a time. A launch from inside a chunk (nested parallelism) or from another
// thread while a job runs executes its chunks serially on the launching thread, as numba
// serialises nested parallel regions.

import Foundation
import Synchronization

public final class ParallelPool: @unchecked Sendable {
    public static let shared = ParallelPool(workers: ParallelRuntime.threadCount - 1)

    private let workerCount: Int
    /// Bumped once per job (wakes the workers).
    private let generation = Atomic<Int>(0)
    /// Admission to the current job: its generation (bits 17 and up), a closed flag (bit 16) and
    /// the number of workers inside it (bits 0-15). A worker enters only an open job of the
    /// generation it woke for; the launcher closes the job once every chunk is taken and waits
    /// for the workers inside to leave. So it never waits for a worker that was not scheduled in
    /// time (on a loaded machine it runs the chunks itself), and no worker touches a finished job.
    private let admission = Atomic<Int>(0)
    private static let closedBit = 1 << 16, activeMask = (1 << 16) - 1, generationShift = 17
    /// The next chunk index to hand out.
    private let nextChunk = Atomic<Int>(0)
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let wake: UnsafeMutablePointer<pthread_cond_t>
    private let left: UnsafeMutablePointer<pthread_cond_t>
    private let launching = NSLock()
    private var started = false
    // The current job, written before the job is opened (release) and read after entering it.
    private var body: ((Int) -> Void)?
    private var chunkCount = 0

    /// Spins before blocking: long enough to bridge the interpreter's work between two calls of a
    /// parallel function (tens of microseconds), short enough not to hold a core when idle.
    private static let spinLimit = 100_000

    init(workers: Int) {
        workerCount = Swift.max(workers, 0)
        mutex = .allocate(capacity: 1)
        wake = .allocate(capacity: 1)
        left = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(wake, nil)
        pthread_cond_init(left, nil)
    }

    /// Runs `body(0..<count)`, each index once, on the pool; returns when all have finished.
    public func run(_ count: Int, _ body: @escaping (Int) -> Void) {
        guard count > 0 else { return }
        guard count > 1, workerCount > 0, launching.try() else {
            for i in 0..<count { body(i) }
            return
        }
        defer { launching.unlock() }
        if !started { start() }
        self.body = body
        chunkCount = count
        nextChunk.store(0, ordering: .relaxed)
        let g = generation.load(ordering: .relaxed) + 1
        admission.store(g << ParallelPool.generationShift, ordering: .releasing)
        pthread_mutex_lock(mutex)
        generation.store(g, ordering: .releasing)
        pthread_cond_broadcast(wake)
        pthread_mutex_unlock(mutex)
        takeChunks(body, count)
        // Every chunk is taken: close the job and wait for the workers still running one.
        let before = admission.bitwiseOr(ParallelPool.closedBit, ordering: .acquiringAndReleasing).oldValue
        if before & ParallelPool.activeMask != 0 {
            var spins = 0
            while admission.load(ordering: .acquiring) & ParallelPool.activeMask != 0 && spins < ParallelPool.spinLimit { spins += 1 }
            if admission.load(ordering: .acquiring) & ParallelPool.activeMask != 0 {
                pthread_mutex_lock(mutex)
                while admission.load(ordering: .acquiring) & ParallelPool.activeMask != 0 { pthread_cond_wait(left, mutex) }
                pthread_mutex_unlock(mutex)
            }
        }
        self.body = nil
    }

    private func takeChunks(_ body: (Int) -> Void, _ count: Int) {
        while true {
            let i = nextChunk.add(1, ordering: .relaxed).oldValue
            if i >= count { return }
            body(i)
        }
    }

    private func start() {
        started = true
        for _ in 0..<workerCount {
            let thread = Thread { [self] in workerLoop() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Enters the open job of generation `g`; false when it is closed or already replaced.
    private func enter(_ g: Int) -> Bool {
        var s = admission.load(ordering: .acquiring)
        while s >> ParallelPool.generationShift == g && s & ParallelPool.closedBit == 0 {
            let (exchanged, original) = admission.compareExchange(expected: s, desired: s + 1, ordering: .acquiringAndReleasing)
            if exchanged { return true }
            s = original
        }
        return false
    }

    private func workerLoop() {
        var seen = 0
        while true {
            var spins = 0
            while generation.load(ordering: .acquiring) == seen && spins < ParallelPool.spinLimit { spins += 1 }
            if generation.load(ordering: .acquiring) == seen {
                pthread_mutex_lock(mutex)
                while generation.load(ordering: .acquiring) == seen { pthread_cond_wait(wake, mutex) }
                pthread_mutex_unlock(mutex)
            }
            seen = generation.load(ordering: .acquiring)
            guard enter(seen) else { continue }
            if let body { takeChunks(body, chunkCount) }
            let after = admission.subtract(1, ordering: .acquiringAndReleasing).newValue
            if after & ParallelPool.closedBit != 0 && after & ParallelPool.activeMask == 0 {
                pthread_mutex_lock(mutex)
                pthread_cond_broadcast(left)
                pthread_mutex_unlock(mutex)
            }
        }
    }
}
